import { Type } from '@sinclair/typebox';
import { actorOf } from '../../core/auth/plugin.ts';
import { auditContextOf } from '../../core/http/request-context.ts';
import type { ModuleRoutes } from '../../core/http/types.ts';
import { withUploadedLedger } from '../../core/http/upload.ts';
import * as keyPersons from './key-persons.service.ts';
import {
  AssignBody,
  CreateListBody,
  ImportReply,
  KeyPersonFilter,
  KeyPersonPage,
  KeyPersonParams,
  KeyPersonQuery,
  KeyPersonReply,
  ListParams,
  ListsQuery,
  OutcomeBody,
  ScreeningList,
  SelfReportBody,
  SelfReportReceipt,
} from './screening.schema.ts';
import * as screening from './screening.service.ts';
import { selfReport } from './self-report.service.ts';

const tags = ['screening'];
const manage = { access: 'keyperson.manage' } as const;
// Reads need only keyperson.record: tracing staff hold it too, and the jurisdiction decides what each sees.
const record = { access: 'keyperson.record' } as const;
// Per client address: enough for a family reporting one by one behind one router, not for a flood.
const SELF_REPORTS_PER_MINUTE = 20;
// A full list of 5,000 persons with addresses runs to a few megabytes of JSON; bigger lists come as files.
const LIST_BODY_LIMIT = 8 * 1024 * 1024;

export const screeningRoutes: ModuleRoutes = (app, { db, config }) => {
  app.post(
    '/screening/lists',
    {
      config: manage,
      bodyLimit: Math.max(config.bodyLimitBytes, LIST_BODY_LIMIT),
      schema: {
        tags,
        description:
          'A screening list with its persons (up to 5,000): each is matched to the registry and dispatched to ' +
          "their grid, or waits at the list's region. Rows that cannot be taken come back in `rejected`.",
        body: CreateListBody,
        response: { 201: ImportReply },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await screening.createList(db, actorOf(request), auditContextOf(request), config.timeZone, request.body)),
  );

  app.post(
    '/screening/lists/:listId/import',
    {
      config: manage,
      schema: {
        tags,
        description:
          'A list file (.xlsx or .csv, UTF-8 or GBK) added to a list: columns 身份证号/证件号码 and 姓名, optionally ' +
          '联系电话, 现住址, 来源地, 抵达时间 and 备注. Sending the same file again adds nobody twice.',
        params: ListParams,
        consumes: ['multipart/form-data'],
        response: { 200: ImportReply },
      },
    },
    async (request) =>
      withUploadedLedger(request, config, (file) =>
        screening.importFile(
          db,
          actorOf(request),
          auditContextOf(request),
          config.timeZone,
          request.params.listId,
          file,
        ),
      ),
  );

  app.get(
    '/screening/lists',
    {
      config: record,
      schema: {
        tags,
        querystring: ListsQuery,
        response: { 200: Type.Object({ items: Type.Array(ScreeningList), total: Type.Integer() }) },
      },
    },
    async (request) => screening.lists(db, actorOf(request), request.query),
  );

  app.get(
    '/screening/key-persons',
    { config: record, schema: { tags, querystring: KeyPersonQuery, response: { 200: KeyPersonPage } } },
    async (request) => keyPersons.keyPersons(db, actorOf(request), request.query),
  );

  app.get(
    '/screening/key-persons.xlsx',
    {
      config: record,
      schema: { tags, description: 'The filtered key persons as .xlsx (masked).', querystring: KeyPersonFilter },
    },
    async (request, reply) =>
      reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent('重点人员.xlsx')}`)
        .send(await keyPersons.keyPersonWorkbook(db, actorOf(request), request.query, config.timeZone)),
  );

  app.get(
    '/screening/key-persons/:id',
    {
      config: record,
      schema: {
        tags,
        description: 'One key person; ID number and phone in full for users who may read them so (audited).',
        params: KeyPersonParams,
        response: { 200: KeyPersonReply },
      },
    },
    async (request) => ({
      keyPerson: await keyPersons.keyPersonInFull(db, actorOf(request), auditContextOf(request), request.params.id),
    }),
  );

  app.post(
    '/screening/key-persons/:id/outcome',
    {
      config: record,
      schema: { tags, params: KeyPersonParams, body: OutcomeBody, response: { 200: KeyPersonReply } },
    },
    async (request) => ({
      keyPerson: await keyPersons.recordOutcome(
        db,
        actorOf(request),
        auditContextOf(request),
        request.params.id,
        request.body,
      ),
    }),
  );

  app.post(
    '/screening/key-persons/:id/assign',
    {
      config: manage,
      schema: { tags, params: KeyPersonParams, body: AssignBody, response: { 200: KeyPersonReply } },
    },
    async (request) => ({
      keyPerson: await keyPersons.assignGrid(
        db,
        actorOf(request),
        auditContextOf(request),
        request.params.id,
        request.body.gridId,
      ),
    }),
  );

  app.post(
    '/public/self-reports',
    {
      config: { access: 'public', rateLimit: { max: SELF_REPORTS_PER_MINUTE, timeWindow: '1 minute' } },
      schema: {
        tags,
        security: [],
        description:
          "A resident's own report (主动报备), without an account. The same ID number reported again the same day " +
          'is answered 200 with the first receipt.',
        body: SelfReportBody,
        response: { 200: SelfReportReceipt, 201: SelfReportReceipt },
      },
    },
    async (request, reply) => {
      const { reference, created } = await selfReport(db, auditContextOf(request), config.timeZone, request.body);
      return reply.code(created ? 201 : 200).send({ reference });
    },
  );
};
