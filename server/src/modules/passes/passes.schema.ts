import { type Static, Type } from '@sinclair/typebox';
import { literals, Nullable, Paged, Reason } from '../../core/http/schema-helpers.ts';
import { BasisSchema as Basis } from '../protocol/basis.ts';
import { scanRefusals } from './gate-rules.ts';
import { passRefusals } from './pass-token.ts';

const Id = Type.Integer({ minimum: 1 });
const DateTime = Type.String({ format: 'date-time' });
const Token = Type.String({ minLength: 1, maxLength: 2_000 });

export const Quota = Type.Object({
  persons: Type.Integer(),
  everyDays: Type.Integer(),
  maxHoursOut: Type.Number(),
});

export const AreaRef = Type.Object({
  id: Type.Integer(),
  code: Type.String(),
  name: Type.String(),
  level: Type.String(),
});

export const passStatuses = ['issued', 'revoked'] as const;
export const PassParams = Type.Object({ passId: Id });

export const IssuePassBody = Type.Object(
  {
    residentId: Id,
    /** When the pass starts (now when absent); it lasts to the end of that day. */
    validFrom: Type.Optional(DateTime),
  },
  { additionalProperties: false },
);
export type IssuePassBody = Static<typeof IssuePassBody>;

export const PassView = Type.Object({
  id: Type.Integer(),
  residentId: Type.Integer(),
  /** Masked (张*丰): lists and the pass itself never show a full name. */
  name: Type.String(),
  householdId: Type.Integer(),
  address: Type.String(),
  area: AreaRef,
  closure: literals(['sealed', 'controlled'] as const),
  validFrom: DateTime,
  validTo: DateTime,
  maxMinutesOut: Type.Integer(),
  lateGraceMinutes: Type.Integer(),
  status: literals(passStatuses),
  revokedAt: Nullable(DateTime),
  revokeReason: Nullable(Type.String()),
  exitedAt: Nullable(DateTime),
  returnedAt: Nullable(DateTime),
  lateAt: Nullable(DateTime),
  lateAcknowledgedAt: Nullable(DateTime),
  issuedAt: DateTime,
  basis: Basis,
});
export type PassView = Static<typeof PassView>;

export const IssuedPass = Type.Object({ pass: PassView, token: Type.String(), basis: Basis });
export type IssuedPass = Static<typeof IssuedPass>;

export const GateScanView = Type.Object({
  at: DateTime,
  direction: literals(['exit', 'return'] as const),
  gate: Type.String(),
  outcome: literals(['stored', 'refused'] as const),
  reason: Nullable(Type.String()),
  emergencyReason: Nullable(Type.String()),
});

export const PassDetail = Type.Object({ pass: PassView, token: Type.String(), scans: Type.Array(GateScanView) });

export const PassListQuery = Type.Object(
  {
    areaId: Type.Optional(Id),
    householdId: Type.Optional(Id),
    residentId: Type.Optional(Id),
    /** issued/revoked, or: out now, flagged late. */
    status: Type.Optional(literals(['issued', 'revoked', 'out', 'late'] as const)),
    page: Type.Integer({ minimum: 1, default: 1 }),
    pageSize: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
  },
  { additionalProperties: false },
);
export type PassListQuery = Static<typeof PassListQuery>;

export const PassPage = Paged(PassView);

export const RevokeBody = Type.Object({ reason: Reason }, { additionalProperties: false });

export const LateQuery = Type.Object(
  { acknowledged: Type.Boolean({ default: false, description: 'Include those already acknowledged.' }) },
  { additionalProperties: false },
);

export const AcknowledgeBody = Type.Object({ note: Type.Optional(Reason) }, { additionalProperties: false });

export const ClosedArea = Type.Object({
  ...AreaRef.properties,
  closure: literals(['sealed', 'controlled'] as const),
  quota: Quota,
  basis: Basis,
  /** Households of the area within the caller's jurisdiction. */
  households: Type.Integer(),
});
export type ClosedArea = Static<typeof ClosedArea>;

export const HouseholdQuery = Type.Object(
  {
    areaId: Type.Optional(Id),
    /** Part of the address. */
    q: Type.Optional(Type.String({ maxLength: 100 })),
    page: Type.Integer({ minimum: 1, default: 1 }),
    pageSize: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
  },
  { additionalProperties: false },
);
export type HouseholdQuery = Static<typeof HouseholdQuery>;

export const ClosedHousehold = Type.Object({
  id: Type.Integer(),
  address: Type.String(),
  /** The strictest area covering it: its quota applies. */
  area: AreaRef,
  closure: literals(['sealed', 'controlled'] as const),
  quota: Quota,
  /** Passes counted against the quota now, and when the next may start if it is used up. */
  used: Type.Integer(),
  nextAt: Nullable(DateTime),
  members: Type.Array(Type.Object({ id: Type.Integer(), name: Type.String() })),
});
export type ClosedHousehold = Static<typeof ClosedHousehold>;

export const HouseholdPage = Paged(ClosedHousehold);

export const PassKeyReply = Type.Object({
  kid: Type.String(),
  /** The raw 32-byte Ed25519 public key, base64url. */
  publicKey: Type.String(),
});

export const RevocationsQuery = Type.Object({ since: Type.Optional(DateTime) }, { additionalProperties: false });
export const RevocationsReply = Type.Object({
  items: Type.Array(Type.Object({ passId: Type.Integer(), revokedAt: DateTime })),
  /** The server's time of the answer; ask again with a `since` a little before it. */
  asOf: DateTime,
});
export type RevocationsReply = Static<typeof RevocationsReply>;

export const VerifyBody = Type.Object({ token: Token }, { additionalProperties: false });

export const PassSummary = Type.Object({
  id: Type.Integer(),
  householdId: Type.Integer(),
  name: Type.String(),
  area: Type.String(),
  validFrom: DateTime,
  validTo: DateTime,
  maxMinutesOut: Type.Integer(),
});

export const VerifyReply = Type.Object({
  valid: Type.Boolean(),
  reason: Type.Optional(literals(passRefusals)),
  /** What a genuine token says (also when expired or revoked: the holder may still come home). */
  pass: Type.Optional(PassSummary),
});
export type VerifyReply = Static<typeof VerifyReply>;

export const GateScan = Type.Object(
  {
    /** Made by the gate's phone (a UUID) when the scan happens; sending it again changes nothing. */
    scanId: Type.String({ format: 'uuid' }),
    token: Type.Optional(Token),
    direction: literals(['exit', 'return'] as const),
    /** When it happened on the phone (it may reach the server hours later). */
    at: DateTime,
    /** The gate's name (东门) or place code. */
    gate: Type.String({ minLength: 1, maxLength: 100 }),
    /** A medical emergency: always let through, with or without a pass (九不准). */
    emergency: Type.Optional(
      Type.Object(
        {
          reason: Reason,
          name: Type.Optional(Type.String({ minLength: 1, maxLength: 50 })),
          householdId: Type.Optional(Id),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);
export type GateScan = Static<typeof GateScan>;

export const GateScanBody = Type.Object(
  { scans: Type.Array(GateScan, { minItems: 1, maxItems: 500 }) },
  { additionalProperties: false },
);
export type GateScanBody = Static<typeof GateScanBody>;

export const GateScanOutcome = Type.Object({
  scanId: Type.String(),
  status: literals(['stored', 'duplicate', 'refused'] as const),
  reason: Type.Optional(literals(scanRefusals)),
});

export const GateScanResult = Type.Object({
  stored: Type.Integer(),
  duplicates: Type.Integer(),
  refused: Type.Integer(),
  outcomes: Type.Array(GateScanOutcome),
});
export type GateScanResult = Static<typeof GateScanResult>;
