import { useMemo } from 'react';
import { Alert, Card, Empty, Spin, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useFetch } from '../../../app/hooks/useFetch';
import { fetchOverview } from './api';
import type { Overview } from './api';
import { ChainGraph } from './ChainGraph';
import { caseNode, clusterSize, nodeId } from './graph';
import type { GraphLink, GraphNode, NodeRef } from './graph';

/** A node per cluster (in the first column when laid out by generation), then the linked cases in none. */
function overviewGraph({ clusters, cases, links }: Overview, t: TFunction): { nodes: GraphNode[]; links: GraphLink[] } {
  const clusterNodes = clusters.map((cluster): GraphNode => ({
    id: nodeId('cluster', cluster.id),
    kind: 'cluster',
    label: t('tracingClusters.overview.node', { name: cluster.name, count: cluster.caseCount }),
    layer: 0,
    size: clusterSize(cluster.caseCount),
  }));
  return {
    nodes: [...clusterNodes, ...cases.map(caseNode)],
    links: links.map((link) => ({ from: nodeId('case', link.from), to: nodeId('case', link.to) })),
  };
}

/** The collapsed transmission graph of the jurisdiction: a cluster node opens the cluster, a case node the case. */
export function OverviewGraph({ onOpenCluster }: { onOpenCluster: (clusterId: number) => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { data, loading } = useFetch(fetchOverview);
  const graph = useMemo(() => (data ? overviewGraph(data, t) : undefined), [data, t]);

  const onNode = (node: NodeRef) => {
    if (node.type === 'cluster') onOpenCluster(node.id);
    else if (node.type === 'case') void navigate(`/tracing/cases/${node.id}`);
  };

  return (
    <Card size="small" title={t('tracingClusters.overview.title')}>
      <Typography.Paragraph type="secondary">{t('tracingClusters.overview.hint')}</Typography.Paragraph>
      {data?.truncated && (
        <Alert type="info" showIcon title={t('tracingClusters.overview.truncated')} style={{ marginBottom: 12 }} />
      )}
      <Spin spinning={loading}>
        {graph && graph.nodes.length > 0 ? (
          <ChainGraph {...graph} onNode={onNode} testId="cluster-overview" />
        ) : (
          <Empty description={t('tracingClusters.overview.empty')} />
        )}
      </Spin>
    </Card>
  );
}
