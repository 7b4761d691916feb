import { Type } from '@sinclair/typebox';
import { actorOf } from '../../core/auth/plugin.ts';
import { auditContextOf } from '../../core/http/request-context.ts';
import type { ModuleRoutes } from '../../core/http/types.ts';
import {
  Override,
  OverrideParams,
  OverridesQuery,
  ProposeOverrideBody,
  ResidentParams,
  ResidentStatus,
  ResidentsQuery,
  StatusListItem,
  Summary,
  SummaryQuery,
} from './healthstatus.schema.ts';
import { listResidents, residentStatus, summary } from './healthstatus.service.ts';
import { decideOverride, listOverrides, proposeOverride } from './overrides.service.ts';

const tags = ['healthstatus'];
const read = { access: 'healthstatus.read' } as const;
const override = { access: 'healthstatus.override' } as const;
const page = (item: Parameters<typeof Type.Array>[0]) =>
  Type.Object({ items: Type.Array(item), total: Type.Integer(), page: Type.Integer(), pageSize: Type.Integer() });

/**
 * Health status (健康码 colours): read-only, computed from facts by the protocol's rule. There is no route that
 * sets a colour: the only change a person can make is an override, proposed by one and approved by another.
 */
export const healthStatusRoutes: ModuleRoutes = (app, { db, config }) => {
  app.get(
    '/health-status/summary',
    { config: read, schema: { tags, querystring: SummaryQuery, response: { 200: Summary } } },
    async (request) => summary(db, actorOf(request), request.query),
  );

  app.get(
    '/health-status/residents',
    { config: read, schema: { tags, querystring: ResidentsQuery, response: { 200: page(StatusListItem) } } },
    async (request) => listResidents(db, actorOf(request), request.query),
  );

  app.get(
    '/health-status/residents/:residentId',
    {
      config: read,
      schema: {
        tags,
        description: 'A resident’s colour with its reasons and their rules, the facts behind them and the history.',
        params: ResidentParams,
        response: { 200: ResidentStatus },
      },
    },
    async (request) =>
      residentStatus(db, actorOf(request), auditContextOf(request), request.params.residentId, config.timeZone),
  );

  app.get(
    '/health-status/overrides',
    { config: read, schema: { tags, querystring: OverridesQuery, response: { 200: page(Override) } } },
    async (request) => listOverrides(db, actorOf(request), request.query),
  );

  app.post(
    '/health-status/overrides',
    {
      config: override,
      schema: {
        tags,
        description: 'Proposes overriding a resident’s colour; it takes effect only when another person approves it.',
        body: ProposeOverrideBody,
        response: { 201: Override },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await proposeOverride(db, actorOf(request), auditContextOf(request), request.body)),
  );

  for (const [action, decision] of [
    ['approve', 'approved'],
    ['reject', 'rejected'],
  ] as const) {
    app.post(
      `/health-status/overrides/:id/${action}`,
      {
        config: override,
        schema: {
          tags,
          description: `Decides another person’s proposal (${decision}); an approval recomputes the resident at once.`,
          params: OverrideParams,
          response: { 200: Override },
        },
      },
      async (request) =>
        decideOverride(db, actorOf(request), auditContextOf(request), request.params.id, decision, config.timeZone),
    );
  }
};
