import { createReadStream } from 'node:fs';
import { Type } from '@sinclair/typebox';
import { actorOf } from '../../../core/auth/plugin.ts';
import { notFound } from '../../../core/errors.ts';
import { auditContextOf } from '../../../core/http/request-context.ts';
import type { ModuleRoutes } from '../../../core/http/types.ts';
import { IdParams } from '../registry.schema.ts';
import { ExportRun, StartExportBody } from './exports.schema.ts';
import * as exports from './exports.service.ts';

const tags = ['registry'];
const read = { access: 'registry.read' } as const;

export const exportRoutes: ModuleRoutes = (app, { db, jobs }) => {
  app.post(
    '/exports',
    { config: read, schema: { tags, body: StartExportBody, response: { 202: Type.Object({ export: ExportRun }) } } },
    async (request, reply) => {
      const run = await exports.startExport(db, jobs, actorOf(request), auditContextOf(request), request.body);
      return reply.code(202).send({ export: run });
    },
  );

  app.get(
    '/exports/:id',
    { config: read, schema: { tags, params: IdParams, response: { 200: Type.Object({ export: ExportRun }) } } },
    async (request) => {
      const { filePath: _path, ...run } = await exports.getExport(db, actorOf(request), request.params.id);
      return { export: run };
    },
  );

  app.get('/exports/:id/file', { config: read, schema: { tags, params: IdParams } }, async (request, reply) => {
    const run = await exports.getExport(db, actorOf(request), request.params.id);
    if (run.status !== 'done' || !run.filePath) throw notFound();
    const name = encodeURIComponent(`${run.kind === 'places' ? '场所名单' : '居民名单'}-${run.id}.xlsx`);
    return reply
      .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('Content-Disposition', `attachment; filename="${run.kind}-${run.id}.xlsx"; filename*=UTF-8''${name}`)
      .send(createReadStream(run.filePath));
  });
};
