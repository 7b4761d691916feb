import type { Static } from '@sinclair/typebox';
import { api } from '../../../app/api/client';
import type { Page, PageParams } from '../../../app/hooks/usePagedQuery';
import { classifications } from '../api';
import type {
  ChainClassification,
  Cluster,
  ClusterDetail,
  ClusterGraph,
  Overview,
  RecomputeResult as RecomputeResultSchema,
  Timeline,
} from '../../../../../server/src/modules/tracing/chains/chains.schema.ts';

export type {
  CaseNode,
  ChainClassification,
  Cluster,
  ClusterDetail,
  ClusterGraph,
  Overview,
  Timeline,
} from '../../../../../server/src/modules/tracing/chains/chains.schema.ts';

/** The classifications of a chain's cases (excluded cases take no part), in the vocabulary's order. */
export const chainClassifications = classifications.filter((c): c is ChainClassification => c !== 'excluded');

export type ClusterStatus = Cluster['status'];
export type ClusterFilters = { status?: ClusterStatus };
/** What a recomputation came to: cases in a chain, links, active clusters, and how long it took. */
export type RecomputeResult = Static<typeof RecomputeResultSchema>;

/** The clusters over the user's jurisdiction: active first, the latest onset first. */
export function fetchClustersPage(query: ClusterFilters & PageParams, signal: AbortSignal): Promise<Page<Cluster>> {
  return api.get<Page<Cluster>>('/tracing/clusters', { query, signal });
}

/** A cluster with the make-up of its cases within the jurisdiction. */
export function fetchCluster(id: number, signal: AbortSignal): Promise<ClusterDetail> {
  return api.get<ClusterDetail>(`/tracing/clusters/${id}`, { signal });
}

/** Renames a cluster; the name survives recomputations. */
export function renameCluster(id: number, name: string): Promise<Cluster> {
  return api.patch<Cluster>(`/tracing/clusters/${id}`, { name });
}

/** Recomputes links, clusters and generations now, rather than waiting for the scheduled run. */
export function recomputeChains(): Promise<RecomputeResult> {
  return api.post<RecomputeResult>('/tracing/chains/recompute');
}

/** The collapsed graph: a node per active cluster, and the linked cases in none. */
export function fetchOverview(signal: AbortSignal): Promise<Overview> {
  return api.get<Overview>('/tracing/graph/overview', { signal });
}

export type GraphQuery = { page: number; pageSize: number; withContacts: boolean };

/** One page of a cluster's cases with their links, the cases on other pages they reach, and their contacts. */
export function fetchClusterGraph(id: number, query: GraphQuery, signal: AbortSignal): Promise<ClusterGraph> {
  return api.get<ClusterGraph>(`/tracing/clusters/${id}/graph`, { query, signal });
}

/** A cluster's cases per onset day by classification. */
export function fetchTimeline(clusterId: number, signal: AbortSignal): Promise<Timeline> {
  return api.get<Timeline>('/tracing/timeline', { query: { clusterId }, signal });
}
