import { Flex, Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Summary } from './api';
import { BasisText } from './BasisText';

type Props = { roomsPer10k: number | null; target: Summary['target']; size?: number };

/** Rooms in service per 10,000 residents against the protocol's reserve target, as a dial. */
export function ReserveGauge({ roomsPer10k, target, size = 120 }: Props) {
  const { t } = useTranslation();
  const value = roomsPer10k ?? 0;
  const met = value >= target.roomsPer10k;
  return (
    <Flex vertical align="center" gap={4} data-testid="reserve-gauge">
      <Progress
        type="dashboard"
        size={size}
        percent={target.roomsPer10k > 0 ? Math.min(100, (value / target.roomsPer10k) * 100) : 100}
        status={met ? 'success' : 'exception'}
        format={() => (roomsPer10k === null ? '—' : String(value))}
      />
      <Typography.Text>{t('quarantine.summary.per10k')}</Typography.Text>
      <Typography.Text type={met ? 'success' : 'danger'}>
        {t(met ? 'quarantine.summary.met' : 'quarantine.summary.below', { target: target.roomsPer10k })}
      </Typography.Text>
      <BasisText basis={target.basis} />
    </Flex>
  );
}
