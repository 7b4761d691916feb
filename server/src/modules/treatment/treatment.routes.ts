import { Type } from '@sinclair/typebox';
import { actorOf } from '../../core/auth/plugin.ts';
import { auditContextOf } from '../../core/http/request-context.ts';
import type { ModuleRoutes } from '../../core/http/types.ts';
import {
  AdmissibleCase,
  AdmissionDetail,
  AdmissionListItem,
  AdmissionListQuery,
  AdmissionParams,
  AdmitBody,
  CaseSearchQuery,
  DischargeBody,
  PendingTransfer,
  PlanBody,
  SeverityBody,
} from './admissions.schema.ts';
import * as admissions from './admissions.service.ts';
import { Hospital, HospitalList, HospitalListQuery, HospitalParams, SetBedsBody } from './hospitals.schema.ts';
import * as hospitals from './hospitals.service.ts';
import { RatesQuery, RatesReply } from './rates.schema.ts';
import { fourRates } from './rates.service.ts';
import { pendingTransfers } from './transfers.service.ts';

const tags = ['treatment'];
const read = { access: 'treatment.read' } as const;
const manage = { access: 'treatment.manage' } as const;
const page = (item: Parameters<typeof Type.Array>[0]) =>
  Type.Object({ items: Type.Array(item), total: Type.Integer(), page: Type.Integer(), pageSize: Type.Integer() });

/** 医疗救治: designated hospitals and their beds, admissions of cases, and the four rates. */
export const treatmentRoutes: ModuleRoutes = (app, { db, config }) => {
  app.get(
    '/treatment/hospitals',
    { config: read, schema: { tags, querystring: HospitalListQuery, response: { 200: HospitalList } } },
    async (request) => hospitals.listHospitals(db, actorOf(request), request.query),
  );

  app.put(
    '/treatment/hospitals/:hospitalId/beds',
    {
      config: manage,
      schema: {
        tags,
        description: 'Sets the beds of each level; a level never shrinks below the patients in it.',
        params: HospitalParams,
        body: SetBedsBody,
        response: { 200: Hospital },
      },
    },
    async (request) =>
      hospitals.setBeds(db, actorOf(request), auditContextOf(request), request.params.hospitalId, request.body),
  );

  app.get(
    '/treatment/admissions',
    { config: read, schema: { tags, querystring: AdmissionListQuery, response: { 200: page(AdmissionListItem) } } },
    async (request) => admissions.listAdmissions(db, actorOf(request), request.query),
  );

  app.post(
    '/treatment/admissions',
    {
      config: manage,
      schema: {
        tags,
        description: 'Admits a case to a free bed of a level; one active admission per case.',
        body: AdmitBody,
        response: { 201: AdmissionDetail },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await admissions.admit(db, actorOf(request), auditContextOf(request), request.body)),
  );

  app.get(
    '/treatment/admissions/:admissionId',
    { config: read, schema: { tags, params: AdmissionParams, response: { 200: AdmissionDetail } } },
    async (request) =>
      admissions.getAdmission(db, actorOf(request), auditContextOf(request), request.params.admissionId),
  );

  app.post(
    '/treatment/admissions/:admissionId/severity',
    {
      config: manage,
      schema: { tags, params: AdmissionParams, body: SeverityBody, response: { 200: AdmissionDetail } },
    },
    async (request) =>
      admissions.recordSeverity(
        db,
        actorOf(request),
        auditContextOf(request),
        request.params.admissionId,
        request.body,
      ),
  );

  app.put(
    '/treatment/admissions/:admissionId/plan',
    {
      config: manage,
      schema: {
        tags,
        description: 'Saves the per-patient plan (一人一策) as a new version.',
        params: AdmissionParams,
        body: PlanBody,
        response: { 200: AdmissionDetail },
      },
    },
    async (request) =>
      admissions.revisePlan(
        db,
        actorOf(request),
        auditContextOf(request),
        request.params.admissionId,
        request.body.text,
      ),
  );

  app.post(
    '/treatment/admissions/:admissionId/discharge',
    {
      config: manage,
      schema: { tags, params: AdmissionParams, body: DischargeBody, response: { 200: AdmissionDetail } },
    },
    async (request) =>
      admissions.discharge(db, actorOf(request), auditContextOf(request), request.params.admissionId, request.body),
  );

  app.get(
    '/treatment/cases',
    {
      config: manage,
      schema: {
        tags,
        description: 'Cases of the jurisdiction to admit (name prefix, case code or full ID number), masked.',
        querystring: CaseSearchQuery,
        response: { 200: Type.Object({ items: Type.Array(AdmissibleCase) }) },
      },
    },
    async (request) => ({ items: await admissions.searchCases(db, actorOf(request), request.query.q) }),
  );

  app.get(
    '/treatment/transfers',
    {
      config: read,
      schema: {
        tags,
        description: 'Quarantined persons sent to hospital and not admitted yet, with their case if one exists.',
        response: { 200: Type.Object({ items: Type.Array(PendingTransfer) }) },
      },
    },
    async (request) => ({ items: await pendingTransfers(db, actorOf(request)) }),
  );

  app.get(
    '/treatment/rates',
    {
      config: read,
      schema: {
        tags,
        description:
          'The four rates (收治率, 治愈率, 感染率, 病亡率) with their formulas, now and per day, and 社会面清零.',
        querystring: RatesQuery,
        response: { 200: RatesReply },
      },
    },
    async (request) => fourRates(db, actorOf(request), config.timeZone, request.query),
  );
};
