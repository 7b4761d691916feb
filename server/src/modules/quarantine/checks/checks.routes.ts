import { Type } from '@sinclair/typebox';
import { actorOf } from '../../../core/auth/plugin.ts';
import { auditContextOf } from '../../../core/http/request-context.ts';
import type { App, ModuleDeps, ModuleRoutes } from '../../../core/http/types.ts';
import { QuarantineParams } from '../quarantines.schema.ts';
import { SiteParams } from '../sites.schema.ts';
import { alertRoutes } from './alerts.routes.ts';
import * as checks from './checks.service.ts';
import {
  CheckLink,
  CheckSheet,
  DayQuery,
  MissedCheck,
  RecordChecksBody,
  RecordChecksReply,
  RecordedCheck,
  SelfCheckBody,
  SelfCheckView,
  SiteDayQuery,
  TokenParams,
} from './checks.schema.ts';
import { issueCheckLink, selfCheck, selfCheckView } from './self-check.service.ts';
import { testRoutes } from './tests.routes.ts';

const tags = ['quarantine'];
const record = { access: 'healthcheck.record' } as const;
const read = { access: 'quarantine.read' } as const;
/** Self-checks a minute from one address: a household's phones, never a flood. */
const SELF_CHECKS_PER_MINUTE = 10;

function healthCheckRoutes(app: App, { db, config }: ModuleDeps) {
  app.post(
    '/health-checks',
    {
      config: record,
      schema: {
        tags,
        description:
          'A batch of up to 500 checks (temperature and symptoms). Each is stored in its slot of the day, refused ' +
          'with a reason, or recognised as a duplicate of a check id already stored. A fever raises an alert.',
        body: RecordChecksBody,
        response: { 200: RecordChecksReply },
      },
    },
    async (request) =>
      checks.recordChecks(db, actorOf(request), auditContextOf(request), config.timeZone, request.body),
  );

  app.get(
    '/isolation-sites/:siteId/check-sheet',
    {
      config: record,
      schema: { tags, params: SiteParams, querystring: DayQuery, response: { 200: CheckSheet } },
    },
    async (request) =>
      checks.checkSheet(db, actorOf(request), config.timeZone, request.params.siteId, request.query.date),
  );

  app.get(
    '/health-checks/missed',
    {
      config: read,
      schema: {
        tags,
        description: 'Checks past their time and missing (morning by 12:00, afternoon by 20:00, local time).',
        querystring: SiteDayQuery,
        response: { 200: Type.Object({ items: Type.Array(MissedCheck) }) },
      },
    },
    async (request) => ({ items: await checks.listMissed(db, actorOf(request), config.timeZone, request.query) }),
  );

  app.get(
    '/quarantines/:quarantineId/health-checks',
    {
      config: read,
      schema: { tags, params: QuarantineParams, response: { 200: Type.Object({ items: Type.Array(RecordedCheck) }) } },
    },
    async (request) => ({ items: await checks.quarantineChecks(db, actorOf(request), request.params.quarantineId) }),
  );
}

function selfCheckRoutes(app: App, { db, config }: ModuleDeps) {
  app.get(
    '/quarantines/:quarantineId/check-link',
    { config: record, schema: { tags, params: QuarantineParams, response: { 200: CheckLink } } },
    async (request) => issueCheckLink(db, actorOf(request), auditContextOf(request), request.params.quarantineId),
  );

  app.get(
    '/public/health-checks/:token',
    {
      config: { access: 'public', rateLimit: { max: SELF_CHECKS_PER_MINUTE * 3, timeWindow: '1 minute' } },
      schema: {
        tags,
        security: [],
        description: "A quarantined person's own check page, by the signed link alone: masked name, today's slots.",
        params: TokenParams,
        response: { 200: SelfCheckView },
      },
    },
    async (request) => selfCheckView(db, config.timeZone, request.params.token),
  );

  app.post(
    '/public/health-checks/:token',
    {
      config: { access: 'public', rateLimit: { max: SELF_CHECKS_PER_MINUTE, timeWindow: '1 minute' } },
      schema: {
        tags,
        security: [],
        description: 'The person records their own temperature and symptoms for the present slot.',
        params: TokenParams,
        body: SelfCheckBody,
        response: { 200: SelfCheckView },
      },
    },
    async (request) => selfCheck(db, auditContextOf(request), config.timeZone, request.params.token, request.body),
  );
}

/** Daily health checks, self-checks by signed link, alerts with transfer to hospital, and test schedules. */
export const quarantineCheckRoutes: ModuleRoutes = (app, deps) => {
  healthCheckRoutes(app, deps);
  selfCheckRoutes(app, deps);
  alertRoutes(app, deps);
  testRoutes(app, deps);
};
