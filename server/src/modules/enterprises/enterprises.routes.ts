import { actorOf } from '../../core/auth/plugin.ts';
import { auditContextOf } from '../../core/http/request-context.ts';
import type { ModuleRoutes } from '../../core/http/types.ts';
import { unitRoutes } from '../keyplaces/units.routes.ts';
import { UnitParams } from '../keyplaces/units.schema.ts';
import {
  EnterpriseDay,
  EnterpriseDetail,
  EnterpriseLedgerBody,
  EnterpriseList,
  EnterpriseListQuery,
  EnterpriseReport,
  EnterpriseReportBody,
  MyEnterprises,
  ResumptionDecisionBody,
  ResumptionRequestBody,
} from './enterprises.schema.ts';
import * as enterprises from './enterprises.service.ts';
import { importEnterpriseLedger } from './import.service.ts';
import { enterpriseDay, fileReport } from './reports.service.ts';
import { enterpriseDayWorkbook } from './reports.workbook.ts';

const tags = ['enterprises'];
// Reading is enough to ask for resumption: the service lets only keepers of the unit do it (unit-access.ts).
const read = { access: 'keyplace.read' } as const;
const manage = { access: 'keyplace.manage' } as const;

/** 企业: the ledger of enterprises, their daily reports, resumption approval, import and export. */
export const enterpriseRoutes: ModuleRoutes = (app, deps) => {
  const { db, config } = deps;
  const tz = config.timeZone;
  const units = unitRoutes(app, deps, { path: '/enterprises', tags });

  units.list({ querystring: EnterpriseListQuery, response: EnterpriseList, handler: enterprises.listEnterprises });
  units.mine({
    description: "The caller's own enterprises with today's report.",
    response: MyEnterprises,
    handler: enterprises.myEnterprises,
  });
  units.day({
    description: 'Every enterprise of a region on a day with its report or none, 到岗率 and the totals.',
    response: EnterpriseDay,
    handler: enterpriseDay,
  });
  units.workbook({ description: "The day's enterprise ledger (phones masked).", handler: enterpriseDayWorkbook });
  units.import({
    description:
      'An enterprise ledger (.xlsx/.csv, UTF-8 or GBK): 场所编码, 员工总数, 返岗人数, 在岗人数, optionally 闭环管理, 宿舍数, 住宿人数, 食堂开放, 错峰就餐, 联络员, 联络员电话. A bad row refuses the whole file.',
    handler: importEnterpriseLedger,
  });
  units.detail({ response: EnterpriseDetail, handler: enterprises.getEnterprise });
  units.change({
    suffix: '',
    description: "Saves the enterprise's ledger: a keeper of ledgers, or the enterprise's own liaison.",
    body: EnterpriseLedgerBody,
    response: EnterpriseDetail,
    handler: enterprises.saveLedger,
  });
  units.change({
    suffix: '/reports/today',
    description: "Files today's report of the enterprise (again the same day: replaces it).",
    body: EnterpriseReportBody,
    response: EnterpriseReport,
    handler: fileReport,
  });

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
