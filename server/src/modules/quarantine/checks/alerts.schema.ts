import { type Static, Type } from '@sinclair/typebox';
import { literals, Nullable, Paged, Reason } from '../../../core/http/schema-helpers.ts';
import { DateTime, Id } from '../../tracing/cases.schema.ts';
import { Named } from './checks.schema.ts';
import { alertKinds, alertStatuses } from './vocabulary.ts';

export const AlertParams = Type.Object({ alertId: Id });

export const AlertQuery = Type.Object(
  {
    status: Type.Optional(literals(alertStatuses)),
    kind: Type.Optional(literals(alertKinds)),
    siteId: Type.Optional(Id),
    page: Type.Integer({ minimum: 1, default: 1 }),
    pageSize: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
  },
  { additionalProperties: false },
);
export type AlertQuery = Static<typeof AlertQuery>;

export const Alert = Type.Object({
  id: Type.Integer(),
  kind: literals(alertKinds),
  status: literals(alertStatuses),
  raisedAt: DateTime,
  /** fever: temperature, checkedAt; positive: dueDate, stage, day, sampledAt, tube; missed_check: dueAt. */
  details: Type.Record(Type.String(), Type.Unknown()),
  quarantine: Type.Object({
    id: Type.Integer(),
    name: Type.String(),
    mode: literals(['centralized', 'home'] as const),
    status: Type.String(),
    site: Nullable(Named),
    room: Nullable(Type.String()),
  }),
  acknowledged: Nullable(Type.Object({ by: Nullable(Type.String()), at: DateTime, note: Type.String() })),
  transfer: Nullable(Type.Object({ hospital: Named, reason: Type.String(), requestedAt: DateTime })),
});
export type Alert = Static<typeof Alert>;

export const AlertPage = Paged(Alert);

export const AcknowledgeBody = Type.Object({ note: Reason }, { additionalProperties: false });
export type AcknowledgeBody = Static<typeof AcknowledgeBody>;

export const TransferBody = Type.Object(
  {
    /** A place of type hospital (a designated hospital). */
    hospitalId: Id,
    reason: Reason,
  },
  { additionalProperties: false },
);
export type TransferBody = Static<typeof TransferBody>;
