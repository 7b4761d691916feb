import { useCallback } from 'react';
import { Card, Flex, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFetch } from '../../../app/hooks/useFetch';
import { fetchSummary } from './api';
import type { Summary } from './api';
import { OccupancyFigures } from './OccupancyFigures';
import { ReserveGauge } from './ReserveGauge';

type RegionRow = Summary['regions'][number];

/** The jurisdiction's isolation resources: occupancy, and rooms per 10,000 residents against the target. */
export function ReserveSummary() {
  const { t } = useTranslation();
  const { data } = useFetch(useCallback((signal: AbortSignal) => fetchSummary(undefined, signal), []));
  if (!data) return null;

  const columns = [
    { key: 'region', title: t('quarantine.summary.region'), render: (_: unknown, r: RegionRow) => r.region.name },
    { key: 'residents', title: t('quarantine.summary.residents'), dataIndex: 'residents' },
    { key: 'rooms', title: t('quarantine.occupancy.rooms'), render: (_: unknown, r: RegionRow) => r.occupancy.rooms },
    {
      key: 'occupied',
      title: t('quarantine.occupancy.occupied'),
      render: (_: unknown, r: RegionRow) => r.occupancy.occupied,
    },
    { key: 'free', title: t('quarantine.occupancy.free'), render: (_: unknown, r: RegionRow) => r.occupancy.free },
    {
      key: 'per10k',
      title: t('quarantine.summary.per10k'),
      render: (_: unknown, r: RegionRow) => (
        <Typography.Text type={(r.roomsPer10k ?? 0) < data.target.roomsPer10k ? 'danger' : undefined}>
          {r.roomsPer10k ?? '—'}
        </Typography.Text>
      ),
    },
  ];

  return (
    <Card
      size="small"
      title={`${t('quarantine.summary.title')}${data.region ? ` · ${data.region.name}` : ''}`}
      style={{ marginBottom: 16 }}
    >
      <Flex wrap gap={24} align="center">
        <ReserveGauge roomsPer10k={data.roomsPer10k} target={data.target} />
        <Flex vertical gap={8} style={{ flex: 1, minWidth: 260 }}>
          <Typography.Text type="secondary">
            {t('quarantine.summary.residentsOf', { count: data.residents })}
          </Typography.Text>
          <OccupancyFigures occupancy={data.occupancy} />
        </Flex>
      </Flex>
      {data.regions.length > 0 && (
        <Table<RegionRow>
          style={{ marginTop: 16 }}
          size="small"
          rowKey={(r) => r.region.id}
          columns={columns}
          dataSource={data.regions}
          pagination={false}
          scroll={{ x: 'max-content' }}
        />
      )}
    </Card>
  );
}
