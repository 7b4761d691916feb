import { useState } from 'react';
import { Alert, Card, Drawer, Flex, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { RegionTreeSelect } from '../../regions/RegionTreeSelect';
import { PendingOverrides } from './PendingOverrides';
import { ResidentLookup } from './ResidentLookup';
import { ResidentStatusView } from './ResidentStatusView';
import { StatusList } from './StatusList';
import { StatusSummary } from './StatusSummary';

/**
 * 健康状态: residents per colour under a region, the yellow and red ones, a resident's status with its basis
 * and history, and the overrides awaiting a second person's decision. Nothing here sets a colour.
 */
export function HealthStatusTab() {
  const { t } = useTranslation();
  const [regionId, setRegionId] = useState<number | undefined>();
  const [open, setOpen] = useState<{ residentId: number; shown: boolean } | null>(null);
  // Bumped when an override was proposed or decided: counts, lists and proposals are read again.
  const [version, setVersion] = useState(0);
  const changed = () => setVersion((v) => v + 1);
  const show = (residentId: number) => setOpen({ residentId, shown: true });

  return (
    <Flex vertical gap={16}>
      <Alert type="info" showIcon title={t('healthStatus.hint')} />
      <Flex wrap gap={16} align="center" justify="space-between">
        <Form.Item label={t('healthStatus.region')} style={{ margin: 0 }}>
          <RegionTreeSelect
            value={regionId}
            onChange={(value: number | undefined) => setRegionId(value)}
            allowClear
            placeholder={t('healthStatus.wholeJurisdiction')}
            style={{ minWidth: 280 }}
            data-testid="status-region"
          />
        </Form.Item>
        <ResidentLookup onFound={show} />
      </Flex>
      <StatusSummary key={`summary:${regionId ?? 'all'}:${version}`} regionId={regionId} />
      <Card size="small" title={t('healthStatus.override.pending')}>
        <PendingOverrides key={`pending:${version}`} onDecided={changed} onOpen={show} />
      </Card>
      <Card size="small" title={t('healthStatus.list.title')}>
        <StatusList key={`list:${regionId ?? 'all'}:${version}`} regionId={regionId} onOpen={show} />
      </Card>
      <Drawer
        open={open?.shown ?? false}
        onClose={() => setOpen((o) => o && { ...o, shown: false })}
        title={t('healthStatus.detail.title')}
        size={720}
        styles={{ wrapper: { maxWidth: '100vw' } }}
        // Mounted only while open: each opening reads (and so audits) the status afresh.
        destroyOnHidden
      >
        {open && (
          <ResidentStatusView key={`${open.residentId}:${version}`} residentId={open.residentId} onChanged={changed} />
        )}
      </Drawer>
    </Flex>
  );
}
