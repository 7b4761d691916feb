import { type Static, Type } from '@sinclair/typebox';
import { literals, Nullable } from '../../core/http/schema-helpers.ts';
import { DateOnly, DateTime, Id } from '../tracing/cases.schema.ts';
import { checkpointActions, directions, entryRejections, healthCodes, testProofs, vehicleKinds } from './vocabulary.ts';

const Text = (maxLength: number) => Type.String({ maxLength });

/** A person of an entry whose name was taken; ID number and phone when they were shown. */
export const EntryPerson = Type.Object(
  { name: Text(50), idNumber: Type.Optional(Text(40)), phone: Type.Optional(Text(30)) },
  { additionalProperties: false },
);
export type EntryPerson = Static<typeof EntryPerson>;

/** One vehicle or walk-in, as the phone recorded it. */
export const EntryInput = Type.Object(
  {
    /** Made by the phone (UUID): sending the same entry again stores it once. */
    entryId: Type.String({ format: 'uuid' }),
    checkpointId: Id,
    at: DateTime,
    direction: literals(directions),
    /** Required for cars, buses and trucks; none for walk-ins. */
    plate: Type.Optional(Nullable(Text(16))),
    vehicleKind: literals(vehicleKinds),
    origin: Type.Optional(Text(100)),
    destination: Type.Optional(Text(100)),
    persons: Type.Integer({ minimum: 1, maximum: 200 }),
    people: Type.Optional(Type.Array(EntryPerson, { maxItems: 50 })),
    healthCode: literals(healthCodes),
    testProof: literals(testProofs),
    action: literals(checkpointActions),
    note: Type.Optional(Text(500)),
  },
  { additionalProperties: false },
);
export type EntryInput = Static<typeof EntryInput>;

export const EntryBatch = Type.Object(
  { entries: Type.Array(EntryInput, { minItems: 1, maxItems: 500 }) },
  { additionalProperties: false },
);
export type EntryBatch = Static<typeof EntryBatch>;

/** A refused entry: its position in the batch (from 1), the field and why. */
export const EntryRefusal = Type.Object({
  row: Type.Integer(),
  entryId: Type.String(),
  field: Type.String(),
  reason: literals(entryRejections),
});
export type EntryRefusal = Static<typeof EntryRefusal>;

export const EntryBatchReply = Type.Object({
  created: Type.Integer(),
  duplicates: Type.Integer(),
  /** What became of each entry of the batch, in order: stored now, stored before, or refused. */
  outcomes: Type.Array(
    Type.Object({ entryId: Type.String(), status: literals(['created', 'duplicate', 'rejected'] as const) }),
  ),
  rejected: Type.Array(EntryRefusal),
});
export type EntryBatchReply = Static<typeof EntryBatchReply>;

export const CheckpointPlace = Type.Object({
  id: Type.Integer(),
  code: Type.String(),
  name: Type.String(),
  grid: Type.Object({ id: Type.Integer(), name: Type.String() }),
  /** Whether the caller may record entries here. */
  canRecord: Type.Boolean(),
});
export type CheckpointPlace = Static<typeof CheckpointPlace>;

/** Days are calendar days of the platform's zone; both ends included; today when absent. */
export const EntryFilter = Type.Object(
  {
    checkpointId: Type.Optional(Id),
    from: Type.Optional(DateOnly),
    to: Type.Optional(DateOnly),
    direction: Type.Optional(literals(directions)),
    action: Type.Optional(literals(checkpointActions)),
    vehicleKind: Type.Optional(literals(vehicleKinds)),
    /** A plate or its beginning (粤B1). */
    plate: Type.Optional(Type.String({ minLength: 1, maxLength: 16 })),
  },
  { additionalProperties: false },
);
export type EntryFilter = Static<typeof EntryFilter>;

export const EntryQuery = Type.Composite([
  EntryFilter,
  Type.Object({
    page: Type.Integer({ minimum: 1, default: 1 }),
    pageSize: Type.Integer({ minimum: 1, maximum: 200, default: 20 }),
  }),
]);
export type EntryQuery = Static<typeof EntryQuery>;

/** An entry: ID numbers and phones masked in lists, in full in the audited view of one entry. */
export const Entry = Type.Object({
  id: Type.Integer(),
  entryId: Type.String(),
  checkpoint: Type.Object({ id: Type.Integer(), name: Type.String() }),
  at: Type.String(),
  direction: literals(directions),
  plate: Nullable(Type.String()),
  vehicleKind: literals(vehicleKinds),
  origin: Nullable(Type.String()),
  destination: Nullable(Type.String()),
  persons: Type.Integer(),
  people: Type.Array(
    Type.Object({ name: Type.String(), idNumber: Nullable(Type.String()), phone: Nullable(Type.String()) }),
  ),
  healthCode: literals(healthCodes),
  testProof: literals(testProofs),
  action: literals(checkpointActions),
  note: Nullable(Type.String()),
  recordedBy: Nullable(Type.String()),
});
export type Entry = Static<typeof Entry>;

export const EntryPage = Type.Object({ items: Type.Array(Entry), total: Type.Integer() });
export const EntryParams = Type.Object({ id: Id }, { additionalProperties: false });

/** The figures of one checkpoint on one day. */
export const DayCount = Type.Object({
  day: Type.String(),
  checkpoint: Type.Object({ id: Type.Integer(), name: Type.String() }),
  entries: Type.Integer(),
  in: Type.Integer(),
  out: Type.Integer(),
  vehicles: Type.Integer(),
  persons: Type.Integer(),
  byAction: Type.Object({
    passed: Type.Integer(),
    turned_back: Type.Integer(),
    quarantined: Type.Integer(),
    tested: Type.Integer(),
  }),
});
export type DayCount = Static<typeof DayCount>;

export const CountsQuery = Type.Pick(EntryFilter, ['checkpointId', 'from', 'to']);
export type CountsQuery = Static<typeof CountsQuery>;
export const CountsReply = Type.Object({ from: Type.String(), to: Type.String(), days: Type.Array(DayCount) });
export type CountsReply = Static<typeof CountsReply>;
