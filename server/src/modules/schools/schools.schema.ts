import { type Static, Type } from '@sinclair/typebox';
import { literals, Nullable, Paged } from '../../core/http/schema-helpers.ts';
import { Count, myUnits, UnitMember, unitListQuery, unitReport, unitReportBody } from '../keyplaces/units.schema.ts';
import { RegionName } from '../registry/registry.schema.ts';
import { DateOnly, DateTime } from '../tracing/cases.schema.ts';
import { schoolStatuses } from './vocabulary.ts';

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

export const SchoolListQuery = unitListQuery({ status: Type.Optional(literals(schoolStatuses)) });
export type SchoolListQuery = Static<typeof SchoolListQuery>;

export const SchoolList = Paged(SchoolLedger);

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

/** Today's health report of a school (晨午检). */
export const SchoolReportBody = unitReportBody({ present: Count, absentIll: Count, fever: Count });
export type SchoolReportBody = Static<typeof SchoolReportBody>;

export const SchoolReport = unitReport({ present: Type.Integer(), absentIll: Type.Integer(), fever: Type.Integer() });
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

export const MySchools = myUnits(SchoolLedger, SchoolReport);
export type MySchools = Static<typeof MySchools>;
