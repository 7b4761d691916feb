import { type Static, Type } from '@sinclair/typebox';
import { literals, Nullable, Paged, Reason } from '../../core/http/schema-helpers.ts';
import { BasisSchema as Basis } from '../protocol/basis.ts';
import { LevelLabel } from './levels.ts';

const Id = Type.Integer({ minimum: 1 });
const DateTime = Type.String({ format: 'date-time' });
const LevelKey = Type.String({ pattern: '^[a-z_]{1,40}$' });

export const areaStatuses = ['proposed', 'active', 'lifted', 'rejected'] as const;
export type AreaStatus = (typeof areaStatuses)[number];
export const areaKinds = ['region', 'building', 'polygon'] as const;
export type AreaKind = (typeof areaKinds)[number];
/** A designation (from no level), a change of level, or the lifting of the area (to no level). */
export const changeKinds = ['designation', 'level', 'lifting'] as const;
export type ChangeKind = (typeof changeKinds)[number];

// GeoJSON in WGS 84. The shape is checked here; closed rings, point counts and ranges by geometryProblem,
// so each of those gets its own message.
const Position = Type.Array(Type.Number(), { minItems: 2, maxItems: 3 });
const Ring = Type.Array(Position);
export const AreaGeometry = Type.Union([
  Type.Object({ type: Type.Literal('Polygon'), coordinates: Type.Array(Ring) }, { additionalProperties: false }),
  Type.Object(
    { type: Type.Literal('MultiPolygon'), coordinates: Type.Array(Type.Array(Ring)) },
    { additionalProperties: false },
  ),
]);

export const IdParams = Type.Object({ id: Id });

export const DesignateBody = Type.Object(
  {
    level: LevelKey,
    /** As published; the region's name or the building's when absent. */
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    /** The region designated, or the region holding a drawn polygon. */
    regionId: Type.Optional(Id),
    buildingId: Type.Optional(Id),
    polygon: Type.Optional(AreaGeometry),
    startsAt: DateTime,
    reason: Reason,
  },
  { additionalProperties: false },
);
export type DesignateBody = Static<typeof DesignateBody>;

export const ChangeBody = Type.Object(
  {
    /** A level of the area's protocol, or null (or 'lifted') to lift the area. */
    toLevel: Nullable(LevelKey),
    reason: Reason,
  },
  { additionalProperties: false },
);
export type ChangeBody = Static<typeof ChangeBody>;

export const ApproveBody = Type.Object(
  { note: Type.Optional(Type.String({ minLength: 1, maxLength: 500 })) },
  { additionalProperties: false },
);
/** Why a proposal is rejected: the proposer reads it in the area's history. */
export const RejectBody = Type.Object({ note: Reason }, { additionalProperties: false });

export const ListQuery = Type.Object(
  {
    status: Type.Optional(literals(areaStatuses)),
    level: Type.Optional(LevelKey),
    /** Part of the code or the name. */
    q: Type.Optional(Type.String({ minLength: 1, maxLength: 50 })),
    page: Type.Integer({ minimum: 1, default: 1 }),
    pageSize: Type.Integer({ minimum: 1, maximum: 200, default: 20 }),
  },
  { additionalProperties: false },
);
export type ListQuery = Static<typeof ListQuery>;

const UserRef = Type.Object({ id: Type.Integer(), name: Type.String() });
const ProtocolRef = Type.Object({
  id: Type.Integer(),
  code: Type.String(),
  name: Type.String(),
  version: Type.Integer(),
});

/** What the platform knew when it proposed a change (lifting criteria). */
export const AreaFactsReply = Type.Object({
  level: Type.String(),
  levelSince: DateTime,
  reachedByDowngrade: Type.Boolean(),
  lastCaseAt: Nullable(DateTime),
  lastNegativeRoundAt: Nullable(DateTime),
});
export type AreaFactsReply = Static<typeof AreaFactsReply>;

export const ChangeBasis = Type.Composite([Basis, Type.Object({ facts: Type.Optional(AreaFactsReply) })]);
export type ChangeBasis = Static<typeof ChangeBasis>;

export const Change = Type.Object({
  id: Type.Integer(),
  areaId: Type.Integer(),
  kind: literals(changeKinds),
  fromLevel: Nullable(Type.String()),
  toLevel: Nullable(Type.String()),
  toLevelLabel: Nullable(LevelLabel),
  reason: Type.String(),
  /** The protocol rule behind a change the platform proposed; null for a person's proposal. */
  basis: Nullable(ChangeBasis),
  /** Null: proposed by the platform's lifting rule. */
  proposedBy: Nullable(UserRef),
  proposedAt: DateTime,
  decision: Nullable(literals(['approved', 'rejected'] as const)),
  decidedBy: Nullable(UserRef),
  decidedAt: Nullable(DateTime),
  note: Nullable(Type.String()),
});
export type Change = Static<typeof Change>;

export const AreaSummary = Type.Object({
  id: Type.Integer(),
  code: Type.String(),
  name: Type.String(),
  level: Type.String(),
  levelLabel: LevelLabel,
  /** sealed / controlled (passes needed) or null, per the area's protocol. */
  closure: Nullable(Type.String()),
  status: literals(areaStatuses),
  kind: literals(areaKinds),
  /** The regions holding the area, top first. */
  regionNames: Type.Array(Type.String()),
  startsAt: DateTime,
  levelSince: Nullable(DateTime),
  liftedAt: Nullable(DateTime),
  /** Households the area covers (fixed when it takes effect). */
  households: Type.Integer(),
  protocol: ProtocolRef,
  openChange: Nullable(Change),
});
export type AreaSummary = Static<typeof AreaSummary>;

export const AreaPage = Paged(AreaSummary);

export const LiftingStatus = Type.Object({
  /** The level it comes down to; null lifts the area. */
  toLevel: Nullable(Type.String()),
  toLevelLabel: LevelLabel,
  dueAt: DateTime,
  due: Type.Boolean(),
  waitingFor: Type.Array(literals(['clean_days', 'negative_round'] as const)),
  basis: Basis,
  facts: AreaFactsReply,
});
export type LiftingStatus = Static<typeof LiftingStatus>;

export const AreaDetail = Type.Composite([
  AreaSummary,
  Type.Object({
    reason: Type.String(),
    region: Nullable(Type.Object({ id: Type.Integer(), name: Type.String() })),
    building: Nullable(Type.Object({ id: Type.Integer(), address: Type.String(), name: Nullable(Type.String()) })),
    polygon: Nullable(AreaGeometry),
    createdBy: Nullable(UserRef),
    createdAt: DateTime,
    /** Every change, oldest first: the area's history. */
    history: Type.Array(Change),
    /** When and to what the area comes down under its protocol (active areas only). */
    lifting: Nullable(LiftingStatus),
  }),
]);
export type AreaDetail = Static<typeof AreaDetail>;

export const PendingChange = Type.Object({ change: Change, area: AreaSummary });

export const LevelsQuery = Type.Object({ protocolId: Type.Optional(Id) }, { additionalProperties: false });

export const LevelsReply = Type.Object({
  protocol: ProtocolRef,
  levels: Type.Array(
    Type.Object({
      key: Type.String(),
      label: LevelLabel,
      rank: Type.Integer(),
      closure: Nullable(Type.String()),
      next: Nullable(Type.String()),
      cleanDays: Type.Optional(Type.Integer()),
      cleanDaysAfterDowngrade: Type.Optional(Type.Integer()),
      negativeRoundWithinDays: Type.Optional(Type.Integer()),
    }),
  ),
});

export const BuildingQuery = Type.Object(
  {
    regionId: Type.Optional(Id),
    /** Part of the address or name. */
    q: Type.Optional(Type.String({ minLength: 1, maxLength: 50 })),
    /** Only buildings with a point (what a map can show). */
    located: Type.Boolean({ default: false }),
    limit: Type.Integer({ minimum: 1, maximum: 5_000, default: 20 }),
  },
  { additionalProperties: false },
);
export type BuildingQuery = Static<typeof BuildingQuery>;

export const BuildingItem = Type.Object({
  id: Type.Integer(),
  address: Type.String(),
  name: Nullable(Type.String()),
  lng: Nullable(Type.Number()),
  lat: Nullable(Type.Number()),
});

export const LiftingRunReply = Type.Object({
  /** Active areas whose criteria were checked. */
  checked: Type.Integer(),
  /** Changes the platform proposed in this run (each still needs a person's approval). */
  proposed: Type.Integer(),
});

export const PublicArea = Type.Object({
  code: Type.String(),
  name: Type.String(),
  level: Type.String(),
  levelLabel: LevelLabel,
  closure: Nullable(Type.String()),
  regionNames: Type.Array(Type.String()),
  /** When the present level took effect. */
  since: DateTime,
});
export type PublicArea = Static<typeof PublicArea>;

export const PublicList = Type.Object({ items: Type.Array(PublicArea), updatedAt: DateTime });
export type PublicList = Static<typeof PublicList>;
