import { Flex, Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LevelBeds } from '../api';

/** Occupied of all beds of one level, as a bar that turns red when the level is full. */
export function BedCell({ level, testId }: { level: LevelBeds; testId?: string }) {
  const { t } = useTranslation();
  if (level.beds === 0) return <Typography.Text type="secondary">—</Typography.Text>;
  const percent = Math.round((level.occupied * 100) / level.beds);
  return (
    <Flex vertical style={{ minWidth: 110 }} data-testid={testId}>
      <Typography.Text>
        {t('treatment.hospital.occupancy', level)}{' '}
        <Typography.Text type="secondary">{t('treatment.hospital.free', level)}</Typography.Text>
      </Typography.Text>
      <Progress percent={percent} size="small" showInfo={false} status={level.free === 0 ? 'exception' : 'normal'} />
    </Flex>
  );
}
