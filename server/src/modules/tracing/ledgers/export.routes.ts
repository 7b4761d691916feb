import type { FastifyReply } from 'fastify';
import { actorOf } from '../../../core/auth/plugin.ts';
import { auditContextOf } from '../../../core/http/request-context.ts';
import type { ModuleRoutes } from '../../../core/http/types.ts';
import { CaseLedgerQuery, ContactLedgerQuery } from './export.schema.ts';
import { caseLedger, contactLedger, type LedgerFile } from './export.service.ts';

const tags = ['tracing'];
const read = { access: 'tracing.read' } as const;

const sendWorkbook = (reply: FastifyReply, file: LedgerFile) =>
  reply
    .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`)
    .send(file.content);

/** The case and contact ledgers (台账) as .xlsx in the layout districts exchange. */
export const tracingLedgerExportRoutes: ModuleRoutes = (app, { db, config }) => {
  app.get(
    '/tracing/cases.xlsx',
    {
      config: read,
      schema: {
        tags,
        description: 'The case ledger (病例台账) of the jurisdiction; ID numbers and phones masked unless unmasked.',
        querystring: CaseLedgerQuery,
      },
    },
    async (request, reply) =>
      sendWorkbook(
        reply,
        await caseLedger(db, actorOf(request), auditContextOf(request), config.timeZone, request.query),
      ),
  );

  app.get(
    '/tracing/contacts.xlsx',
    {
      config: read,
      schema: {
        tags,
        description: 'The contact ledger (密接/次密接台账) of the jurisdiction; identifiers masked unless unmasked.',
        querystring: ContactLedgerQuery,
      },
    },
    async (request, reply) =>
      sendWorkbook(
        reply,
        await contactLedger(db, actorOf(request), auditContextOf(request), config.timeZone, request.query),
      ),
  );
};
