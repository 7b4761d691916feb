import { useCallback, useState } from 'react';
import { Breadcrumb, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFetch } from '../../app/hooks/useFetch';
import { useRegionLevels } from '../regions/useRegionLevels';
import { fetchRegionCounts } from './api';
import type { RegionCounts } from './api';
import { formatCount } from './formatCount';

type Crumb = { id: number; name: string };

const COUNTS = ['residents', 'households', 'buildings', 'places', 'specialNeeds'] as const;

// Residents live in grids, the bottom tier: there is nothing under a grid to drill into.
const isGrid = (row: RegionCounts) => row.levelKey === 'grid';

/** Registry counts for the children of a region, drilled down by clicking a name. */
export function RegionCountsView() {
  const { t } = useTranslation();
  const { levelName } = useRegionLevels();
  // The regions opened so far, from a top of the jurisdiction down; empty shows those tops.
  const [trail, setTrail] = useState<Crumb[]>([]);
  const parentId = trail.at(-1)?.id ?? null;
  const load = useCallback((signal: AbortSignal) => fetchRegionCounts(parentId, signal), [parentId]);
  const { data, loading } = useFetch(load);
  const rows = data ?? [];

  const crumb = (title: string, depth: number) => ({
    key: depth,
    title:
      depth === trail.length ? (
        title
      ) : (
        <Typography.Link onClick={() => setTrail(trail.slice(0, depth))}>{title}</Typography.Link>
      ),
  });

  const columns: TableColumnsType<RegionCounts> = [
    {
      key: 'name',
      title: t('registry.counts.region'),
      render: (_, row) =>
        isGrid(row) ? (
          row.name
        ) : (
          <Typography.Link onClick={() => setTrail([...trail, { id: row.regionId, name: row.name }])}>
            {row.name}
          </Typography.Link>
        ),
    },
    { key: 'level', title: t('registry.counts.level'), render: (_, row) => levelName(row.levelKey) },
    ...COUNTS.map((key) => ({
      key,
      title: t(`registry.counts.${key}`),
      align: 'right' as const,
      render: (_: unknown, row: RegionCounts) => formatCount(row[key]),
    })),
  ];

  const totals = (
    <Table.Summary.Row>
      <Table.Summary.Cell index={0} colSpan={2}>
        <Typography.Text strong>{t('registry.counts.total')}</Typography.Text>
      </Table.Summary.Cell>
      {COUNTS.map((key, i) => (
        <Table.Summary.Cell key={key} index={i + 2} align="right">
          <Typography.Text strong>{formatCount(rows.reduce((sum, row) => sum + row[key], 0))}</Typography.Text>
        </Table.Summary.Cell>
      ))}
    </Table.Summary.Row>
  );

  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 16 }}
        items={[crumb(t('registry.counts.all'), 0), ...trail.map(({ name }, i) => crumb(name, i + 1))]}
      />
      <Table<RegionCounts>
        rowKey="regionId"
        size="small"
        loading={loading}
        dataSource={rows}
        columns={columns}
        pagination={false}
        scroll={{ x: 'max-content' }}
        summary={() => rows.length > 0 && totals}
      />
    </>
  );
}
