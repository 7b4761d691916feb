import { Type } from '@sinclair/typebox';
import { actorOf } from '../../core/auth/plugin.ts';
import { auditContextOf } from '../../core/http/request-context.ts';
import type { ModuleRoutes } from '../../core/http/types.ts';
import { gateRoutes } from './gate.routes.ts';
import { listClosedAreas, listClosedHouseholds } from './households.service.ts';
import * as passes from './passes.service.ts';
import {
  AcknowledgeBody,
  ClosedArea,
  HouseholdPage,
  HouseholdQuery,
  IssuedPass,
  IssuePassBody,
  LateQuery,
  PassDetail,
  PassListQuery,
  PassPage,
  PassParams,
  PassView,
  RevokeBody,
} from './passes.schema.ts';

const tags = ['passes'];
// Grid workers issue passes and follow late returns up, within their jurisdiction.
const issue = { access: 'pass.issue' } as const;

/** Closed-area passes (通行证): issuing within the household's quota, revoking, late returns; and the gates. */
export const passRoutes: ModuleRoutes = async (app, deps) => {
  const { db, config } = deps;

  app.get(
    '/passes/areas',
    { config: issue, schema: { tags, response: { 200: Type.Object({ items: Type.Array(ClosedArea) }) } } },
    async (request) => ({ items: await listClosedAreas(db, actorOf(request)) }),
  );

  app.get(
    '/passes/households',
    {
      config: issue,
      schema: {
        tags,
        description: 'Households of closed areas in the jurisdiction, with members and the quota used.',
        querystring: HouseholdQuery,
        response: { 200: HouseholdPage },
      },
    },
    async (request) => listClosedHouseholds(db, actorOf(request), request.query),
  );

  app.post(
    '/passes',
    { config: issue, schema: { tags, body: IssuePassBody, response: { 201: IssuedPass } } },
    async (request, reply) =>
      reply
        .code(201)
        .send(await passes.issuePass(db, actorOf(request), auditContextOf(request), config.timeZone, request.body)),
  );

  app.get(
    '/passes',
    { config: issue, schema: { tags, querystring: PassListQuery, response: { 200: PassPage } } },
    async (request) => passes.listPasses(db, actorOf(request), request.query),
  );

  app.get(
    '/passes/late',
    {
      config: issue,
      schema: {
        tags,
        description: 'Holders who came back late or are still out past their time (flagged every 10 minutes).',
        querystring: LateQuery,
        response: { 200: Type.Object({ items: Type.Array(PassView) }) },
      },
    },
    async (request) => passes.latePasses(db, actorOf(request), request.query.acknowledged),
  );

  app.get(
    '/passes/:passId',
    { config: issue, schema: { tags, params: PassParams, response: { 200: PassDetail } } },
    async (request) => passes.getPass(db, actorOf(request), request.params.passId),
  );

  app.post(
    '/passes/:passId/revoke',
    { config: issue, schema: { tags, params: PassParams, body: RevokeBody, response: { 200: PassView } } },
    async (request) =>
      passes.revokePass(db, actorOf(request), auditContextOf(request), request.params.passId, request.body.reason),
  );

  app.post(
    '/passes/:passId/late/acknowledge',
    { config: issue, schema: { tags, params: PassParams, body: AcknowledgeBody, response: { 200: PassView } } },
    async (request) =>
      passes.acknowledgeLate(db, actorOf(request), auditContextOf(request), request.params.passId, request.body.note),
  );

  await gateRoutes(app, deps);
};
