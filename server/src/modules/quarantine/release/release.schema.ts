import { type Static, Type } from '@sinclair/typebox';
import { literals, Nullable } from '../../../core/http/schema-helpers.ts';
import { DateTime } from '../../tracing/cases.schema.ts';
import { Named } from '../checks/checks.schema.ts';
import { BasisSchema } from '../../protocol/basis.ts';
import { releaseCriteria } from './criteria.ts';

export const Criterion = Type.Object({
  criterion: literals(releaseCriteria),
  ok: Type.Boolean(),
  reasonZh: Nullable(Type.String()),
  reasonEn: Nullable(Type.String()),
  basis: Nullable(BasisSchema),
});

/** A person due for release by a day, with each criterion and whether it holds now. */
export const ReleaseDue = Type.Object({
  quarantineId: Type.Integer(),
  name: Type.String(),
  mode: literals(['centralized', 'home'] as const),
  site: Nullable(Named),
  room: Nullable(Type.String()),
  plannedEnd: DateTime,
  criteria: Type.Array(Criterion),
  /** Every criterion holds: the release may be made now. */
  releasable: Type.Boolean(),
});
export type ReleaseDue = Static<typeof ReleaseDue>;

export const Release = Type.Object({
  quarantineId: Type.Integer(),
  status: Type.Literal('released'),
  endedAt: DateTime,
  certificateNo: Type.String(),
  issuingUnit: Type.String(),
  basis: Type.Array(BasisSchema),
});
export type Release = Static<typeof Release>;
