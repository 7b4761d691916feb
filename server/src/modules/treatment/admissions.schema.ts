import { type Static, Type } from '@sinclair/typebox';
import { literals, Nullable } from '../../core/http/schema-helpers.ts';
import { RegionName } from '../registry/registry.schema.ts';
import { DateTime, Id } from '../tracing/cases.schema.ts';
import { classifications } from '../tracing/vocabulary.ts';
import { bedLevels, outcomes, severities } from './vocabulary.ts';

export const AdmissionParams = Type.Object({ admissionId: Id });
const Note = Type.String({ maxLength: 2000 });

export const AdmitBody = Type.Object(
  {
    caseId: Id,
    hospitalId: Id,
    bedLevel: literals(bedLevels),
    severity: literals(severities),
    /** When the patient was admitted; now when absent. */
    admittedAt: Type.Optional(DateTime),
    /** The transfer from quarantine this admission receives (it is then no longer pending). */
    transferId: Type.Optional(Id),
  },
  { additionalProperties: false },
);
export type AdmitBody = Static<typeof AdmitBody>;

export const SeverityBody = Type.Object(
  {
    severity: literals(severities),
    /** When the severity was assessed; now when absent. */
    at: Type.Optional(DateTime),
    note: Type.Optional(Note),
    /** Moves the patient to a bed of this level (a free one must exist). */
    bedLevel: Type.Optional(literals(bedLevels)),
  },
  { additionalProperties: false },
);
export type SeverityBody = Static<typeof SeverityBody>;

export const PlanBody = Type.Object(
  { text: Type.String({ minLength: 1, maxLength: 4000, pattern: '\\S' }) },
  { additionalProperties: false },
);
export type PlanBody = Static<typeof PlanBody>;

export const DischargeBody = Type.Object(
  {
    outcome: literals(outcomes),
    /** When the patient left (or died); now when absent. */
    at: Type.Optional(DateTime),
    /** Required for a death. */
    note: Type.Optional(Note),
  },
  { additionalProperties: false },
);
export type DischargeBody = Static<typeof DischargeBody>;

/** The case of an admission; the ID number masked in lists. */
export const AdmittedCase = Type.Object({
  id: Type.Integer(),
  code: Type.String(),
  name: Type.String(),
  idNumber: Type.String(),
  classification: literals(classifications),
});

const Named = Type.Object({ id: Type.Integer(), name: Type.String() });

export const AdmissionListItem = Type.Object({
  id: Type.Integer(),
  case: AdmittedCase,
  hospital: Named,
  bedLevel: literals(bedLevels),
  severity: literals(severities),
  admittedAt: DateTime,
  outcome: Nullable(literals(outcomes)),
  dischargedAt: Nullable(DateTime),
});
export type AdmissionListItem = Static<typeof AdmissionListItem>;

export const AdmissionListQuery = Type.Object(
  {
    status: Type.Optional(literals(['active', 'ended'] as const)),
    hospitalId: Type.Optional(Id),
    /** Name prefix, case code or full ID number. */
    q: Type.Optional(Type.String({ maxLength: 50 })),
    page: Type.Integer({ minimum: 1, default: 1 }),
    pageSize: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
  },
  { additionalProperties: false },
);
export type AdmissionListQuery = Static<typeof AdmissionListQuery>;

export const SeverityEntry = Type.Object({
  severity: literals(severities),
  bedLevel: literals(bedLevels),
  at: DateTime,
  note: Nullable(Type.String()),
  by: Nullable(Type.String()),
});

export const PlanVersion = Type.Object({
  version: Type.Integer(),
  text: Type.String(),
  author: Nullable(Type.String()),
  at: DateTime,
});

export const AdmissionDetail = Type.Composite([
  AdmissionListItem,
  Type.Object({
    /** The case in full for users who may read identifiers in full; every read is audited. */
    patient: Type.Object({
      phone: Nullable(Type.String()),
      region: Nullable(RegionName),
      foundAt: DateTime,
      treatedAt: Nullable(DateTime),
    }),
    admittedBy: Nullable(Type.String()),
    dischargeNote: Nullable(Type.String()),
    dischargedBy: Nullable(Type.String()),
    transferId: Nullable(Type.Integer()),
    severities: Type.Array(SeverityEntry),
    plans: Type.Array(PlanVersion),
  }),
]);
export type AdmissionDetail = Static<typeof AdmissionDetail>;

export const CaseSearchQuery = Type.Object(
  { q: Type.String({ minLength: 1, maxLength: 50 }) },
  { additionalProperties: false },
);

/** A case a hospital may admit, with its active admission if it has one. */
export const AdmissibleCase = Type.Object({
  id: Type.Integer(),
  code: Type.String(),
  name: Type.String(),
  idNumber: Type.String(),
  classification: literals(classifications),
  region: Nullable(RegionName),
  foundAt: DateTime,
  activeAdmissionId: Nullable(Type.Integer()),
});
export type AdmissibleCase = Static<typeof AdmissibleCase>;

/** A quarantined person sent to hospital and not yet admitted, with the case they are, if any. */
export const PendingTransfer = Type.Object({
  id: Type.Integer(),
  quarantineId: Type.Integer(),
  name: Type.String(),
  idNumber: Nullable(Type.String()),
  hospital: Named,
  reason: Type.String(),
  requestedAt: DateTime,
  /** Null: no case of this person yet; the tracing group opens it before the admission. */
  case: Nullable(Type.Object({ id: Type.Integer(), code: Type.String(), classification: literals(classifications) })),
});
export type PendingTransfer = Static<typeof PendingTransfer>;
