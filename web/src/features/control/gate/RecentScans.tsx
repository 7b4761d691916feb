import { Flex, List, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { recentScans } from './scanlog';
import { useScanLog } from './useGate';

const latest = () => recentScans(10);

/** The last scans of this phone with what became of them (waiting, sent, refused and why). */
export function RecentScans() {
  const { t } = useTranslation();
  const scans = useScanLog(latest);
  if (!scans?.length) return null;
  return (
    <List
      size="small"
      header={<Typography.Text strong>{t('passes.gate.recent')}</Typography.Text>}
      dataSource={scans}
      data-testid="gate-recent"
      renderItem={(scan) => (
        <List.Item>
          <Flex gap={8} align="center" wrap style={{ width: '100%' }}>
            <span>{dayjs(scan.at).format('HH:mm:ss')}</span>
            <Tag color={scan.direction === 'exit' ? 'orange' : 'blue'}>
              {t(`passes.gate.direction.${scan.direction}`)}
            </Tag>
            {scan.emergency && <Tag color="red">{t('passes.gate.emergencyTag')}</Tag>}
            <span style={{ flex: 1 }}>{scan.name ?? scan.emergency?.name ?? ''}</span>
            <Tag color={scan.status === 'refused' ? 'error' : scan.status === 'synced' ? 'success' : 'processing'}>
              {scan.reason ? t(`passes.reason.${scan.reason}`) : t(`passes.gate.${scan.status}`)}
            </Tag>
          </Flex>
        </List.Item>
      )}
    />
  );
}
