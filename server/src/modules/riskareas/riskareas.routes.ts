import { Type } from '@sinclair/typebox';
import { actorOf } from '../../core/auth/plugin.ts';
import { auditContextOf } from '../../core/http/request-context.ts';
import type { ModuleRoutes } from '../../core/http/types.ts';
import { requestHealthStatusRecompute } from '../healthstatus/healthstatus.jobs.ts';
import { runLifting } from './lifting.service.ts';
import {
  ApproveBody,
  AreaDetail,
  AreaPage,
  BuildingItem,
  BuildingQuery,
  ChangeBody,
  DesignateBody,
  IdParams,
  LevelsQuery,
  LevelsReply,
  LiftingRunReply,
  ListQuery,
  PendingChange,
  RejectBody,
} from './riskareas.schema.ts';
import * as areas from './riskareas.service.ts';

const tags = ['risk areas'];
const read = { access: 'riskarea.read' } as const;
const propose = { access: 'riskarea.propose' } as const;
const approve = { access: 'riskarea.approve' } as const;

/** Risk areas (风险区): designation and every change by one person, decided by another; lifting by rule. */
export const riskAreaRoutes: ModuleRoutes = (app, { db, jobs }) => {
  app.get(
    '/risk-areas/levels',
    {
      config: read,
      schema: {
        tags,
        description:
          'The levels of a protocol (an area keeps the one it was designated under); by default the one in force.',
        querystring: LevelsQuery,
        response: { 200: LevelsReply },
      },
    },
    async (request) => areas.protocolLevels(db, request.query.protocolId),
  );

  app.get(
    '/risk-areas',
    { config: read, schema: { tags, querystring: ListQuery, response: { 200: AreaPage } } },
    async (request) => areas.listAreas(db, actorOf(request), request.query),
  );

  app.post(
    '/risk-areas',
    {
      config: propose,
      schema: {
        tags,
        description:
          'Proposes an area on a region, a building, or a polygon drawn within a region; it takes effect when ' +
          'another person approves it.',
        body: DesignateBody,
        response: { 201: AreaDetail },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await areas.designate(db, actorOf(request), auditContextOf(request), request.body)),
  );

  app.get(
    '/risk-areas/changes/pending',
    {
      config: approve,
      schema: {
        tags,
        description: 'Open changes the caller may decide (not their own), oldest first.',
        response: { 200: Type.Object({ items: Type.Array(PendingChange) }) },
      },
    },
    async (request) => ({ items: await areas.pendingChanges(db, actorOf(request)) }),
  );

  app.post(
    '/risk-areas/changes/:id/approve',
    { config: approve, schema: { tags, params: IdParams, body: ApproveBody, response: { 200: AreaDetail } } },
    async (request) => {
      const area = await areas.decide(
        db,
        actorOf(request),
        auditContextOf(request),
        request.params.id,
        'approved',
        request.body.note ?? null,
      );
      // The colours of the area's residents follow its new level (or its lifting) shortly.
      await requestHealthStatusRecompute(jobs, { areaId: area.id });
      return area;
    },
  );

  app.post(
    '/risk-areas/changes/:id/reject',
    { config: approve, schema: { tags, params: IdParams, body: RejectBody, response: { 200: AreaDetail } } },
    async (request) =>
      areas.decide(db, actorOf(request), auditContextOf(request), request.params.id, 'rejected', request.body.note),
  );

  app.post(
    '/risk-areas/lifting/run',
    {
      config: read,
      schema: {
        tags,
        description:
          'Checks the lifting criteria of every area in force now and proposes the changes that are due ' +
          '(for those who propose or decide changes).',
        response: { 200: LiftingRunReply },
      },
    },
    async (request) => runLifting(db, actorOf(request), auditContextOf(request)),
  );

  app.get(
    '/risk-areas/buildings',
    {
      config: read,
      schema: {
        tags,
        description: 'Buildings of the jurisdiction to designate, or to show on the map of a region.',
        querystring: BuildingQuery,
        response: { 200: Type.Object({ items: Type.Array(BuildingItem) }) },
      },
    },
    async (request) => ({ items: await areas.buildings(db, actorOf(request), request.query) }),
  );

  app.get(
    '/risk-areas/:id',
    { config: read, schema: { tags, params: IdParams, response: { 200: AreaDetail } } },
    async (request) => areas.getArea(db, actorOf(request), request.params.id),
  );

  app.post(
    '/risk-areas/:id/changes',
    {
      config: propose,
      schema: {
        tags,
        description: 'Proposes a new level for an area in force, or its lifting (toLevel null).',
        params: IdParams,
        body: ChangeBody,
        response: { 201: AreaDetail },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await areas.proposeChange(db, actorOf(request), auditContextOf(request), request.params.id, request.body),
        ),
  );
};
