import { type Static, Type } from '@sinclair/typebox';
import { literals, Nullable } from '../../core/http/schema-helpers.ts';
import { DateTime, Id } from '../tracing/cases.schema.ts';
import { findingSeverities } from '../supervision/vocabulary.ts';
import { orderStatuses, reportScopes } from './vocabulary.ts';

const Day = Type.String({ format: 'date' });

export const ReportQuery = Type.Object(
  {
    /** plan: the plan's inspections; team: those by the plan's members; period: every inspection of the days. */
    scope: literals(reportScopes),
    /** Required for plan and team. */
    planId: Type.Optional(Id),
    /** First and last day (in the platform's time zone); required for period, optional for team. */
    from: Type.Optional(Day),
    to: Type.Optional(Day),
  },
  { additionalProperties: false },
);
export type ReportQuery = Static<typeof ReportQuery>;

export const ReportFigures = Type.Object({
  inspections: Type.Integer(),
  findings: Type.Integer(),
  fixedOnSpot: Type.Integer(),
  orders: Type.Integer(),
  closed: Type.Integer(),
  closedOnTime: Type.Integer(),
  /** Orders that passed their deadline unclosed (still open, or closed late). */
  overdue: Type.Integer(),
  /** Findings per inspection; null without inspections. */
  problemsPerInspection: Nullable(Type.Number()),
  /** Orders closed by their deadline, of all orders; null without orders. */
  closedOnTimeShare: Nullable(Type.Number()),
});
export type ReportFigures = Static<typeof ReportFigures>;

export const Report = Type.Object({
  title: Type.String(),
  scope: literals(reportScopes),
  plan: Nullable(Type.Object({ id: Type.Integer(), code: Type.String(), title: Type.String() })),
  from: Nullable(Type.String()),
  to: Nullable(Type.String()),
  team: Type.Array(Type.String()),
  figures: ReportFigures,
  inspections: Type.Array(
    Type.Object({
      id: Type.Integer(),
      target: Type.String(),
      inspector: Type.String(),
      checkedInAt: DateTime,
      findings: Type.Integer(),
    }),
  ),
  orders: Type.Array(
    Type.Object({
      id: Type.Integer(),
      displayNumber: Type.String(),
      unit: Type.String(),
      problem: Type.String(),
      severity: literals(findingSeverities),
      status: literals(orderStatuses),
      deadline: DateTime,
      closedAt: Nullable(DateTime),
      onTime: Nullable(Type.Boolean()),
    }),
  ),
  /** The lists stop here; the figures count everything. */
  listLimit: Type.Integer(),
});
export type Report = Static<typeof Report>;
