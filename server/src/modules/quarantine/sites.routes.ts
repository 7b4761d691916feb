import { Type } from '@sinclair/typebox';
import { actorOf } from '../../core/auth/plugin.ts';
import { auditContextOf } from '../../core/http/request-context.ts';
import type { ModuleRoutes } from '../../core/http/types.ts';
import * as rooms from './rooms.service.ts';
import {
  AssignStaffBody,
  Board,
  BulkRoomsBody,
  Room,
  RoomParams,
  RoomStatusBody,
  Site,
  SiteListQuery,
  SiteParams,
  StaffMember,
  StaffParams,
  Summary,
  SummaryQuery,
  UpdateRoomBody,
} from './sites.schema.ts';
import * as sites from './sites.service.ts';

const tags = ['quarantine'];
const read = { access: 'quarantine.read' } as const;
const manage = { access: 'quarantine.manage' } as const;

/** Isolation sites: rooms, their status, the occupancy boards and the staff. */
export const isolationSiteRoutes: ModuleRoutes = (app, { db }) => {
  app.get(
    '/isolation-sites',
    {
      config: read,
      schema: { tags, querystring: SiteListQuery, response: { 200: Type.Object({ items: Type.Array(Site) }) } },
    },
    async (request) => ({ items: await sites.listSites(db, actorOf(request), request.query) }),
  );

  app.get(
    '/isolation-sites/summary',
    {
      config: read,
      schema: {
        tags,
        description: 'Occupancy of the jurisdiction (or a region) and rooms per 10,000 residents against the target.',
        querystring: SummaryQuery,
        response: { 200: Summary },
      },
    },
    async (request) => sites.siteSummary(db, actorOf(request), request.query),
  );

  app.get(
    '/isolation-sites/:siteId/board',
    { config: read, schema: { tags, params: SiteParams, response: { 200: Board } } },
    async (request) => sites.siteBoard(db, actorOf(request), request.params.siteId),
  );

  app.post(
    '/isolation-sites/:siteId/rooms',
    {
      config: manage,
      schema: {
        tags,
        description: 'Creates rooms floor by floor (301…320); a number the site already has is refused (409).',
        params: SiteParams,
        body: BulkRoomsBody,
        response: { 201: Type.Object({ created: Type.Integer() }) },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await rooms.createRooms(db, actorOf(request), auditContextOf(request), request.params.siteId, request.body),
        ),
  );

  app.patch(
    '/isolation-rooms/:roomId',
    { config: manage, schema: { tags, params: RoomParams, body: UpdateRoomBody, response: { 200: Room } } },
    async (request) =>
      rooms.updateRoom(db, actorOf(request), auditContextOf(request), request.params.roomId, request.body),
  );

  app.post(
    '/isolation-rooms/:roomId/status',
    {
      config: manage,
      schema: {
        tags,
        description: 'Sets an empty room free, to be cleaned or out of service; an occupied room is refused (409).',
        params: RoomParams,
        body: RoomStatusBody,
        response: { 200: Room },
      },
    },
    async (request) =>
      rooms.setRoomStatus(db, actorOf(request), auditContextOf(request), request.params.roomId, request.body),
  );

  app.get(
    '/isolation-sites/:siteId/staff',
    {
      config: read,
      schema: { tags, params: SiteParams, response: { 200: Type.Object({ items: Type.Array(StaffMember) }) } },
    },
    async (request) => ({ items: await sites.siteStaff(db, actorOf(request), request.params.siteId) }),
  );

  app.put(
    '/isolation-sites/:siteId/staff',
    {
      config: manage,
      schema: {
        tags,
        params: SiteParams,
        body: AssignStaffBody,
        response: { 200: Type.Object({ items: Type.Array(StaffMember) }) },
      },
    },
    async (request) => ({
      items: await sites.assignStaff(
        db,
        actorOf(request),
        auditContextOf(request),
        request.params.siteId,
        request.body,
      ),
    }),
  );

  app.delete(
    '/isolation-sites/:siteId/staff/:userId',
    { config: manage, schema: { tags, params: StaffParams } },
    async (request, reply) => {
      const { siteId, userId } = request.params;
      await sites.removeStaff(db, actorOf(request), auditContextOf(request), siteId, userId);
      return reply.code(204).send();
    },
  );
};
