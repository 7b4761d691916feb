import { useState } from 'react';
import { Button, Card, Flex, Select, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../../app/auth/context';
import { hasPermission } from '../../../app/auth/permissions';
import { usePagedQuery } from '../../../app/hooks/usePagedQuery';
import { orDash } from '../../registry/orDash';
import { fetchClustersPage } from './api';
import type { Cluster, ClusterFilters, ClusterStatus } from './api';
import { RecomputeButton } from './RecomputeButton';
import { RenameClusterModal } from './RenameClusterModal';
import { CLUSTER_STATUSES, ClusterStatusTag, onsetRange } from './vocabulary';

const ALL: ClusterFilters = {};

type Props = { onOpen: (clusterId: number) => void; onChanged: () => void };

/** The clusters of the jurisdiction; the tracing group renames them and recomputes the chains. */
export function ClusterTable({ onOpen, onChanged }: Props) {
  const { t } = useTranslation();
  const canManage = hasPermission(useMe(), 'tracing.manage');
  const { filters, setFilters, tableProps, reload } = usePagedQuery(fetchClustersPage, ALL);
  const [renaming, setRenaming] = useState<Cluster | null>(null);
  const changed = () => {
    reload();
    onChanged();
  };

  const columns: TableColumnsType<Cluster> = [
    {
      key: 'name',
      title: t('tracingClusters.list.name'),
      render: (_, cluster) => (
        <Typography.Link onClick={() => onOpen(cluster.id)} data-testid={`cluster-open-${cluster.id}`}>
          {cluster.name}
        </Typography.Link>
      ),
    },
    { key: 'caseCount', title: t('tracingClusters.list.caseCount'), dataIndex: 'caseCount', align: 'right' },
    { key: 'generations', title: t('tracingClusters.list.generations'), dataIndex: 'generations', align: 'right' },
    {
      key: 'onset',
      title: t('tracingClusters.list.onset'),
      render: (_, cluster) => onsetRange(cluster.firstOnset, cluster.lastOnset),
    },
    { key: 'region', title: t('tracingClusters.list.region'), render: (_, { region }) => orDash(region?.name ?? null) },
    {
      key: 'status',
      title: t('tracingClusters.list.status'),
      render: (_, cluster) => <ClusterStatusTag status={cluster.status} />,
    },
  ];
  if (canManage) {
    columns.push({
      key: 'actions',
      title: t('common.actions'),
      render: (_, cluster) => (
        <Button size="small" onClick={() => setRenaming(cluster)} data-testid={`cluster-rename-${cluster.id}`}>
          {t('tracingClusters.list.rename')}
        </Button>
      ),
    });
  }

  return (
    <Card size="small" title={t('tracingClusters.list.title')}>
      <Flex justify="space-between" align="center" gap={8} wrap style={{ marginBottom: 12 }}>
        <Select<ClusterStatus | undefined>
          allowClear
          placeholder={t('tracingClusters.list.allStatuses')}
          value={filters.status}
          onChange={(status) => setFilters({ status })}
          options={CLUSTER_STATUSES.map((value) => ({ value, label: t(`tracingClusters.statuses.${value}`) }))}
          style={{ width: 140 }}
          data-testid="cluster-status-filter"
        />
        {canManage && <RecomputeButton onRecomputed={changed} />}
      </Flex>
      <Table<Cluster>
        {...tableProps}
        rowKey="id"
        size="small"
        columns={columns}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Typography.Text type="secondary">{t('tracingClusters.list.empty')}</Typography.Text> }}
        onRow={(cluster) => ({ 'data-testid': `cluster-row-${cluster.id}` }) as HTMLAttributes<HTMLElement>}
        data-testid="cluster-table"
      />
      {canManage && (
        <RenameClusterModal
          cluster={renaming}
          onClose={() => setRenaming(null)}
          onRenamed={() => {
            setRenaming(null);
            changed();
          }}
        />
      )}
    </Card>
  );
}
