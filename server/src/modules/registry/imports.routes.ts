import { PassThrough } from 'node:stream';
import { Type } from '@sinclair/typebox';
import { actorOf } from '../../core/auth/plugin.ts';
import { AppError } from '../../core/errors.ts';
import { auditContextOf } from '../../core/http/request-context.ts';
import type { ModuleRoutes } from '../../core/http/types.ts';
import { importKinds } from './import/fields.ts';
import { ImportListQuery, ImportPreview, ImportRun, StartImportBody } from './import/imports.schema.ts';
import * as imports from './import/imports.service.ts';
import { writeRejectionReport } from './import/report.ts';
import { IdParams } from './registry.schema.ts';

const tags = ['registry'];
const manage = { access: 'registry.manage' } as const;
const encodings = ['auto', 'utf8', 'gbk'] as const;

function formField<T extends string>(
  fields: Record<string, unknown>,
  name: string,
  allowed: readonly T[],
  fallback?: T,
): T {
  const raw = (fields[name] as { value?: unknown } | undefined)?.value;
  const value = allowed.find((candidate) => candidate === raw) ?? (raw === undefined ? fallback : undefined);
  if (value === undefined) {
    const message = `must be one of ${allowed.join(', ')}`;
    throw new AppError('VALIDATION_FAILED', { details: `body.${name}: ${message}` }, [
      { path: `body.${name}`, message },
    ]);
  }
  return value;
}

export const importRoutes: ModuleRoutes = async (app, { db, config, jobs }) => {
  app.post(
    '/imports/preview',
    { config: manage, schema: { tags, consumes: ['multipart/form-data'], response: { 200: ImportPreview } } },
    async (request) => {
      const upload = await request.file();
      if (!upload)
        throw new AppError('VALIDATION_FAILED', { details: 'body.file: is required' }, [
          { path: 'body.file', message: 'is required' },
        ]);
      const kind = formField(upload.fields, 'kind', importKinds);
      const encoding = formField(upload.fields, 'encoding', encodings, 'auto');
      return imports.previewUpload(db, config, { stream: upload.file, fileName: upload.filename, kind, encoding });
    },
  );

  app.post(
    '/imports',
    { config: manage, schema: { tags, body: StartImportBody, response: { 202: Type.Object({ run: ImportRun }) } } },
    async (request, reply) => {
      const run = await imports.startImport(db, config, jobs, actorOf(request), auditContextOf(request), request.body);
      return reply.code(202).send({ run });
    },
  );

  app.get(
    '/imports',
    {
      config: manage,
      schema: {
        tags,
        querystring: ImportListQuery,
        response: { 200: Type.Object({ items: Type.Array(ImportRun), total: Type.Integer() }) },
      },
    },
    async (request) => imports.listRuns(db, actorOf(request), request.query),
  );

  app.get(
    '/imports/:id',
    { config: manage, schema: { tags, params: IdParams, response: { 200: Type.Object({ run: ImportRun }) } } },
    async (request) => ({
      run: await imports.getRun(db, actorOf(request), request.params.id),
    }),
  );

  app.get('/imports/:id/report', { config: manage, schema: { tags, params: IdParams } }, async (request, reply) => {
    const run = await imports.getRun(db, actorOf(request), request.params.id);
    const stream = new PassThrough();
    writeRejectionReport(db, run.id, stream).catch((error: unknown) => stream.destroy(error as Error));
    const name = encodeURIComponent(`导入错误报告-${run.id}.xlsx`);
    return reply
      .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('Content-Disposition', `attachment; filename="import-${run.id}-errors.xlsx"; filename*=UTF-8''${name}`)
      .send(stream);
  });
};
