import { actorOf } from '../../core/auth/plugin.ts';
import type { ModuleRoutes } from '../../core/http/types.ts';
import { unitRoutes } from '../keyplaces/units.routes.ts';
import { UnitParams } from '../keyplaces/units.schema.ts';
import { importSchoolLedger } from './import.service.ts';
import { fileSchoolReport, samplingDay, schoolDay } from './reports.service.ts';
import { schoolDayWorkbook } from './reports.workbook.ts';
import {
  MySchools,
  SamplingDay,
  SamplingQuery,
  SchoolClassesBody,
  SchoolDay,
  SchoolDetail,
  SchoolLedgerBody,
  SchoolList,
  SchoolListQuery,
  SchoolReport,
  SchoolReportBody,
} from './schools.schema.ts';
import * as schools from './schools.service.ts';

const tags = ['schools'];

/** 学校: the ledger of schools, their classes, daily health reports and sampling schedule, import and export. */
export const schoolRoutes: ModuleRoutes = (app, deps) => {
  const { db, config } = deps;
  const units = unitRoutes(app, deps, { path: '/schools', tags });

  units.list({ querystring: SchoolListQuery, response: SchoolList, handler: schools.listSchools });
  units.mine({
    description: "The caller's own schools with today's report.",
    response: MySchools,
    handler: schools.mySchools,
  });
  units.day({
    description: 'Every school of a region on a day with its health report or none, and the totals.',
    response: SchoolDay,
    handler: schoolDay,
  });
  units.workbook({ description: "The day's school ledger.", handler: schoolDayWorkbook });
  units.import({
    description:
      'A school ledger (.xlsx/.csv, UTF-8 or GBK): 场所编码, 学生人数, 教职工人数, optionally 管理状态, 每日采样比例, 轮换起始日. A bad row refuses the whole file.',
    handler: importSchoolLedger,
  });
  units.detail({ response: SchoolDetail, handler: schools.getSchool });
  units.change({
    suffix: '',
    description: "Saves the school's ledger: a keeper of ledgers, or the school's own liaison.",
    body: SchoolLedgerBody,
    response: SchoolDetail,
    handler: schools.saveSchool,
  });
  units.change({
    suffix: '/classes',
    description: "Replaces the school's classes (name and size), the base of its sampling schedule.",
    body: SchoolClassesBody,
    response: SchoolDetail,
    handler: schools.saveClasses,
  });
  units.change({
    suffix: '/reports/today',
    description: "Files today's health report of the school (again the same day: replaces it).",
    body: SchoolReportBody,
    response: SchoolReport,
    handler: fileSchoolReport,
  });

  app.get(
    '/schools/:placeId/sampling',
    {
      config: { access: 'keyplace.read' },
      schema: {
        tags,
        description: 'Who of each class is tested on a day: a share of each class, in rotation.',
        params: UnitParams,
        querystring: SamplingQuery,
        response: { 200: SamplingDay },
      },
    },
    async (request) => samplingDay(db, actorOf(request), config.timeZone, request.params.placeId, request.query.day),
  );
};
