import { actorOf } from '../../core/auth/plugin.ts';
import { auditContextOf } from '../../core/http/request-context.ts';
import type { ModuleRoutes } from '../../core/http/types.ts';
import { withUploadedLedger } from '../../core/http/upload.ts';
import { localDate } from '../../core/time/local-time.ts';
import {
  DayQuery,
  EnterpriseDay,
  EnterpriseDetail,
  EnterpriseLedgerBody,
  EnterpriseList,
  EnterpriseListQuery,
  EnterpriseReport,
  EnterpriseReportBody,
  LedgerImportResult,
  MyEnterprises,
  ResumptionDecisionBody,
  ResumptionRequestBody,
  UnitParams,
} from './enterprises.schema.ts';
import * as enterprises from './enterprises.service.ts';
import { importEnterpriseLedger } from './import.service.ts';
import { enterpriseDay, fileReport } from './reports.service.ts';
import { enterpriseDayWorkbook } from './reports.workbook.ts';
import { sendWorkbook } from './workbook.ts';

const tags = ['enterprises'];
// Reading needs keyplace.read; a write is open to keepers of ledgers (keyplace.manage, within the
// jurisdiction) and to a unit's own liaison (keyplace.report): the service decides which (unit-access.ts).
const read = { access: 'keyplace.read' } as const;
const manage = { access: 'keyplace.manage' } as const;

/** 企业: the ledger of enterprises, their daily reports, resumption approval, import and export. */
export const enterpriseRoutes: ModuleRoutes = (app, { db, config }) => {
  const tz = config.timeZone;

  app.get(
    '/enterprises',
    { config: read, schema: { tags, querystring: EnterpriseListQuery, response: { 200: EnterpriseList } } },
    async (request) => enterprises.listEnterprises(db, actorOf(request), tz, request.query),
  );

  app.get(
    '/enterprises/mine',
    {
      config: read,
      schema: {
        tags,
        description: "The caller's own enterprises with today's report.",
        response: { 200: MyEnterprises },
      },
    },
    async (request) => enterprises.myEnterprises(db, actorOf(request), tz),
  );

  app.get(
    '/enterprises/reports',
    {
      config: read,
      schema: {
        tags,
        description: 'Every enterprise of a region on a day with its report or none, 到岗率 and the totals.',
        querystring: DayQuery,
        response: { 200: EnterpriseDay },
      },
    },
    async (request) => enterpriseDay(db, actorOf(request), tz, request.query),
  );

  app.get(
    '/enterprises/reports.xlsx',
    {
      config: read,
      schema: { tags, description: "The day's enterprise ledger (phones masked).", querystring: DayQuery },
    },
    async (request, reply) =>
      sendWorkbook(
        reply,
        await enterpriseDayWorkbook(db, actorOf(request), auditContextOf(request), tz, request.query),
      ),
  );

  app.post(
    '/enterprises/import',
    {
      config: manage,
      schema: {
        tags,
        description:
          'An enterprise ledger (.xlsx/.csv, UTF-8 or GBK): 场所编码, 员工总数, 返岗人数, 在岗人数, optionally 闭环管理, 宿舍数, 住宿人数, 食堂开放, 错峰就餐, 联络员, 联络员电话. A bad row refuses the whole file.',
        consumes: ['multipart/form-data'],
        response: { 200: LedgerImportResult },
      },
    },
    async (request) =>
      withUploadedLedger(request, config, (file) =>
        importEnterpriseLedger(db, actorOf(request), auditContextOf(request), localDate(new Date(), tz), file),
      ),
  );

  app.get(
    '/enterprises/:placeId',
    { config: read, schema: { tags, params: UnitParams, response: { 200: EnterpriseDetail } } },
    async (request) => enterprises.getEnterprise(db, actorOf(request), tz, request.params.placeId),
  );

  app.put(
    '/enterprises/:placeId',
    {
      config: read,
      schema: {
        tags,
        description: "Saves the enterprise's ledger: a keeper of ledgers, or the enterprise's own liaison.",
        params: UnitParams,
        body: EnterpriseLedgerBody,
        response: { 200: EnterpriseDetail },
      },
    },
    async (request) =>
      enterprises.saveLedger(db, actorOf(request), auditContextOf(request), tz, request.params.placeId, request.body),
  );

  app.put(
    '/enterprises/:placeId/reports/today',
    {
      config: read,
      schema: {
        tags,
        description: "Files today's report of the enterprise (again the same day: replaces it).",
        params: UnitParams,
        body: EnterpriseReportBody,
        response: { 200: EnterpriseReport },
      },
    },
    async (request) =>
      fileReport(db, actorOf(request), auditContextOf(request), tz, request.params.placeId, request.body),
  );

  app.post(
    '/enterprises/:placeId/resumption',
    {
      config: read,
      schema: {
        tags,
        description: 'Asks for resumption of work (复工复产); one request waits at a time.',
        params: UnitParams,
        body: ResumptionRequestBody,
        response: { 200: EnterpriseDetail },
      },
    },
    async (request) =>
      enterprises.requestResumption(
        db,
        actorOf(request),
        auditContextOf(request),
        tz,
        request.params.placeId,
        request.body.note,
      ),
  );

  app.post(
    '/enterprises/:placeId/resumption/decision',
    {
      config: manage,
      schema: {
        tags,
        description: 'Approves or rejects the waiting request, with a note; never by whoever asked.',
        params: UnitParams,
        body: ResumptionDecisionBody,
        response: { 200: EnterpriseDetail },
      },
    },
    async (request) =>
      enterprises.decideResumption(
        db,
        actorOf(request),
        auditContextOf(request),
        tz,
        request.params.placeId,
        request.body,
      ),
  );
};
