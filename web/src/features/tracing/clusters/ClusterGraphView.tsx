import { useCallback, useMemo, useState } from 'react';
import { Alert, Card, Empty, Flex, Pagination, Spin, Switch, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useFetch } from '../../../app/hooks/useFetch';
import { fetchClusterGraph } from './api';
import type { ClusterGraph, GraphQuery } from './api';
import { ChainGraph } from './ChainGraph';
import { caseNode, isLarge, nodeId } from './graph';
import type { GraphLink, GraphNode, NodeRef } from './graph';

const PAGE_SIZES = [200, 500, 1000, 2000];

/**
 * The page's cases; the cases of earlier pages they link to in the first column and of later pages in the
 * last (grey); each contact just after its case's generation.
 */
function pageGraph(graph: ClusterGraph, t: TFunction): { nodes: GraphNode[]; links: GraphLink[] } {
  const stubs = new Set(graph.stubs.map((stub) => stub.id));
  const generations = new Map(graph.nodes.map((node) => [node.id, node.generation ?? 0]));
  const afterLast = Math.max(0, ...generations.values()) + 1;
  const end = (id: number) => nodeId(stubs.has(id) ? 'stub' : 'case', id);
  const nodes: GraphNode[] = [
    ...graph.nodes.map(caseNode),
    ...graph.stubs.map((stub): GraphNode => ({
      id: nodeId('stub', stub.id),
      kind: 'stub',
      label: t('tracingClusters.graph.stub', { code: stub.code, page: stub.page }),
      layer: stub.page < graph.page ? -1 : afterLast,
    })),
    ...graph.contacts.map((contact): GraphNode => ({
      id: nodeId('contact', contact.id),
      kind: 'contact',
      label: contact.name,
      layer: (generations.get(contact.caseId) ?? 0) + 0.5,
    })),
  ];
  const links = [
    ...graph.links.map((link) => ({ from: end(link.from), to: end(link.to) })),
    ...graph.contacts.map((contact) => ({ from: nodeId('case', contact.caseId), to: nodeId('contact', contact.id) })),
  ];
  return { nodes, links };
}

/**
 * A cluster's transmission graph a page of cases at a time (generation, then onset order). A grey node is a
 * case on another page: clicking it turns to that page; clicking a case opens it.
 */
export function ClusterGraphView({ clusterId }: { clusterId: number }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [query, setQuery] = useState<GraphQuery>({ page: 1, pageSize: 500, withContacts: false });
  const load = useCallback((signal: AbortSignal) => fetchClusterGraph(clusterId, query, signal), [clusterId, query]);
  const { data, loading } = useFetch(load);
  const graph = useMemo(() => (data ? pageGraph(data, t) : undefined), [data, t]);

  const onNode = (node: NodeRef) => {
    if (node.type === 'case') void navigate(`/tracing/cases/${node.id}`);
    const page = node.type === 'stub' ? data?.stubs.find((stub) => stub.id === node.id)?.page : undefined;
    if (page !== undefined) setQuery((current) => ({ ...current, page }));
  };

  const hints = [
    graph && isLarge(graph.nodes.length) && t('tracingClusters.graph.large'),
    data && data.stubs.length > 0 && t('tracingClusters.graph.stubs'),
    data?.contactsTruncated && t('tracingClusters.graph.contactsTruncated'),
  ].filter((hint) => typeof hint === 'string');

  return (
    <Card
      size="small"
      title={t('tracingClusters.graph.title')}
      extra={
        <Flex gap={8} align="center">
          <Switch
            size="small"
            checked={query.withContacts}
            onChange={(withContacts) => setQuery((current) => ({ ...current, withContacts }))}
            data-testid="cluster-graph-contacts"
          />
          {t('tracingClusters.graph.showContacts')}
        </Flex>
      }
    >
      {hints.map((hint) => (
        <Alert key={hint} type="info" showIcon title={hint} style={{ marginBottom: 8 }} />
      ))}
      <Spin spinning={loading}>
        {graph && graph.nodes.length > 0 ? <ChainGraph {...graph} onNode={onNode} testId="cluster-graph" /> : <Empty />}
      </Spin>
      <Flex justify="end" style={{ marginTop: 8 }}>
        <Pagination
          size="small"
          current={query.page}
          pageSize={query.pageSize}
          total={data?.total ?? 0}
          pageSizeOptions={PAGE_SIZES}
          showSizeChanger
          showTotal={(total) => (
            <Typography.Text type="secondary">{t('tracingClusters.graph.pages', { total })}</Typography.Text>
          )}
          onChange={(page, pageSize) =>
            setQuery((current) => ({ ...current, page: pageSize === current.pageSize ? page : 1, pageSize }))
          }
          data-testid="cluster-graph-pages"
        />
      </Flex>
    </Card>
  );
}
