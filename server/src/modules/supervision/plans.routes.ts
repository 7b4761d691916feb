import { Type } from '@sinclair/typebox';
import { actorOf } from '../../core/auth/plugin.ts';
import { auditContextOf } from '../../core/http/request-context.ts';
import type { ModuleRoutes } from '../../core/http/types.ts';
import {
  CancelPlanBody,
  CreatePlanBody,
  Inspector,
  PlanDetail,
  PlanListItem,
  PlanListQuery,
  PlanParams,
  TargetOption,
  TargetQuery,
} from './plans.schema.ts';
import * as plans from './plans.service.ts';

const tags = ['supervision'];
const read = { access: 'supervision.read' } as const;
const inspect = { access: 'supervision.inspect' } as const;

/** Inspection plans; an unannounced one stays hidden from the inspected units until each is checked in. */
export const planRoutes: ModuleRoutes = (app, { db }) => {
  app.get(
    '/supervision/plans',
    {
      config: read,
      schema: {
        tags,
        querystring: PlanListQuery,
        response: {
          200: Type.Object({
            items: Type.Array(PlanListItem),
            total: Type.Integer(),
            page: Type.Integer(),
            pageSize: Type.Integer(),
          }),
        },
      },
    },
    async (request) => plans.listPlans(db, actorOf(request), request.query),
  );

  app.post(
    '/supervision/plans',
    { config: inspect, schema: { tags, body: CreatePlanBody, response: { 201: PlanDetail } } },
    async (request, reply) =>
      reply.code(201).send(await plans.createPlan(db, actorOf(request), auditContextOf(request), request.body)),
  );

  app.get(
    '/supervision/plans/:planId',
    { config: read, schema: { tags, params: PlanParams, response: { 200: PlanDetail } } },
    async (request) => plans.getPlan(db, actorOf(request), request.params.planId),
  );

  app.post(
    '/supervision/plans/:planId/cancel',
    { config: inspect, schema: { tags, params: PlanParams, body: CancelPlanBody, response: { 200: PlanDetail } } },
    async (request) =>
      plans.cancelPlan(db, actorOf(request), auditContextOf(request), request.params.planId, request.body.reason),
  );

  app.get(
    '/supervision/targets',
    {
      config: inspect,
      schema: {
        tags,
        description: 'Places and region nodes of the jurisdiction whose name contains q, to aim a plan at.',
        querystring: TargetQuery,
        response: { 200: Type.Object({ items: Type.Array(TargetOption) }) },
      },
    },
    async (request) => ({ items: await plans.searchTargets(db, actorOf(request), request.query.q) }),
  );

  app.get(
    '/supervision/inspectors',
    {
      config: inspect,
      schema: {
        tags,
        description: 'Accounts that may inspect, to form a team.',
        querystring: Type.Object({ q: Type.Optional(Type.String({ maxLength: 50 })) }, { additionalProperties: false }),
        response: { 200: Type.Object({ items: Type.Array(Inspector) }) },
      },
    },
    async (request) => ({ items: await plans.searchInspectors(db, request.query.q) }),
  );
};
