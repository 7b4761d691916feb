import { actorOf } from '../../core/auth/plugin.ts';
import { sendPdf } from '../../core/pdf/pdf.ts';
import { auditContextOf } from '../../core/http/request-context.ts';
import type { ModuleRoutes } from '../../core/http/types.ts';
import { Board, BoardQuery, Carry, CarryBody } from './board.schema.ts';
import { boardWorkbook, dailyBoard } from './board.service.ts';
import { OrderParams } from './orders.schema.ts';
import { reportDocx, reportPdf } from './report.documents.ts';
import { Report, ReportQuery } from './reports.schema.ts';
import { buildReport } from './reports.service.ts';
import { carryOrder } from './steps.service.ts';

const tags = ['rectification'];
const read = { access: 'supervision.read' } as const;
const attachment = (name: string) => `attachment; filename*=UTF-8''${encodeURIComponent(name)}`;

/** 每日出清 (the daily board, its problem list, carrying with a reason) and the supervision reports. */
export const rectificationClearingRoutes: ModuleRoutes = (app, { db, config }) => {
  app.get(
    '/rectification/board',
    {
      config: read,
      schema: {
        tags,
        description: "A day's open, overdue and closed problems per unit and per region, and the day's list.",
        querystring: BoardQuery,
        response: { 200: Board },
      },
    },
    async (request) => dailyBoard(db, actorOf(request), config.timeZone, request.query),
  );

  app.get(
    '/rectification/board.xlsx',
    { config: read, schema: { tags, description: "The day's problem list (每日问题清单).", querystring: BoardQuery } },
    async (request, reply) => {
      const file = await boardWorkbook(db, actorOf(request), auditContextOf(request), config.timeZone, request.query);
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', attachment(file.name))
        .send(file.content);
    },
  );

  app.post(
    '/rectification/orders/:orderId/carry',
    {
      config: read,
      schema: {
        tags,
        description: 'Carries an open order to the next day with a reason (once per order and day).',
        params: OrderParams,
        body: CarryBody,
        response: { 201: Carry },
      },
    },
    async (request, reply) => {
      const audit = auditContextOf(request);
      const carry = await carryOrder(
        db,
        actorOf(request),
        audit,
        config.timeZone,
        request.params.orderId,
        request.body,
      );
      return reply.code(201).send(carry);
    },
  );

  app.get(
    '/rectification/reports',
    { config: read, schema: { tags, querystring: ReportQuery, response: { 200: Report } } },
    async (request) => buildReport(db, actorOf(request), auditContextOf(request), config.timeZone, request.query),
  );

  app.get(
    '/rectification/reports.pdf',
    { config: read, schema: { tags, querystring: ReportQuery } },
    async (request, reply) => {
      const report = await buildReport(db, actorOf(request), auditContextOf(request), config.timeZone, request.query);
      return sendPdf(reply, reportPdf(report, config.timeZone), `${report.title}.pdf`);
    },
  );

  app.get(
    '/rectification/reports.docx',
    { config: read, schema: { tags, querystring: ReportQuery } },
    async (request, reply) => {
      const report = await buildReport(db, actorOf(request), auditContextOf(request), config.timeZone, request.query);
      return reply
        .type('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
        .header('content-disposition', attachment(`${report.title}.docx`))
        .send(await reportDocx(report, config.timeZone));
    },
  );
};
