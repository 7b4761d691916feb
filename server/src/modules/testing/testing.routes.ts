import { Type } from '@sinclair/typebox';
import { actorOf } from '../../core/auth/plugin.ts';
import { AppError } from '../../core/errors.ts';
import { auditContextOf } from '../../core/http/request-context.ts';
import { withUploadedLedger } from '../../core/http/upload.ts';
import type { ModuleRoutes } from '../../core/http/types.ts';
import * as boxes from './boxes.service.ts';
import * as campaigns from './campaigns.service.ts';
import * as keypost from './keypost.service.ts';
import { issuePersonalLink, personalPage } from './personal.service.ts';
import { progress } from './progress.service.ts';
import * as reconciliation from './reconciliation.service.ts';
import { resultChunks } from './results.file.ts';
import { FhirBundle, resultsOfBundle } from './results.fhir.ts';
import { ingestResults } from './results.service.ts';
import { ingestScans } from './scans.service.ts';
import {
  Box,
  BoxCodeParams,
  Campaign,
  CampaignParams,
  CoverageAnswer,
  CoverageQuery,
  CreateCampaignBody,
  CreatedCampaign,
  CreateKeypostGroupBody,
  ExemptionBody,
  GridQuery,
  HandOverBody,
  KeypostGroup,
  MissingBuildings,
  MissingPage,
  MissingQuery,
  OverdueQuery,
  OverdueWorker,
  PackBoxBody,
  PackBoxResult,
  PersonalLink,
  PersonalPage,
  Progress,
  ReceiveBoxBody,
  RegisterWorkersBody,
  RegisterWorkersResult,
  ResampleQuery,
  ResampleTask,
  ResidentParams,
  ResultBatchBody,
  ResultBatchResult,
  ScanBatchBody,
  ScanBatchResult,
  TokenParams,
} from './testing.schema.ts';

const tags = ['testing'];
const read = { access: 'testing.read' } as const;
const campaignReply = Type.Object({ campaign: Campaign });

export const testingRoutes: ModuleRoutes = (app, { db, config }) => {
  app.post(
    '/testing/campaigns',
    {
      config: { access: 'testing.manage' },
      schema: { tags, body: CreateCampaignBody, response: { 201: CreatedCampaign } },
    },
    async (request, reply) =>
      reply.code(201).send(await campaigns.createCampaign(db, actorOf(request), auditContextOf(request), request.body)),
  );

  app.get(
    '/testing/campaigns',
    { config: read, schema: { tags, response: { 200: Type.Object({ items: Type.Array(Campaign) }) } } },
    async (request) => ({ items: await campaigns.listCampaigns(db, actorOf(request)) }),
  );

  app.get(
    '/testing/sampling/rounds',
    {
      config: { access: 'testing.sample' },
      schema: {
        tags,
        description:
          "Open rounds touching the sampler's jurisdiction, with their points and tables: what a phone signs in to.",
        response: { 200: Type.Object({ items: Type.Array(Campaign) }) },
      },
    },
    async (request) => ({
      items: (await campaigns.listCampaigns(db, actorOf(request))).filter((c) => c.status === 'open'),
    }),
  );

  app.get(
    '/testing/campaigns/:campaignId',
    { config: read, schema: { tags, params: CampaignParams, response: { 200: campaignReply } } },
    async (request) => ({ campaign: await campaigns.getCampaign(db, actorOf(request), request.params.campaignId) }),
  );

  app.post(
    '/testing/campaigns/:campaignId/close',
    {
      config: { access: 'testing.manage' },
      schema: { tags, params: CampaignParams, response: { 200: campaignReply } },
    },
    async (request) => ({
      campaign: await campaigns.closeCampaign(db, actorOf(request), auditContextOf(request), request.params.campaignId),
    }),
  );

  app.post(
    '/testing/scans',
    {
      config: { access: 'testing.sample' },
      schema: {
        tags,
        description: 'Up to 1,000 scans of one sampling table; idempotent by scanId. Each scan gets an outcome.',
        body: ScanBatchBody,
        response: { 200: ScanBatchResult },
      },
    },
    async (request) => ingestScans(db, actorOf(request), auditContextOf(request), request.body),
  );

  app.post(
    '/testing/results',
    {
      config: { access: 'testing.lab' },
      schema: { tags, body: ResultBatchBody, response: { 200: ResultBatchResult } },
    },
    async (request) =>
      ingestResults(
        db,
        actorOf(request),
        auditContextOf(request),
        request.body.results.map((entry, i) => ({ ...entry, row: i + 1 })),
      ),
  );

  // FHIR clients send application/fhir+json: the same JSON, under its own media type.
  app.addContentTypeParser('application/fhir+json', { parseAs: 'string' }, (_request, body, done) => {
    try {
      done(null, JSON.parse(String(body)));
    } catch {
      done(new AppError('MALFORMED_BODY'), undefined);
    }
  });

  app.post(
    '/testing/results/fhir',
    {
      config: { access: 'testing.lab' },
      schema: {
        tags,
        description: 'Lab results as a FHIR R4 Bundle of Observations keyed by the tube barcode (specimen identifier).',
        body: FhirBundle,
        response: { 200: ResultBatchResult },
      },
    },
    async (request) => {
      const { entries, unreadable } = resultsOfBundle(request.body);
      const done = await ingestResults(db, actorOf(request), auditContextOf(request), entries);
      return { ...done, rejected: [...unreadable, ...done.rejected].sort((a, b) => a.row - b.row) };
    },
  );

  app.post(
    '/testing/results/upload',
    {
      config: { access: 'testing.lab' },
      schema: {
        tags,
        description: 'A lab result file (.xlsx or .csv): columns 试管编码 and 检测结果, optionally CT值 and 检测机构.',
        consumes: ['multipart/form-data'],
        response: { 200: ResultBatchResult },
      },
    },
    async (request) => {
      return withUploadedLedger(request, config, async (file) => {
        const total: ResultBatchResult = {
          recorded: 0,
          unchanged: 0,
          rejected: [],
          positivePools: 0,
          resampleTasks: 0,
        };
        for await (const chunk of resultChunks(file, config.timeZone)) {
          const done = await ingestResults(db, actorOf(request), auditContextOf(request), chunk.entries);
          total.recorded += done.recorded;
          total.unchanged += done.unchanged;
          total.positivePools += done.positivePools;
          total.resampleTasks += done.resampleTasks;
          total.rejected.push(...chunk.unreadable, ...done.rejected);
        }
        total.rejected.sort((a, b) => a.row - b.row);
        return total;
      });
    },
  );

  app.get(
    '/testing/campaigns/:campaignId/coverage',
    {
      config: read,
      schema: { tags, params: CampaignParams, querystring: CoverageQuery, response: { 200: CoverageAnswer } },
    },
    async (request) => reconciliation.coverage(db, actorOf(request), request.params.campaignId, request.query.regionId),
  );

  app.get(
    '/testing/campaigns/:campaignId/missing',
    {
      config: read,
      schema: { tags, params: CampaignParams, querystring: MissingQuery, response: { 200: MissingPage } },
    },
    async (request) => reconciliation.missingResidents(db, actorOf(request), request.params.campaignId, request.query),
  );

  app.get(
    '/testing/campaigns/:campaignId/missing-by-building',
    {
      config: read,
      schema: { tags, params: CampaignParams, querystring: GridQuery, response: { 200: MissingBuildings } },
    },
    async (request) =>
      reconciliation.missingByBuilding(db, actorOf(request), request.params.campaignId, request.query.gridId),
  );

  app.post(
    '/testing/campaigns/:campaignId/exemptions',
    { config: { access: 'testing.exempt' }, schema: { tags, params: CampaignParams, body: ExemptionBody } },
    async (request, reply) => {
      await reconciliation.exempt(
        db,
        actorOf(request),
        auditContextOf(request),
        request.params.campaignId,
        request.body,
      );
      return reply.code(204).send();
    },
  );

  app.get(
    '/testing/campaigns/:campaignId/resamples',
    {
      config: read,
      schema: {
        tags,
        params: CampaignParams,
        querystring: ResampleQuery,
        response: { 200: Type.Object({ items: Type.Array(ResampleTask), total: Type.Integer() }) },
      },
    },
    async (request) => reconciliation.resampleList(db, actorOf(request), request.params.campaignId, request.query),
  );

  app.get(
    '/testing/campaigns/:campaignId/missing.xlsx',
    {
      config: read,
      schema: {
        tags,
        description: "One grid's residents not yet sampled, as .xlsx for door-knocking (masked).",
        params: CampaignParams,
        querystring: Type.Object({ gridId: Type.Integer({ minimum: 1 }) }, { additionalProperties: false }),
      },
    },
    async (request, reply) => {
      const { campaignId } = request.params;
      const file = await reconciliation.missingWorkbook(db, actorOf(request), campaignId, request.query.gridId);
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`)
        .send(file.content);
    },
  );

  app.get(
    '/testing/campaigns/:campaignId/progress',
    { config: read, schema: { tags, params: CampaignParams, response: { 200: Progress } } },
    async (request) => progress(db, actorOf(request), request.params.campaignId),
  );

  app.post(
    '/testing/boxes',
    {
      config: { access: 'testing.sample' },
      schema: { tags, body: PackBoxBody, response: { 201: PackBoxResult } },
    },
    async (request, reply) =>
      reply.code(201).send(await boxes.packBox(db, actorOf(request), auditContextOf(request), request.body)),
  );

  app.post(
    '/testing/boxes/:code/handover',
    {
      config: { access: 'testing.sample' },
      schema: { tags, params: BoxCodeParams, body: HandOverBody, response: { 200: Type.Object({ box: Box }) } },
    },
    async (request) => ({
      box: await boxes.advanceBox(db, auditContextOf(request), request.params.code, request.body),
    }),
  );

  app.post(
    '/testing/boxes/:code/receive',
    {
      config: { access: 'testing.lab' },
      schema: { tags, params: BoxCodeParams, body: ReceiveBoxBody, response: { 200: Type.Object({ box: Box }) } },
    },
    async (request) => ({
      box: await boxes.advanceBox(db, auditContextOf(request), request.params.code, request.body),
    }),
  );

  app.get(
    '/testing/personal-links/:residentId',
    {
      config: { access: 'registry.read_full' },
      schema: { tags, params: ResidentParams, response: { 200: PersonalLink } },
    },
    async (request) => issuePersonalLink(db, actorOf(request), auditContextOf(request), request.params.residentId),
  );

  app.get(
    '/testing/me/:token',
    {
      config: { access: 'public' },
      schema: {
        tags,
        description: "A resident's own page, reached by the signed link alone (no account).",
        params: TokenParams,
        response: { 200: PersonalPage },
      },
    },
    async (request) => personalPage(db, auditContextOf(request), request.params.token),
  );

  app.get(
    '/testing/keypost/groups',
    {
      config: read,
      schema: { tags, response: { 200: Type.Object({ items: Type.Array(KeypostGroup) }) } },
    },
    async () => ({ items: await keypost.listGroups(db) }),
  );

  app.post(
    '/testing/keypost/groups',
    {
      config: { access: 'testing.manage' },
      schema: { tags, body: CreateKeypostGroupBody, response: { 200: KeypostGroup } },
    },
    async (request) => keypost.createGroup(db, auditContextOf(request), request.body),
  );

  app.post(
    '/testing/keypost/workers',
    {
      config: { access: 'testing.manage' },
      schema: { tags, body: RegisterWorkersBody, response: { 200: RegisterWorkersResult } },
    },
    async (request) => keypost.registerWorkers(db, actorOf(request), auditContextOf(request), request.body),
  );

  app.get(
    '/testing/keypost/overdue',
    {
      config: read,
      schema: {
        tags,
        querystring: OverdueQuery,
        response: { 200: Type.Object({ items: Type.Array(OverdueWorker), total: Type.Integer() }) },
      },
    },
    async (request) => keypost.overdueWorkers(db, actorOf(request), request.query),
  );

  app.get(
    '/testing/keypost/overdue.xlsx',
    {
      config: read,
      schema: {
        tags,
        description: 'The overdue key-post workers as .xlsx (masked).',
        querystring: Type.Omit(OverdueQuery, ['page', 'pageSize']),
      },
    },
    async (request, reply) =>
      reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent('重点岗位逾期未检.xlsx')}`)
        .send(await keypost.overdueWorkbook(db, actorOf(request), request.query)),
  );
};
