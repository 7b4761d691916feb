import { type Static, type TProperties, type TSchema, Type } from '@sinclair/typebox';
import { Nullable } from '../../core/http/schema-helpers.ts';
import { DateOnly, DateTime, Id } from '../tracing/cases.schema.ts';

/* The schemas every kind of unit (单位: an enterprise, a school) shares; each kind adds its own fields. */

export const UnitParams = Type.Object({ placeId: Id });
export type UnitParams = Static<typeof UnitParams>;

export const Count = Type.Integer({ minimum: 0, maximum: 1_000_000 });
export const Note = Type.String({ maxLength: 500 });

export const UnitMember = Type.Object({ userId: Type.Integer(), displayName: Type.String(), duty: Type.String() });

/** A list of the units of the jurisdiction, narrowed by region, name and the kind's own `filters`. */
export const unitListQuery = <T extends TProperties>(filters: T) =>
  Type.Object(
    {
      regionId: Type.Optional(Id),
      q: Type.Optional(Type.String({ maxLength: 50 })),
      ...filters,
      page: Type.Integer({ minimum: 1, default: 1 }),
      pageSize: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
    },
    { additionalProperties: false },
  );

/** Today's report of a unit, its `figures` counted by the liaison (filed again the same day, it replaces the first). */
export const unitReportBody = <T extends TProperties>(figures: T) =>
  Type.Object({ ...figures, note: Type.Optional(Nullable(Note)) }, { additionalProperties: false });

/** A filed report: the day, its `figures`, and who filed it when. */
export const unitReport = <T extends TProperties>(figures: T) =>
  Type.Object({
    day: DateOnly,
    ...figures,
    note: Nullable(Type.String()),
    reportedBy: Type.String(),
    reportedAt: DateTime,
  });

/** The caller's own units (place_member) with today's report, for the liaison's form. */
export const myUnits = <L extends TSchema, R extends TSchema>(ledger: L, report: R) =>
  Type.Object({ day: DateOnly, items: Type.Array(Type.Object({ ledger, today: Nullable(report) })) });

export const DayQuery = Type.Object(
  { day: Type.Optional(DateOnly), regionId: Type.Optional(Id) },
  { additionalProperties: false },
);
export type DayQuery = Static<typeof DayQuery>;

export const LedgerImportResult = Type.Object({
  /** Rows that made or changed a ledger; rows equal to the ledger already are unchanged. */
  updated: Type.Integer(),
  unchanged: Type.Integer(),
  /** Any bad row refuses the whole file: nothing is stored, every bad row is named. */
  rejected: Type.Array(Type.Object({ row: Type.Integer(), field: Type.String(), reason: Type.String() })),
});
export type LedgerImportResult = Static<typeof LedgerImportResult>;
