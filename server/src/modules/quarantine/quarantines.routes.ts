import { Type } from '@sinclair/typebox';
import { Paged } from '../../core/http/schema-helpers.ts';
import { actorOf } from '../../core/auth/plugin.ts';
import { auditContextOf } from '../../core/http/request-context.ts';
import type { ModuleRoutes } from '../../core/http/types.ts';
import { intake, roomSuggestions } from './intake.service.ts';
import {
  CreateQuarantineBody,
  IntakeBody,
  IntakeReply,
  QuarantineDetail,
  QuarantineListItem,
  QuarantineListQuery,
  QuarantineParams,
  RoomSuggestion,
  SuggestionQuery,
  TransferBody,
} from './quarantines.schema.ts';
import * as quarantines from './quarantines.service.ts';
import { isolationSiteRoutes } from './sites.routes.ts';

const tags = ['quarantine'];
const read = { access: 'quarantine.read' } as const;
const manage = { access: 'quarantine.manage' } as const;

/** Persons under quarantine: putting them under it (one by one or a list at once), transfers, reads. */
const quarantinePersonRoutes: ModuleRoutes = (app, { db, config }) => {
  const zone = config.timeZone;

  app.post(
    '/quarantines',
    {
      config: manage,
      schema: {
        tags,
        description:
          'Puts a person under quarantine under the protocol in force (centralized in a room, or at home when ' +
          'every home condition holds). Refused: already in quarantine, room unavailable, group not in the protocol.',
        body: CreateQuarantineBody,
        response: { 201: QuarantineDetail },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await quarantines.createQuarantine(db, actorOf(request), auditContextOf(request), request.body, zone)),
  );

  app.post(
    '/quarantines/intake',
    {
      config: manage,
      schema: {
        tags,
        description: 'Takes a list of contacts or residents into a site: each placed in a suggested room or refused.',
        body: IntakeBody,
        response: { 200: IntakeReply },
      },
    },
    async (request) => intake(db, actorOf(request), auditContextOf(request), request.body, zone),
  );

  app.get(
    '/quarantines/room-suggestions',
    {
      config: read,
      schema: {
        tags,
        description: 'Rooms of a site for residents or contacts: households together, accessible rooms, carers.',
        querystring: SuggestionQuery,
        response: { 200: Type.Object({ items: Type.Array(RoomSuggestion) }) },
      },
    },
    async (request) => roomSuggestions(db, actorOf(request), request.query, zone),
  );

  app.get(
    '/quarantines',
    {
      config: read,
      schema: {
        tags,
        querystring: QuarantineListQuery,
        response: {
          200: Paged(QuarantineListItem),
        },
      },
    },
    async (request) => quarantines.listQuarantines(db, actorOf(request), request.query, zone),
  );

  app.get(
    '/quarantines/:quarantineId',
    { config: read, schema: { tags, params: QuarantineParams, response: { 200: QuarantineDetail } } },
    async (request) =>
      quarantines.getQuarantine(db, actorOf(request), auditContextOf(request), request.params.quarantineId, zone),
  );

  app.post(
    '/quarantines/:quarantineId/transfer',
    {
      config: manage,
      schema: {
        tags,
        description: 'Moves the person to another room or site, or home; the current stay closes with the reason.',
        params: QuarantineParams,
        body: TransferBody,
        response: { 200: QuarantineDetail },
      },
    },
    async (request) =>
      quarantines.transferQuarantine(
        db,
        actorOf(request),
        auditContextOf(request),
        request.params.quarantineId,
        request.body,
        zone,
      ),
  );
};

/** Isolation sites and persons under quarantine (the health checks and release register their own). */
export const quarantineRoutes: ModuleRoutes = async (app, deps) => {
  await isolationSiteRoutes(app, deps);
  await quarantinePersonRoutes(app, deps);
};
