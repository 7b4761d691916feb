import { type Static, Type } from '@sinclair/typebox';
import { literals, Nullable, Paged } from '../../core/http/schema-helpers.ts';
import {
  Count,
  myUnits,
  Note,
  UnitMember,
  unitListQuery,
  unitReport,
  unitReportBody,
} from '../keyplaces/units.schema.ts';
import { RegionName } from '../registry/registry.schema.ts';
import { DateOnly, DateTime } from '../tracing/cases.schema.ts';
import { closedLoopStatuses, resumptionStatuses } from './vocabulary.ts';

/** One enterprise and its ledger; an enterprise never edited shows defaults (kept: false). */
export const EnterpriseLedger = Type.Object({
  id: Type.Integer(),
  code: Type.String(),
  name: Type.String(),
  grid: RegionName,
  kept: Type.Boolean(),
  headcount: Type.Integer(),
  workersBack: Type.Integer(),
  onDuty: Type.Integer(),
  /** 到岗率 = onDuty / headcount (null without a headcount). */
  attendanceRate: Nullable(Type.Number()),
  closedLoop: literals(closedLoopStatuses),
  dormitories: Type.Integer(),
  dormitoryPersons: Type.Integer(),
  canteenOpen: Type.Boolean(),
  staggeredMeals: Type.Boolean(),
  liaisonName: Nullable(Type.String()),
  /** Masked in lists (138****5678); in full on the detail. */
  liaisonPhone: Nullable(Type.String()),
  resumption: literals(resumptionStatuses),
  reportedToday: Type.Boolean(),
  updatedAt: Nullable(DateTime),
});
export type EnterpriseLedger = Static<typeof EnterpriseLedger>;

export const Resumption = Type.Object({
  id: Type.Integer(),
  status: literals(['requested', 'approved', 'rejected'] as const),
  requestNote: Nullable(Type.String()),
  requestedBy: Type.String(),
  requestedById: Type.Integer(),
  requestedAt: DateTime,
  decisionNote: Nullable(Type.String()),
  decidedBy: Nullable(Type.String()),
  decidedAt: Nullable(DateTime),
});
export type Resumption = Static<typeof Resumption>;

export const EnterpriseDetail = Type.Object({
  ledger: EnterpriseLedger,
  /** Accounts linked to the enterprise (place_member), liaison officers first. */
  members: Type.Array(UnitMember),
  resumptions: Type.Array(Resumption),
  /** The caller may edit the ledger and file its report (keeper of ledgers, or the unit's own liaison). */
  canEdit: Type.Boolean(),
});
export type EnterpriseDetail = Static<typeof EnterpriseDetail>;

export const EnterpriseListQuery = unitListQuery({
  closedLoop: Type.Optional(literals(closedLoopStatuses)),
  resumption: Type.Optional(literals(resumptionStatuses)),
});
export type EnterpriseListQuery = Static<typeof EnterpriseListQuery>;

export const EnterpriseList = Paged(EnterpriseLedger);

/** The whole ledger of an enterprise (a form sends every field). */
export const EnterpriseLedgerBody = Type.Object(
  {
    headcount: Count,
    workersBack: Count,
    onDuty: Count,
    closedLoop: literals(closedLoopStatuses),
    dormitories: Count,
    dormitoryPersons: Count,
    canteenOpen: Type.Boolean(),
    staggeredMeals: Type.Boolean(),
    liaisonName: Nullable(Type.String({ maxLength: 50 })),
    liaisonPhone: Nullable(Type.String({ maxLength: 20 })),
  },
  { additionalProperties: false },
);
export type EnterpriseLedgerBody = Static<typeof EnterpriseLedgerBody>;

export const ResumptionRequestBody = Type.Object({ note: Type.Optional(Note) }, { additionalProperties: false });
export const ResumptionDecisionBody = Type.Object(
  { approve: Type.Boolean(), note: Type.String({ minLength: 1, maxLength: 500 }) },
  { additionalProperties: false },
);
export type ResumptionDecisionBody = Static<typeof ResumptionDecisionBody>;

export const EnterpriseReportBody = unitReportBody({
  onDuty: Count,
  workersBack: Count,
  inClosedLoop: Count,
  symptomatic: Count,
  tested: Count,
});
export type EnterpriseReportBody = Static<typeof EnterpriseReportBody>;

export const EnterpriseReport = unitReport({
  onDuty: Type.Integer(),
  workersBack: Type.Integer(),
  inClosedLoop: Type.Integer(),
  symptomatic: Type.Integer(),
  tested: Type.Integer(),
});
export type EnterpriseReport = Static<typeof EnterpriseReport>;

/** One enterprise on a day: its report, or null when it has not reported. */
export const EnterpriseDayRow = Type.Object({
  id: Type.Integer(),
  code: Type.String(),
  name: Type.String(),
  grid: RegionName,
  headcount: Type.Integer(),
  closedLoop: literals(closedLoopStatuses),
  liaisonName: Nullable(Type.String()),
  report: Nullable(EnterpriseReport),
  attendanceRate: Nullable(Type.Number()),
});
export type EnterpriseDayRow = Static<typeof EnterpriseDayRow>;

export const EnterpriseDay = Type.Object({
  day: DateOnly,
  items: Type.Array(EnterpriseDayRow),
  totals: Type.Object({
    enterprises: Type.Integer(),
    reported: Type.Integer(),
    missing: Type.Integer(),
    headcount: Type.Integer(),
    onDuty: Type.Integer(),
    workersBack: Type.Integer(),
    symptomatic: Type.Integer(),
    tested: Type.Integer(),
    /** On duty over the headcount of the enterprises that reported. */
    attendanceRate: Nullable(Type.Number()),
  }),
});
export type EnterpriseDay = Static<typeof EnterpriseDay>;

export const MyEnterprises = myUnits(EnterpriseLedger, EnterpriseReport);
export type MyEnterprises = Static<typeof MyEnterprises>;
