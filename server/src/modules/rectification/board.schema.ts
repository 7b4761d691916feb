import { type Static, Type } from '@sinclair/typebox';
import { literals, Nullable } from '../../core/http/schema-helpers.ts';
import { DateTime, Id } from '../tracing/cases.schema.ts';
import { findingSeverities } from '../supervision/vocabulary.ts';
import { OrderUnit } from './orders.schema.ts';
import { orderStatuses } from './vocabulary.ts';

const Day = Type.String({ format: 'date' });

export const BoardQuery = Type.Object(
  {
    /** A calendar day in the platform's time zone; today when absent. */
    day: Type.Optional(Day),
    /** Narrows the board to this region of the jurisdiction (grouped by the level below it). */
    regionId: Type.Optional(Id),
  },
  { additionalProperties: false },
);
export type BoardQuery = Static<typeof BoardQuery>;

export const CarryBody = Type.Object(
  {
    reason: Type.String({ minLength: 1, maxLength: 500, pattern: '\\S' }),
    /** The day whose list the order is carried from; today when absent. */
    day: Type.Optional(Day),
  },
  { additionalProperties: false },
);
export type CarryBody = Static<typeof CarryBody>;

const Counts = {
  open: Type.Integer(),
  overdue: Type.Integer(),
  closedToday: Type.Integer(),
  /** Open at the end of the day and not carried with a reason yet. */
  uncarried: Type.Integer(),
};

/** One problem of the day's list (每日问题清单): open during the day, or closed on it. */
export const BoardRow = Type.Object({
  orderId: Type.Integer(),
  displayNumber: Type.String(),
  unit: OrderUnit,
  /** The region the row is counted under (the level below the board's region). */
  region: Type.Object({ id: Type.Integer(), name: Type.String() }),
  problem: Type.String(),
  severity: literals(findingSeverities),
  responsibleName: Type.String(),
  issuedAt: DateTime,
  deadline: DateTime,
  status: literals(orderStatuses),
  open: Type.Boolean(),
  overdue: Type.Boolean(),
  escalatedTo: Nullable(Type.String()),
  closedAt: Nullable(DateTime),
  carryReason: Nullable(Type.String()),
});
export type BoardRow = Static<typeof BoardRow>;

export const Board = Type.Object({
  day: Type.String(),
  region: Nullable(Type.Object({ id: Type.Integer(), name: Type.String() })),
  totals: Type.Object(Counts),
  regions: Type.Array(Type.Object({ id: Type.Integer(), name: Type.String(), ...Counts })),
  units: Type.Array(Type.Object({ unit: OrderUnit, ...Counts })),
  rows: Type.Array(BoardRow),
});
export type Board = Static<typeof Board>;

export const Carry = Type.Object({ orderId: Type.Integer(), day: Type.String(), reason: Type.String() });
