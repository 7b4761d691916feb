import { type Static, Type } from '@sinclair/typebox';
import { literals, Nullable, Reason } from '../../core/http/schema-helpers.ts';
import { BasisSchema } from '../protocol/basis.ts';
import { healthFacts } from '../protocol/document.ts';
import { RegionName, ResidentListItem } from '../registry/registry.schema.ts';

const Id = Type.Integer({ minimum: 1 });
const DateTime = Type.String({ format: 'date-time' });

export const colours = ['green', 'yellow', 'red'] as const;
export const Colour = literals(colours);
export type Colour = Static<typeof Colour>;

/** What a status rests on: one of the protocol's facts, or an approved override. */
export const StatusReason = literals([...healthFacts, 'override'] as const);

export const ProtocolRef = Type.Object({
  id: Type.Integer(),
  code: Type.String(),
  name: Type.String(),
  version: Type.Integer(),
});
const UserRef = Type.Object({ id: Type.Integer(), name: Type.String() });

export const SummaryQuery = Type.Object(
  { regionId: Type.Optional(Id) },
  { additionalProperties: false, description: 'Without a region: the whole jurisdiction.' },
);
export type SummaryQuery = Static<typeof SummaryQuery>;

export const Summary = Type.Object({
  region: Nullable(RegionName),
  residents: Type.Integer(),
  green: Type.Integer(),
  yellow: Type.Integer(),
  red: Type.Integer(),
});
export type Summary = Static<typeof Summary>;

export const ResidentsQuery = Type.Object(
  {
    regionId: Type.Optional(Id),
    /** Green is everyone else: the registry lists them. */
    colour: Type.Optional(literals(['yellow', 'red'] as const)),
    page: Type.Integer({ minimum: 1, default: 1 }),
    pageSize: Type.Integer({ minimum: 1, maximum: 200, default: 20 }),
  },
  { additionalProperties: false },
);
export type ResidentsQuery = Static<typeof ResidentsQuery>;

export const StatusListItem = Type.Composite([
  ResidentListItem,
  Type.Object({ colour: Colour, reasons: Type.Array(StatusReason), since: DateTime }),
]);
export type StatusListItem = Static<typeof StatusListItem>;

export const ResidentParams = Type.Object({ residentId: Id });
export const OverrideParams = Type.Object({ id: Id });

export const overrideStates = ['pending', 'approved', 'rejected', 'expired'] as const;
export type OverrideState = (typeof overrideStates)[number];

export const Override = Type.Object({
  id: Type.Integer(),
  resident: RegionName,
  colour: Colour,
  reason: Type.String(),
  state: literals(overrideStates),
  proposedBy: UserRef,
  proposedAt: DateTime,
  decidedBy: Nullable(UserRef),
  decidedAt: Nullable(DateTime),
  expiresAt: Nullable(DateTime),
});
export type Override = Static<typeof Override>;

export const ProposeOverrideBody = Type.Object(
  {
    residentId: Id,
    colour: Colour,
    /** Why the computed colour is wrong for this person: required, kept in the history and the audit. */
    reason: Reason,
    /** When the override stops counting; without it, until another override replaces it. */
    expiresAt: Type.Optional(DateTime),
  },
  { additionalProperties: false },
);
export type ProposeOverrideBody = Static<typeof ProposeOverrideBody>;

export const OverridesQuery = Type.Object(
  {
    state: Type.Optional(literals(['pending', 'decided'] as const)),
    page: Type.Integer({ minimum: 1, default: 1 }),
    pageSize: Type.Integer({ minimum: 1, maximum: 200, default: 20 }),
  },
  { additionalProperties: false },
);
export type OverridesQuery = Static<typeof OverridesQuery>;

/** The facts that hold for a resident now, each naming the record it comes from. */
export const FactDetail = Type.Object({
  cases: Type.Array(Type.Object({ id: Type.Integer(), code: Type.String(), classification: Type.String() })),
  quarantines: Type.Array(
    Type.Object({
      id: Type.Integer(),
      group: Type.String(),
      mode: Type.String(),
      startsAt: DateTime,
      plannedEnd: DateTime,
    }),
  ),
  areas: Type.Array(
    Type.Object({
      id: Type.Integer(),
      code: Type.String(),
      name: Type.String(),
      level: Type.String(),
      closure: Type.String(),
    }),
  ),
  fevers: Type.Array(Type.Object({ checkedAt: DateTime, temperature: Type.Number() })),
  overdueTests: Type.Array(Type.Object({ quarantineId: Type.Integer(), dueDate: Type.String({ format: 'date' }) })),
});
export type FactDetail = Static<typeof FactDetail>;

export const StatusChange = Type.Object({
  fromColour: Colour,
  toColour: Colour,
  reasons: Type.Array(StatusReason),
  protocol: ProtocolRef,
  overrideId: Nullable(Type.Integer()),
  changedAt: DateTime,
});

export const ResidentStatus = Type.Object({
  resident: ResidentListItem,
  colour: Colour,
  /** Each reason with the rule it falls under (healthStatus.red / healthStatus.yellow); null for an override. */
  reasons: Type.Array(Type.Object({ reason: StatusReason, basis: Nullable(BasisSchema) })),
  /** When the present colour was decided; null for a resident who was always green. */
  since: Nullable(DateTime),
  protocol: ProtocolRef,
  override: Nullable(Override),
  facts: FactDetail,
  history: Type.Array(StatusChange),
  overrides: Type.Array(Override),
});
export type ResidentStatus = Static<typeof ResidentStatus>;
