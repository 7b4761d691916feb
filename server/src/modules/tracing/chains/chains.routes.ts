import { actorOf } from '../../../core/auth/plugin.ts';
import { auditContextOf } from '../../../core/http/request-context.ts';
import type { ModuleRoutes } from '../../../core/http/types.ts';
import {
  Cluster,
  ClusterDetail,
  ClusterGraph,
  ClusterGraphQuery,
  ClusterListQuery,
  ClusterPage,
  ClusterParams,
  Overview,
  OverviewQuery,
  RecomputeResult,
  RenameClusterBody,
  Timeline,
  TimelineQuery,
} from './chains.schema.ts';
import * as clusters from './clusters.service.ts';
import { clusterGraph, overview } from './graph.service.ts';
import { recomputeChains } from './recompute.ts';

const tags = ['tracing'];
const read = { access: 'tracing.read' } as const;
const manage = { access: 'tracing.manage' } as const;

/** Chains and clusters (聚集性疫情): recomputation, the cluster list, graphs and the onset timeline. */
export const tracingChainRoutes: ModuleRoutes = (app, { db, config }) => {
  app.post(
    '/tracing/chains/recompute',
    {
      config: manage,
      schema: {
        tags,
        description:
          'Recomputes links, clusters and generations now (it also runs shortly after changes, and nightly).',
        response: { 200: RecomputeResult },
      },
    },
    async (request) => recomputeChains(db, auditContextOf(request)),
  );

  app.get(
    '/tracing/clusters',
    { config: read, schema: { tags, querystring: ClusterListQuery, response: { 200: ClusterPage } } },
    async (request) => clusters.listClusters(db, actorOf(request), request.query),
  );

  app.get(
    '/tracing/clusters/:clusterId',
    { config: read, schema: { tags, params: ClusterParams, response: { 200: ClusterDetail } } },
    async (request) => clusters.getCluster(db, actorOf(request), request.params.clusterId),
  );

  app.patch(
    '/tracing/clusters/:clusterId',
    {
      config: manage,
      schema: {
        tags,
        description: 'Renames a cluster lying wholly within the jurisdiction; recomputations keep the name.',
        params: ClusterParams,
        body: RenameClusterBody,
        response: { 200: Cluster },
      },
    },
    async (request) =>
      clusters.renameCluster(
        db,
        actorOf(request),
        auditContextOf(request),
        request.params.clusterId,
        request.body.name,
      ),
  );

  app.get(
    '/tracing/graph/overview',
    { config: read, schema: { tags, querystring: OverviewQuery, response: { 200: Overview } } },
    async (request) => overview(db, actorOf(request), request.query.limit),
  );

  app.get(
    '/tracing/clusters/:clusterId/graph',
    {
      config: read,
      schema: { tags, params: ClusterParams, querystring: ClusterGraphQuery, response: { 200: ClusterGraph } },
    },
    async (request) => clusterGraph(db, actorOf(request), request.params.clusterId, request.query),
  );

  app.get(
    '/tracing/timeline',
    { config: read, schema: { tags, querystring: TimelineQuery, response: { 200: Timeline } } },
    async (request) => clusters.timeline(db, actorOf(request), config.timeZone, request.query),
  );
};
