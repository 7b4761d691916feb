import { Type } from '@sinclair/typebox';
import { actorOf } from '../../core/auth/plugin.ts';
import { auditContextOf } from '../../core/http/request-context.ts';
import type { ModuleRoutes } from '../../core/http/types.ts';
import * as cases from './cases.service.ts';
import {
  CaseDetail,
  CaseFromPositiveBody,
  CaseListItem,
  CaseListQuery,
  CaseParams,
  ClassifyBody,
  CreateCaseBody,
  Golden24Item,
  MilestoneBody,
  Positive,
  RulesReply,
  UpdateCaseBody,
} from './cases.schema.ts';
import { requestChainRecompute } from './chains/chains.jobs.ts';
import { golden24 } from './golden24.service.ts';
import { listPositives } from './positives.service.ts';
import { activeTracingRules, reviseTracingRules, TracingRules } from './rules.ts';

const tags = ['tracing'];
const read = { access: 'tracing.read' } as const;
const manage = { access: 'tracing.manage' } as const;
const page = (item: Parameters<typeof Type.Array>[0]) =>
  Type.Object({ items: Type.Array(item), total: Type.Integer(), page: Type.Integer(), pageSize: Type.Integer() });

/** Cases: opening (by hand or from a positive tube), classification, the 四早 clock, the golden 24 hours. */
export const tracingCaseRoutes: ModuleRoutes = (app, { db, jobs }) => {
  // Cases opened or reclassified change the chains: one debounced recomputation follows.
  const changed = <T>(value: T) => requestChainRecompute(jobs).then(() => value);

  app.post(
    '/tracing/cases',
    { config: manage, schema: { tags, body: CreateCaseBody, response: { 201: CaseDetail } } },
    async (request, reply) =>
      reply
        .code(201)
        .send(await changed(await cases.createCase(db, actorOf(request), auditContextOf(request), request.body))),
  );

  app.post(
    '/tracing/cases/from-positive',
    {
      config: manage,
      schema: {
        tags,
        description: 'Opens a case for a person of a positive tube of mass testing (found via mass testing).',
        body: CaseFromPositiveBody,
        response: { 201: CaseDetail },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await changed(await cases.caseFromPositive(db, actorOf(request), auditContextOf(request), request.body))),
  );

  app.get(
    '/tracing/cases',
    { config: read, schema: { tags, querystring: CaseListQuery, response: { 200: page(CaseListItem) } } },
    async (request) => cases.listCases(db, actorOf(request), request.query),
  );

  app.get(
    '/tracing/cases/:caseId',
    { config: read, schema: { tags, params: CaseParams, response: { 200: CaseDetail } } },
    async (request) => cases.getCase(db, actorOf(request), auditContextOf(request), request.params.caseId),
  );

  app.patch(
    '/tracing/cases/:caseId',
    { config: manage, schema: { tags, params: CaseParams, body: UpdateCaseBody, response: { 200: CaseDetail } } },
    async (request) =>
      cases.updateCase(db, actorOf(request), auditContextOf(request), request.params.caseId, request.body),
  );

  app.post(
    '/tracing/cases/:caseId/classification',
    { config: manage, schema: { tags, params: CaseParams, body: ClassifyBody, response: { 200: CaseDetail } } },
    async (request) =>
      changed(
        await cases.classifyCase(db, actorOf(request), auditContextOf(request), request.params.caseId, request.body),
      ),
  );

  app.post(
    '/tracing/cases/:caseId/milestones',
    {
      config: manage,
      schema: {
        tags,
        description:
          'Records a milestone once (reported, isolated, treated, investigators on site, core facts, report).',
        params: CaseParams,
        body: MilestoneBody,
        response: { 200: CaseDetail },
      },
    },
    async (request) =>
      cases.recordMilestone(db, actorOf(request), auditContextOf(request), request.params.caseId, request.body),
  );

  app.get(
    '/tracing/positives',
    {
      config: read,
      schema: {
        tags,
        description: 'Persons of positive tubes (alone, or members of a positive pool) with their case, if any.',
        querystring: Type.Object(
          { days: Type.Integer({ minimum: 1, maximum: 60, default: 7 }) },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ items: Type.Array(Positive) }) },
      },
    },
    async (request) => listPositives(db, actorOf(request), request.query.days),
  );

  app.get(
    '/tracing/golden24',
    {
      config: read,
      schema: {
        tags,
        description: 'The golden 24 hours per reported case: contacts found and under a measure within the limit.',
        querystring: Type.Object(
          {
            days: Type.Integer({ minimum: 1, maximum: 60, default: 14 }),
            breachingOnly: Type.Boolean({ default: false }),
          },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ items: Type.Array(Golden24Item) }) },
      },
    },
    async (request) => golden24(db, actorOf(request), request.query),
  );

  app.get('/tracing/rules', { config: read, schema: { tags, response: { 200: RulesReply } } }, async () => {
    const active = await activeTracingRules(db);
    return {
      protocol: { id: active.protocolId, name: active.protocolName, version: active.version },
      rules: active.rules,
    };
  });

  app.put(
    '/tracing/rules',
    {
      config: manage,
      schema: {
        tags,
        description: 'Revises the tracing rules as a new version of the active protocol; earlier cases keep theirs.',
        body: TracingRules,
        response: { 200: RulesReply },
      },
    },
    async (request) => {
      const active = await reviseTracingRules(db, actorOf(request), auditContextOf(request), request.body);
      return {
        protocol: { id: active.protocolId, name: active.protocolName, version: active.version },
        rules: active.rules,
      };
    },
  );
};
