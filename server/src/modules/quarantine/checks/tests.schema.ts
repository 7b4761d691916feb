import { type Static, Type } from '@sinclair/typebox';
import { literals, Nullable } from '../../../core/http/schema-helpers.ts';
import { DateOnly, DateTime } from '../../tracing/cases.schema.ts';
import { BasisSchema } from '../../protocol/basis.ts';
import { Named } from './checks.schema.ts';
import { testResults, testStages } from './vocabulary.ts';

/** A scheduled test: its day by the protocol (with the basis), and what mass testing found. */
export const QuarantineTest = Type.Object({
  id: Type.Integer(),
  dueDate: DateOnly,
  stage: literals(testStages),
  /** Day of the stage (day 1 = its first day). */
  day: Type.Integer(),
  basis: BasisSchema,
  sampledAt: Nullable(DateTime),
  result: Nullable(literals(testResults)),
  /** The tube of the sample (a pool's barcode when pooled). */
  tube: Nullable(Type.String()),
  /** Due before today and not sampled. */
  overdue: Type.Boolean(),
});
export type QuarantineTest = Static<typeof QuarantineTest>;

export const TestDue = Type.Composite([
  QuarantineTest,
  Type.Object({
    quarantineId: Type.Integer(),
    name: Type.String(),
    site: Nullable(Named),
    room: Nullable(Type.String()),
    /** Sampled on the day. */
    done: Type.Boolean(),
  }),
]);
export type TestDue = Static<typeof TestDue>;
