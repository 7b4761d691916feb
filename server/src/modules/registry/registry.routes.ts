import { Type } from '@sinclair/typebox';
import { actorOf } from '../../core/auth/plugin.ts';
import { auditContextOf } from '../../core/http/request-context.ts';
import type { ModuleRoutes } from '../../core/http/types.ts';
import {
  CreatePlaceBody,
  IdParams,
  Place,
  PlaceQuery,
  MoveResidentBody,
  RegionCounts,
  Resident,
  ResidentPage,
  ResidentQuery,
  UpdatePlaceBody,
  UpdateResidentBody,
} from './registry.schema.ts';
import * as places from './places.service.ts';
import * as residents from './residents.service.ts';

const tags = ['registry'];
const read = { access: 'registry.read' } as const;
const manage = { access: 'registry.manage' } as const;

export const registryRoutes: ModuleRoutes = (app, { db }) => {
  app.get(
    '/registry/counts',
    {
      config: read,
      schema: {
        tags,
        querystring: Type.Object(
          { parentId: Type.Optional(Type.Integer({ minimum: 1 })) },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ items: Type.Array(RegionCounts) }) },
      },
    },
    async (request) => ({ items: await residents.regionCounts(db, actorOf(request), request.query.parentId) }),
  );

  app.get(
    '/residents',
    { config: read, schema: { tags, querystring: ResidentQuery, response: { 200: ResidentPage } } },
    async (request) => residents.searchResidents(db, actorOf(request), request.query),
  );

  app.get(
    '/residents/:id',
    { config: read, schema: { tags, params: IdParams, response: { 200: Type.Object({ resident: Resident }) } } },
    async (request) => ({
      resident: await residents.getResident(db, actorOf(request), auditContextOf(request), request.params.id),
    }),
  );

  app.patch(
    '/residents/:id',
    {
      config: manage,
      schema: {
        tags,
        params: IdParams,
        body: UpdateResidentBody,
        response: { 200: Type.Object({ resident: Resident }) },
      },
    },
    async (request) => ({
      resident: await residents.updateResident(
        db,
        actorOf(request),
        auditContextOf(request),
        request.params.id,
        request.body,
      ),
    }),
  );

  app.post(
    '/residents/:id/move',
    {
      config: manage,
      schema: {
        tags,
        params: IdParams,
        body: MoveResidentBody,
        response: { 200: Type.Object({ resident: Resident }) },
      },
    },
    async (request) => ({
      resident: await residents.moveResident(
        db,
        actorOf(request),
        auditContextOf(request),
        request.params.id,
        request.body,
      ),
    }),
  );

  app.get(
    '/places',
    {
      config: read,
      schema: {
        tags,
        querystring: PlaceQuery,
        response: { 200: Type.Object({ items: Type.Array(Place), total: Type.Integer() }) },
      },
    },
    async (request) => places.searchPlaces(db, actorOf(request), request.query),
  );

  app.post(
    '/places',
    {
      config: manage,
      schema: { tags, body: CreatePlaceBody, response: { 201: Type.Object({ place: Place }) } },
    },
    async (request, reply) => {
      const place = await places.createPlace(db, actorOf(request), auditContextOf(request), request.body);
      return reply.code(201).send({ place });
    },
  );

  app.patch(
    '/places/:id',
    {
      config: manage,
      schema: { tags, params: IdParams, body: UpdatePlaceBody, response: { 200: Type.Object({ place: Place }) } },
    },
    async (request) => ({
      place: await places.updatePlace(db, actorOf(request), auditContextOf(request), request.params.id, request.body),
    }),
  );
};
