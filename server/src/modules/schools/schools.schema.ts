import { type Static, Type } from '@sinclair/typebox';
import { literals, Nullable } from '../../core/http/schema-helpers.ts';
import { UnitMember } from '../enterprises/enterprises.schema.ts';
import { RegionName } from '../registry/registry.schema.ts';
import { DateOnly, DateTime, Id } from '../tracing/cases.schema.ts';
import { schoolStatuses } from './vocabulary.ts';

export { DayQuery, UnitParams } from '../enterprises/enterprises.schema.ts';

const Count = Type.Integer({ minimum: 0, maximum: 1_000_000 });

/** One school and its ledger; a school never edited shows defaults (kept: false). */
export const SchoolLedger = Type.Object({
  id: Type.Integer(),
  code: Type.String(),
  name: Type.String(),
  grid: RegionName,
  kept: Type.Boolean(),
  status: literals(schoolStatuses),
  students: Type.Integer(),
  staff: Type.Integer(),
  classes: Type.Integer(),
  /** Share of each class tested a day, in percent (default 20). */
  samplingPercent: Type.Integer(),
  samplingStartsOn: DateOnly,
  reportedToday: Type.Boolean(),
  updatedAt: Nullable(DateTime),
});
export type SchoolLedger = Static<typeof SchoolLedger>;

export const SchoolClass = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 30 }),
  size: Type.Integer({ minimum: 1, maximum: 200 }),
});
export type SchoolClass = Static<typeof SchoolClass>;

export const SchoolDetail = Type.Object({
  ledger: SchoolLedger,
  classList: Type.Array(SchoolClass),
  members: Type.Array(UnitMember),
  canEdit: Type.Boolean(),
});
export type SchoolDetail = Static<typeof SchoolDetail>;

export const SchoolListQuery = Type.Object(
  {
    regionId: Type.Optional(Id),
    q: Type.Optional(Type.String({ maxLength: 50 })),
    status: Type.Optional(literals(schoolStatuses)),
    page: Type.Integer({ minimum: 1, default: 1 }),
    pageSize: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
  },
  { additionalProperties: false },
);
export type SchoolListQuery = Static<typeof SchoolListQuery>;

export const SchoolList = Type.Object({
  items: Type.Array(SchoolLedger),
  total: Type.Integer(),
  page: Type.Integer(),
  pageSize: Type.Integer(),
});

export const SchoolLedgerBody = Type.Object(
  {
    status: literals(schoolStatuses),
    students: Count,
    staff: Count,
    samplingPercent: Type.Integer({ minimum: 1, maximum: 100 }),
    samplingStartsOn: Type.Optional(DateOnly),
  },
  { additionalProperties: false },
);
export type SchoolLedgerBody = Static<typeof SchoolLedgerBody>;

/** The school's classes, all at once (a class left out is removed). */
export const SchoolClassesBody = Type.Object(
  { classes: Type.Array(SchoolClass, { maxItems: 300 }) },
  { additionalProperties: false },
);
export type SchoolClassesBody = Static<typeof SchoolClassesBody>;

export const SchoolReportBody = Type.Object(
  { present: Count, absentIll: Count, fever: Count, note: Type.Optional(Nullable(Type.String({ maxLength: 500 }))) },
  { additionalProperties: false },
);
export type SchoolReportBody = Static<typeof SchoolReportBody>;

export const SchoolReport = Type.Object({
  day: DateOnly,
  present: Type.Integer(),
  absentIll: Type.Integer(),
  fever: Type.Integer(),
  note: Nullable(Type.String()),
  reportedBy: Type.String(),
  reportedAt: DateTime,
});
export type SchoolReport = Static<typeof SchoolReport>;

export const SchoolDay = Type.Object({
  day: DateOnly,
  items: Type.Array(
    Type.Object({
      id: Type.Integer(),
      code: Type.String(),
      name: Type.String(),
      grid: RegionName,
      status: literals(schoolStatuses),
      students: Type.Integer(),
      staff: Type.Integer(),
      report: Nullable(SchoolReport),
    }),
  ),
  totals: Type.Object({
    schools: Type.Integer(),
    reported: Type.Integer(),
    missing: Type.Integer(),
    present: Type.Integer(),
    absentIll: Type.Integer(),
    fever: Type.Integer(),
  }),
});
export type SchoolDay = Static<typeof SchoolDay>;

export const SamplingQuery = Type.Object({ day: Type.Optional(DateOnly) }, { additionalProperties: false });

/** Who of each class is tested on a day (seats from…to), by the school's rotation (sampling.ts). */
export const SamplingDay = Type.Object({
  day: DateOnly,
  percent: Type.Integer(),
  cycle: Type.Integer(),
  dayOfCycle: Type.Integer(),
  classes: Type.Array(
    Type.Object({
      name: Type.String(),
      size: Type.Integer(),
      group: Type.Integer(),
      from: Type.Integer(),
      to: Type.Integer(),
      count: Type.Integer(),
    }),
  ),
  total: Type.Integer(),
});
export type SamplingDay = Static<typeof SamplingDay>;

export const MySchools = Type.Object({
  day: DateOnly,
  items: Type.Array(Type.Object({ ledger: SchoolLedger, today: Nullable(SchoolReport) })),
});
export type MySchools = Static<typeof MySchools>;
