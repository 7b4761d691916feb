import { Type } from '@sinclair/typebox';
import { actorOf } from '../../core/auth/plugin.ts';
import { auditContextOf } from '../../core/http/request-context.ts';
import type { ModuleRoutes } from '../../core/http/types.ts';
import { ImportMapBody, MapDetail, MapSummary } from './maps.schema.ts';
import * as maps from './maps.service.ts';
import { IdParams } from './riskareas.schema.ts';

const tags = ['risk areas'];
// A district's boundaries in GeoJSON run to a few megabytes.
const MAP_BODY_LIMIT = 20 * 1024 * 1024;

/** Boundary maps (GeoJSON) imported to draw areas on: the platform uses no online tiles. */
export const riskAreaMapRoutes: ModuleRoutes = (app, { db }) => {
  app.get(
    '/risk-areas/maps',
    {
      config: { access: 'riskarea.read' },
      schema: { tags, response: { 200: Type.Object({ items: Type.Array(MapSummary) }) } },
    },
    async () => ({ items: await maps.listMaps(db) }),
  );

  app.get(
    '/risk-areas/maps/:id',
    { config: { access: 'riskarea.read' }, schema: { tags, params: IdParams, response: { 200: MapDetail } } },
    async (request) => maps.getMap(db, request.params.id),
  );

  app.post(
    '/risk-areas/maps',
    {
      config: { access: 'riskarea.propose' },
      bodyLimit: MAP_BODY_LIMIT,
      schema: {
        tags,
        description: 'Imports a GeoJSON FeatureCollection (WGS 84) of boundaries.',
        body: ImportMapBody,
        response: { 201: MapSummary },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await maps.importMap(db, actorOf(request), auditContextOf(request), request.body)),
  );

  app.delete(
    '/risk-areas/maps/:id',
    { config: { access: 'riskarea.propose' }, schema: { tags, params: IdParams } },
    async (request, reply) => {
      await maps.deleteMap(db, auditContextOf(request), request.params.id);
      return reply.code(204).send();
    },
  );
};
