import { useCallback, useState } from 'react';
import { Breadcrumb, Progress, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFetch } from '../../../app/hooks/useFetch';
import { formatCount } from '../../registry/formatCount';
import { useRegionLevels } from '../../regions/useRegionLevels';
import { fetchCoverage } from '../api';
import type { Campaign, CoverageNode } from '../api';
import { CoverageFiguresBar, donePercent } from './CoverageFiguresBar';
import { MissingList } from './MissingList';

type Crumb = { id: number; name: string; grid: boolean };

const FIGURES = ['target', 'sampled', 'resulted', 'poolPositive', 'exempt', 'missing'] as const;

// Residents live in grids, the bottom tier: a grid opens its list of those not yet sampled.
const isGrid = (node: CoverageNode) => node.levelKey === 'grid' || node.childCount === 0;

/** The round's live figures by region, drilled down to a grid and its residents not yet sampled. */
export function CoverageView({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation();
  const { levelName } = useRegionLevels();
  // The regions opened so far, from a top of the jurisdiction down; empty shows those tops.
  const [trail, setTrail] = useState<Crumb[]>([]);
  const last = trail.at(-1);
  const regionId = last?.id ?? null;
  const load = useCallback(
    (signal: AbortSignal) => fetchCoverage(campaign.id, regionId, signal),
    [campaign.id, regionId],
  );
  const { data, loading, reload } = useFetch(load);

  const crumb = (title: string, depth: number) => ({
    key: depth,
    title:
      depth === trail.length ? (
        title
      ) : (
        <Typography.Link onClick={() => setTrail(trail.slice(0, depth))}>{title}</Typography.Link>
      ),
  });

  const columns: TableColumnsType<CoverageNode> = [
    {
      key: 'name',
      title: t('testing.coverage.region'),
      render: (_, node) => (
        <Typography.Link
          onClick={() => setTrail([...trail, { id: node.id, name: node.name, grid: isGrid(node) }])}
          data-testid={`coverage-node-${node.id}`}
        >
          {node.name}
        </Typography.Link>
      ),
    },
    { key: 'level', title: t('testing.coverage.level'), render: (_, node) => levelName(node.levelKey) },
    ...FIGURES.map((key) => ({
      key,
      title: t(`testing.coverage.${key}`),
      align: 'right' as const,
      render: (_: unknown, node: CoverageNode) => formatCount(node[key]),
    })),
    {
      key: 'rate',
      title: t('testing.coverage.rate'),
      render: (_, node) => <Progress percent={donePercent(node)} size="small" style={{ width: 120, margin: 0 }} />,
    },
  ];

  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 16 }}
        items={[crumb(t('testing.coverage.all'), 0), ...trail.map(({ name }, i) => crumb(name, i + 1))]}
      />
      {data && <CoverageFiguresBar figures={data.total} />}
      {last?.grid ? (
        <MissingList key={last.id} campaign={campaign} grid={last} onExempted={reload} />
      ) : (
        <>
          <Typography.Paragraph type="secondary">{t('testing.coverage.gridHint')}</Typography.Paragraph>
          <Table<CoverageNode>
            rowKey="id"
            size="small"
            loading={loading}
            dataSource={data?.nodes ?? []}
            columns={columns}
            pagination={false}
            scroll={{ x: 'max-content' }}
            data-testid="coverage-table"
          />
        </>
      )}
    </>
  );
}
