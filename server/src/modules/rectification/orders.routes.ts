import type { FastifyReply } from 'fastify';
import type { Actor } from '../../core/auth/actor.ts';
import { actorOf } from '../../core/auth/plugin.ts';
import { AppError } from '../../core/errors.ts';
import { sendPdf } from '../../core/pdf/pdf.ts';
import { auditContextOf } from '../../core/http/request-context.ts';
import type { ModuleRoutes } from '../../core/http/types.ts';
import { orderPdf } from './order.pdf.ts';
import {
  IssueBody,
  OrderDetail,
  OrderListQuery,
  OrderPage,
  OrderParams,
  Photo,
  PhotoParams,
  ResponseBody,
  VerifyBody,
} from './orders.schema.ts';
import * as orders from './orders.service.ts';
import * as steps from './steps.service.ts';

const tags = ['rectification'];
const inspect = { access: 'supervision.inspect' } as const;
const respond = { access: 'rectification.respond' } as const;
// Orders are read by supervisors (supervision.read) and by the units they are addressed to (rectification.respond).
const readers = { access: 'authenticated' } as const;

/** Readers of orders hold one of the two permissions; which orders each sees is decided in SQL (orderVisible). */
function reader(actor: Actor): Actor {
  if (!actor.permissions.has('supervision.read') && !actor.permissions.has('rectification.respond'))
    throw new AppError('FORBIDDEN', { permission: 'supervision.read' });
  return actor;
}

const created = async (reply: FastifyReply, body: Promise<unknown>) => reply.code(201).send(await body);

/** 交办单: issued from a finding, answered by the unit, verified and closed (销号) or sent back by the supervisor. */
export const rectificationOrderRoutes: ModuleRoutes = (app, { db, config }) => {
  app.get(
    '/rectification/orders',
    { config: readers, schema: { tags, querystring: OrderListQuery, response: { 200: OrderPage } } },
    async (request) => orders.listOrders(db, reader(actorOf(request)), request.query),
  );

  app.post(
    '/rectification/orders',
    {
      config: inspect,
      schema: {
        tags,
        description: 'Issues an order for an open finding; the deadline defaults by severity (24 h, 3 days, 7 days).',
        body: IssueBody,
        response: { 201: OrderDetail },
      },
    },
    async (request, reply) =>
      created(reply, orders.issueOrder(db, actorOf(request), auditContextOf(request), config.timeZone, request.body)),
  );

  app.get(
    '/rectification/orders/:orderId',
    { config: readers, schema: { tags, params: OrderParams, response: { 200: OrderDetail } } },
    async (request) => orders.getOrder(db, reader(actorOf(request)), auditContextOf(request), request.params.orderId),
  );

  app.get(
    '/rectification/orders/:orderId/order.pdf',
    { config: readers, schema: { tags, description: 'The printable 交办单.', params: OrderParams } },
    async (request, reply) => {
      const order = await orders.getOrder(
        db,
        reader(actorOf(request)),
        auditContextOf(request),
        request.params.orderId,
      );
      return sendPdf(reply, orderPdf(order, config.timeZone), `${order.displayNumber}.pdf`);
    },
  );

  app.post(
    '/rectification/orders/:orderId/response',
    {
      config: respond,
      schema: {
        tags,
        description: "The unit's answer (its members only); photos are added to it afterwards.",
        params: OrderParams,
        body: ResponseBody,
        response: { 200: OrderDetail },
      },
    },
    async (request) =>
      steps.respond(db, actorOf(request), auditContextOf(request), request.params.orderId, request.body),
  );

  app.post(
    '/rectification/orders/:orderId/response/photos',
    {
      config: respond,
      schema: { tags, params: OrderParams, consumes: ['multipart/form-data'], response: { 201: Photo } },
    },
    async (request, reply) => {
      const upload = await request.file();
      if (!upload)
        throw new AppError('VALIDATION_FAILED', { details: 'body.file: is required' }, [
          { path: 'body.file', message: 'is required' },
        ]);
      const file = { contentType: upload.mimetype, content: await upload.toBuffer() };
      const audit = auditContextOf(request);
      return created(reply, steps.addResponsePhoto(db, actorOf(request), audit, request.params.orderId, file));
    },
  );

  app.get(
    '/rectification/orders/:orderId/photos/:photoId',
    { config: readers, schema: { tags, params: PhotoParams } },
    async (request, reply) => {
      const { orderId, photoId } = request.params;
      const photo = await steps.readPhoto(db, reader(actorOf(request)), orderId, photoId);
      return reply.type(photo.content_type).header('cache-control', 'private, max-age=3600').send(photo.content);
    },
  );

  app.post(
    '/rectification/orders/:orderId/verification',
    {
      config: inspect,
      schema: {
        tags,
        description: 'Closes (销号) an answered order, or sends it back with a note.',
        params: OrderParams,
        body: VerifyBody,
        response: { 200: OrderDetail },
      },
    },
    async (request) =>
      steps.verify(db, actorOf(request), auditContextOf(request), request.params.orderId, request.body),
  );
};
