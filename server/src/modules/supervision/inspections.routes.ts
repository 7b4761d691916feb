import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import { actorOf } from '../../core/auth/plugin.ts';
import { AppError } from '../../core/errors.ts';
import { auditContextOf } from '../../core/http/request-context.ts';
import type { ModuleRoutes } from '../../core/http/types.ts';
import * as findings from './findings.service.ts';
import {
  AnswersBody,
  CheckInBody,
  Finding,
  FindingBody,
  FindingListQuery,
  FindingParams,
  FixBody,
  InspectionDetail,
  InspectionListItem,
  InspectionListQuery,
  InspectionParams,
  Photo,
  PhotoParams,
  SubmitBody,
} from './inspections.schema.ts';
import * as inspections from './inspections.service.ts';
import * as photos from './photos.service.ts';
import { photoLimitBytes } from './vocabulary.ts';

const tags = ['supervision'];
const read = { access: 'supervision.read' } as const;
const inspect = { access: 'supervision.inspect' } as const;
const page = (item: Parameters<typeof Type.Array>[0]) =>
  Type.Object({ items: Type.Array(item), total: Type.Integer(), page: Type.Integer(), pageSize: Type.Integer() });
const upload = { consumes: ['multipart/form-data'], response: { 201: Photo } };

/** The photo of a multipart upload (field `file`), read whole but never past the photo limit. */
async function receivePhoto(request: FastifyRequest): Promise<photos.UploadedPhoto> {
  const file = await request.file({ limits: { fileSize: photoLimitBytes } });
  if (!file)
    throw new AppError('VALIDATION_FAILED', { details: 'file: is required' }, [
      { path: 'file', message: 'is required' },
    ]);
  try {
    return { contentType: file.mimetype, content: await file.toBuffer() };
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE')
      throw new AppError('BODY_TOO_LARGE', { limit: photoLimitBytes });
    throw error;
  }
}

/** Inspections on site: check-in, answers, photos, findings, submission; and the findings list. */
export const inspectionRoutes: ModuleRoutes = (app, { db }) => {
  app.get(
    '/supervision/inspections',
    { config: read, schema: { tags, querystring: InspectionListQuery, response: { 200: page(InspectionListItem) } } },
    async (request) => inspections.listInspections(db, actorOf(request), request.query),
  );

  app.post(
    '/supervision/inspections',
    {
      config: inspect,
      schema: {
        tags,
        description: 'Checks in at a plan target or (ad hoc) a place or region node, with time and position.',
        body: CheckInBody,
        response: { 201: InspectionDetail },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await inspections.checkIn(db, actorOf(request), auditContextOf(request), request.body)),
  );

  app.get(
    '/supervision/inspections/:inspectionId',
    { config: read, schema: { tags, params: InspectionParams, response: { 200: InspectionDetail } } },
    async (request) => inspections.getInspection(db, actorOf(request), request.params.inspectionId),
  );

  app.post(
    '/supervision/inspections/:inspectionId/answers',
    {
      config: inspect,
      schema: { tags, params: InspectionParams, body: AnswersBody, response: { 200: InspectionDetail } },
    },
    async (request) =>
      inspections.answer(db, actorOf(request), auditContextOf(request), request.params.inspectionId, request.body),
  );

  app.post(
    '/supervision/inspections/:inspectionId/findings',
    {
      config: inspect,
      schema: { tags, params: InspectionParams, body: FindingBody, response: { 200: InspectionDetail } },
    },
    async (request) =>
      inspections.addFinding(db, actorOf(request), auditContextOf(request), request.params.inspectionId, request.body),
  );

  app.post(
    '/supervision/inspections/:inspectionId/submit',
    {
      config: inspect,
      schema: {
        tags,
        description: 'Freezes the answers; each failed item becomes a finding.',
        params: InspectionParams,
        body: SubmitBody,
        response: { 200: InspectionDetail },
      },
    },
    async (request) =>
      inspections.submit(db, actorOf(request), auditContextOf(request), request.params.inspectionId, request.body),
  );

  app.post(
    '/supervision/inspections/:inspectionId/photos',
    { config: inspect, schema: { tags, params: InspectionParams, ...upload } },
    async (request, reply) => {
      const photo = await receivePhoto(request);
      const { inspectionId } = request.params;
      return reply
        .code(201)
        .send(await photos.addInspectionPhoto(db, actorOf(request), auditContextOf(request), inspectionId, photo));
    },
  );

  app.get(
    '/supervision/findings',
    { config: read, schema: { tags, querystring: FindingListQuery, response: { 200: page(Finding) } } },
    async (request) => findings.listFindings(db, actorOf(request), request.query),
  );

  app.post(
    '/supervision/findings/:findingId/photos',
    { config: inspect, schema: { tags, params: FindingParams, ...upload } },
    async (request, reply) => {
      const photo = await receivePhoto(request);
      const { findingId } = request.params;
      return reply
        .code(201)
        .send(await photos.addFindingPhoto(db, actorOf(request), auditContextOf(request), findingId, photo));
    },
  );

  app.post(
    '/supervision/findings/:findingId/fixed-on-spot',
    {
      config: inspect,
      schema: {
        tags,
        description: 'Records an open finding as fixed on the spot; it needs a photo uploaded first.',
        params: FindingParams,
        body: FixBody,
        response: { 200: Finding },
      },
    },
    async (request) =>
      findings.fixOnSpot(db, actorOf(request), auditContextOf(request), request.params.findingId, request.body.note),
  );

  app.get(
    '/supervision/photos/:photoId',
    { config: read, schema: { tags, params: PhotoParams } },
    async (request, reply) => {
      const photo = await photos.readPhoto(db, actorOf(request), request.params.photoId);
      return reply.type(photo.contentType).header('cache-control', 'private, max-age=86400').send(photo.content);
    },
  );
};
