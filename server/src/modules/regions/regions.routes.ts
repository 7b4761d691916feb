import { Type } from '@sinclair/typebox';
import { actorOf } from '../../core/auth/plugin.ts';
import { auditContextOf } from '../../core/http/request-context.ts';
import type { ModuleRoutes } from '../../core/http/types.ts';
import {
  CreateRegionBody,
  ListRegionsQuery,
  Region,
  RegionLevel,
  RegionParams,
  RegionRef,
  UpdateRegionBody,
} from './regions.schema.ts';
import * as service from './regions.service.ts';

const tags = ['regions'];

export const regionRoutes: ModuleRoutes = (app, { db }) => {
  app.get(
    '/region-levels',
    {
      config: { access: 'regions.read' },
      schema: { tags, response: { 200: Type.Object({ items: Type.Array(RegionLevel) }) } },
    },
    async () => ({ items: await service.listLevels(db) }),
  );

  app.get(
    '/regions',
    {
      config: { access: 'regions.read' },
      schema: { tags, querystring: ListRegionsQuery, response: { 200: Type.Object({ items: Type.Array(Region) }) } },
    },
    async (request) => ({ items: await service.listRegions(db, actorOf(request), request.query) }),
  );

  app.get(
    '/regions/:id',
    {
      config: { access: 'regions.read' },
      schema: {
        tags,
        params: RegionParams,
        response: { 200: Type.Object({ region: Region, ancestors: Type.Array(RegionRef) }) },
      },
    },
    async (request) => service.getRegion(db, actorOf(request), request.params.id),
  );

  app.post(
    '/regions',
    {
      config: { access: 'regions.manage' },
      schema: { tags, body: CreateRegionBody, response: { 201: Type.Object({ region: Region }) } },
    },
    async (request, reply) => {
      const region = await service.createRegion(db, actorOf(request), auditContextOf(request), request.body);
      return reply.code(201).send({ region });
    },
  );

  app.patch(
    '/regions/:id',
    {
      config: { access: 'regions.manage' },
      schema: {
        tags,
        params: RegionParams,
        body: UpdateRegionBody,
        response: { 200: Type.Object({ region: Region }) },
      },
    },
    async (request) => ({
      region: await service.updateRegion(
        db,
        actorOf(request),
        auditContextOf(request),
        request.params.id,
        request.body,
      ),
    }),
  );

  app.delete(
    '/regions/:id',
    { config: { access: 'regions.manage' }, schema: { tags, params: RegionParams } },
    async (request, reply) => {
      await service.deleteRegion(db, actorOf(request), auditContextOf(request), request.params.id);
      return reply.code(204).send();
    },
  );
};
