import { Type } from '@sinclair/typebox';
import { actorOf } from '../../core/auth/plugin.ts';
import { AppError } from '../../core/errors.ts';
import { auditContextOf } from '../../core/http/request-context.ts';
import type { ModuleRoutes } from '../../core/http/types.ts';
import { addAttachment, listAttachments, readAttachment } from './attachments.service.ts';
import { CaseParams } from './cases.schema.ts';
import { Attachment, AttachmentParams, EntryParams, TrajectoryBody, TrajectoryEntry } from './investigation.schema.ts';
import { addTrajectoryEntry, listTrajectory, removeTrajectoryEntry } from './trajectory.service.ts';

const tags = ['tracing'];
const read = { access: 'tracing.read' } as const;
const manage = { access: 'tracing.manage' } as const;

/** The investigation (流调) of a case: its trajectory of places and times, and its files. */
export const tracingInvestigationRoutes: ModuleRoutes = (app, { db, config }) => {
  app.get(
    '/tracing/cases/:caseId/trajectory',
    {
      config: read,
      schema: { tags, params: CaseParams, response: { 200: Type.Object({ items: Type.Array(TrajectoryEntry) }) } },
    },
    async (request) => ({ items: await listTrajectory(db, actorOf(request), request.params.caseId) }),
  );

  app.post(
    '/tracing/cases/:caseId/trajectory',
    { config: manage, schema: { tags, params: CaseParams, body: TrajectoryBody, response: { 201: TrajectoryEntry } } },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await addTrajectoryEntry(
            db,
            actorOf(request),
            auditContextOf(request),
            request.params.caseId,
            request.body,
            config.timeZone,
          ),
        ),
  );

  app.delete(
    '/tracing/cases/:caseId/trajectory/:entryId',
    { config: manage, schema: { tags, params: EntryParams } },
    async (request, reply) => {
      const { caseId, entryId } = request.params;
      await removeTrajectoryEntry(db, actorOf(request), auditContextOf(request), caseId, entryId);
      return reply.code(204).send();
    },
  );

  app.get(
    '/tracing/cases/:caseId/attachments',
    {
      config: read,
      schema: { tags, params: CaseParams, response: { 200: Type.Object({ items: Type.Array(Attachment) }) } },
    },
    async (request) => ({ items: await listAttachments(db, actorOf(request), request.params.caseId) }),
  );

  app.post(
    '/tracing/cases/:caseId/attachments',
    {
      config: manage,
      schema: { tags, params: CaseParams, consumes: ['multipart/form-data'], response: { 201: Attachment } },
    },
    async (request, reply) => {
      const upload = await request.file();
      if (!upload)
        throw new AppError('VALIDATION_FAILED', { details: 'body.file: is required' }, [
          { path: 'body.file', message: 'is required' },
        ]);
      const content = await upload.toBuffer();
      const file = { filename: upload.filename, contentType: upload.mimetype, content };
      return reply
        .code(201)
        .send(await addAttachment(db, actorOf(request), auditContextOf(request), request.params.caseId, file));
    },
  );

  app.get(
    '/tracing/cases/:caseId/attachments/:attachmentId',
    { config: read, schema: { tags, params: AttachmentParams } },
    async (request, reply) => {
      const { caseId, attachmentId } = request.params;
      const file = await readAttachment(db, actorOf(request), auditContextOf(request), caseId, attachmentId);
      return reply
        .type(file.contentType)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.filename)}`)
        .send(file.content);
    },
  );
};
