import { type Static, Type } from '@sinclair/typebox';
import { literals, Nullable, Reason } from '../../core/http/schema-helpers.ts';
import { RegionName, ResidentListItem } from '../registry/registry.schema.ts';
import { TracingRules } from './rules.ts';
import { classifications, foundVias, milestones } from './vocabulary.ts';

export const Id = Type.Integer({ minimum: 1 });
export const DateTime = Type.String({ format: 'date-time' });
export const DateOnly = Type.String({ format: 'date' });
/** An 18-digit resident ID number, or a passport-like document number of a traveller. */
export const DocumentNumber = Type.String({ pattern: '^[0-9A-Za-z]{6,20}$' });
export const Phone = Type.String({ minLength: 5, maxLength: 20 });

export const CaseParams = Type.Object({ caseId: Id });

/** Who a new case or contact is: found in the registry by ID number, else placed in a region of the caller. */
const PersonFields = {
  idNumber: DocumentNumber,
  name: Type.String({ minLength: 1, maxLength: 50 }),
  phone: Type.Optional(Phone),
  /** Where a person missing from the registry belongs (their address's grid or community). */
  regionId: Type.Optional(Id),
};

export const CreateCaseBody = Type.Object(
  {
    ...PersonFields,
    classification: literals(classifications),
    foundVia: literals(foundVias),
    onsetDate: Type.Optional(DateOnly),
    sampledAt: Type.Optional(DateTime),
    /** When the case became known; now when absent. */
    foundAt: Type.Optional(DateTime),
    /** The contact record this person was when found (a contact turned case): links the chain. */
    fromContactId: Type.Optional(Id),
    note: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  { additionalProperties: false },
);
export type CreateCaseBody = Static<typeof CreateCaseBody>;

export const CaseFromPositiveBody = Type.Object(
  {
    residentId: Id,
    /** The barcode of the positive tube (a single tube, or the pool the person was in). */
    tube: Type.String({ pattern: '^[0-9A-Za-z-]{4,40}$' }),
    classification: literals(classifications),
    onsetDate: Type.Optional(DateOnly),
  },
  { additionalProperties: false },
);
export type CaseFromPositiveBody = Static<typeof CaseFromPositiveBody>;

export const Timer = Type.Object({
  key: literals(['report', 'onSite', 'coreFacts', 'investigationReport'] as const),
  startedAt: Nullable(DateTime),
  dueAt: Nullable(DateTime),
  doneAt: Nullable(DateTime),
  /** waiting: its start is not reached; running/overdue: not done, before/after due; done/late: done in/after time. */
  state: literals(['waiting', 'running', 'overdue', 'done', 'late'] as const),
});
export type Timer = Static<typeof Timer>;

export const CaseListItem = Type.Object({
  id: Type.Integer(),
  code: Type.String(),
  name: Type.String(),
  idNumber: Type.String(),
  classification: literals(classifications),
  foundVia: literals(foundVias),
  region: Nullable(RegionName),
  onsetDate: Nullable(DateOnly),
  foundAt: DateTime,
  reportedAt: Nullable(DateTime),
  contacts: Type.Integer(),
  /** Timers past due, done late or not. */
  breached: Type.Array(Type.String()),
  cluster: Nullable(RegionName),
  generation: Nullable(Type.Integer()),
});
export type CaseListItem = Static<typeof CaseListItem>;

export const CaseListQuery = Type.Object(
  {
    classification: Type.Optional(literals(classifications)),
    foundVia: Type.Optional(literals(foundVias)),
    clusterId: Type.Optional(Id),
    q: Type.Optional(Type.String({ maxLength: 50 })),
    page: Type.Integer({ minimum: 1, default: 1 }),
    pageSize: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
  },
  { additionalProperties: false },
);
export type CaseListQuery = Static<typeof CaseListQuery>;

export const CaseDetail = Type.Object({
  id: Type.Integer(),
  code: Type.String(),
  residentId: Nullable(Type.Integer()),
  name: Type.String(),
  /** In full for users who may read identifiers in full; each such read is audited. */
  idNumber: Type.String(),
  phone: Nullable(Type.String()),
  region: Nullable(RegionName),
  classification: literals(classifications),
  foundVia: literals(foundVias),
  onsetDate: Nullable(DateOnly),
  sampledAt: Nullable(DateTime),
  foundAt: DateTime,
  milestones: Type.Record(Type.String(), Nullable(DateTime)),
  timers: Type.Array(Timer),
  sourceTube: Nullable(Type.String()),
  fromContactId: Nullable(Type.Integer()),
  protocol: Type.Object({ id: Type.Integer(), name: Type.String(), version: Type.Integer() }),
  cluster: Nullable(RegionName),
  generation: Nullable(Type.Integer()),
  note: Nullable(Type.String()),
  history: Type.Array(
    Type.Object({
      classification: literals(classifications),
      reason: Nullable(Type.String()),
      by: Nullable(Type.String()),
      at: DateTime,
    }),
  ),
  counts: Type.Object({ contacts: Type.Integer(), underMeasure: Type.Integer(), openSuggestions: Type.Integer() }),
  createdAt: DateTime,
});
export type CaseDetail = Static<typeof CaseDetail>;

export const ClassifyBody = Type.Object(
  { classification: literals(classifications), reason: Reason },
  { additionalProperties: false },
);

export const MilestoneBody = Type.Object(
  { milestone: literals(milestones), at: Type.Optional(DateTime) },
  { additionalProperties: false },
);

export const UpdateCaseBody = Type.Object(
  {
    onsetDate: Type.Optional(Nullable(DateOnly)),
    phone: Type.Optional(Nullable(Phone)),
    note: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateCaseBody = Static<typeof UpdateCaseBody>;

export const Golden24Item = Type.Object({
  caseId: Type.Integer(),
  code: Type.String(),
  name: Type.String(),
  reportedAt: DateTime,
  hoursSinceReport: Type.Number(),
  contacts: Type.Integer(),
  underMeasure: Type.Integer(),
  /** Contacts under a measure within the limit after the report, over all contacts (1 when there are none). */
  shareInTime: Type.Number(),
  /** The limit has passed and some contact was not under a measure within it. */
  breaching: Type.Boolean(),
});

/** A person of a positive tube of mass testing (alone in it, or a member of a positive pool), with their case. */
export const Positive = Type.Object({
  resident: ResidentListItem,
  campaign: Type.Object({ id: Type.Integer(), name: Type.String() }),
  tube: Type.String(),
  kind: literals(['single_positive', 'pool_member'] as const),
  sampledAt: DateTime,
  resultAt: DateTime,
  caseId: Nullable(Type.Integer()),
});
export type Positive = Static<typeof Positive>;

export const RulesReply = Type.Object({
  protocol: Type.Object({ id: Type.Integer(), name: Type.String(), version: Type.Integer() }),
  rules: TracingRules,
});
