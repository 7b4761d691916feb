import { actorOf } from '../../core/auth/plugin.ts';
import { auditContextOf } from '../../core/http/request-context.ts';
import type { ModuleRoutes } from '../../core/http/types.ts';
import { sendWorkbook } from '../enterprises/workbook.ts';
import { fileSchoolReport, samplingDay, schoolDay } from './reports.service.ts';
import { schoolDayWorkbook } from './reports.workbook.ts';
import {
  DayQuery,
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
  UnitParams,
} from './schools.schema.ts';
import * as schools from './schools.service.ts';

const tags = ['schools'];
// Reading needs keyplace.read; a write is open to keepers of ledgers (keyplace.manage, within the
// jurisdiction) and to the school's own liaison (keyplace.report): the service decides which.
const read = { access: 'keyplace.read' } as const;

/** 学校: the ledger of schools, their classes, daily health reports and sampling schedule. */
export const schoolRoutes: ModuleRoutes = (app, { db, config }) => {
  const tz = config.timeZone;

  app.get(
    '/schools',
    { config: read, schema: { tags, querystring: SchoolListQuery, response: { 200: SchoolList } } },
    async (request) => schools.listSchools(db, actorOf(request), tz, request.query),
  );

  app.get(
    '/schools/mine',
    {
      config: read,
      schema: { tags, description: "The caller's own schools with today's report.", response: { 200: MySchools } },
    },
    async (request) => schools.mySchools(db, actorOf(request), tz),
  );

  app.get(
    '/schools/reports',
    {
      config: read,
      schema: {
        tags,
        description: 'Every school of a region on a day with its health report or none, and the totals.',
        querystring: DayQuery,
        response: { 200: SchoolDay },
      },
    },
    async (request) => schoolDay(db, actorOf(request), tz, request.query),
  );

  app.get(
    '/schools/reports.xlsx',
    { config: read, schema: { tags, description: "The day's school ledger.", querystring: DayQuery } },
    async (request, reply) =>
      sendWorkbook(reply, await schoolDayWorkbook(db, actorOf(request), auditContextOf(request), tz, request.query)),
  );

  app.get(
    '/schools/:placeId',
    { config: read, schema: { tags, params: UnitParams, response: { 200: SchoolDetail } } },
    async (request) => schools.getSchool(db, actorOf(request), tz, request.params.placeId),
  );

  app.put(
    '/schools/:placeId',
    {
      config: read,
      schema: {
        tags,
        description: "Saves the school's ledger: a keeper of ledgers, or the school's own liaison.",
        params: UnitParams,
        body: SchoolLedgerBody,
        response: { 200: SchoolDetail },
      },
    },
    async (request) =>
      schools.saveSchool(db, actorOf(request), auditContextOf(request), tz, request.params.placeId, request.body),
  );

  app.put(
    '/schools/:placeId/classes',
    {
      config: read,
      schema: {
        tags,
        description: "Replaces the school's classes (name and size), the base of its sampling schedule.",
        params: UnitParams,
        body: SchoolClassesBody,
        response: { 200: SchoolDetail },
      },
    },
    async (request) =>
      schools.saveClasses(db, actorOf(request), auditContextOf(request), tz, request.params.placeId, request.body),
  );

  app.put(
    '/schools/:placeId/reports/today',
    {
      config: read,
      schema: {
        tags,
        description: "Files today's health report of the school (again the same day: replaces it).",
        params: UnitParams,
        body: SchoolReportBody,
        response: { 200: SchoolReport },
      },
    },
    async (request) =>
      fileSchoolReport(db, actorOf(request), auditContextOf(request), tz, request.params.placeId, request.body),
  );

  app.get(
    '/schools/:placeId/sampling',
    {
      config: read,
      schema: {
        tags,
        description: 'Who of each class is tested on a day: a share of each class, in rotation.',
        params: UnitParams,
        querystring: SamplingQuery,
        response: { 200: SamplingDay },
      },
    },
    async (request) => samplingDay(db, actorOf(request), tz, request.params.placeId, request.query.day),
  );
};
