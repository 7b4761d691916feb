import { type Static, Type } from '@sinclair/typebox';
import { literals, Nullable, Reason } from '../../core/http/schema-helpers.ts';
import { BasisSchema } from '../protocol/basis.ts';
import { quarantineGroups } from '../protocol/document.ts';
import { RegionName } from '../registry/registry.schema.ts';
import { DateOnly, DateTime, DocumentNumber, Id, Phone } from '../tracing/cases.schema.ts';
import { intakeRefusals, placementNotes, quarantineModes, quarantineStatuses, roomKinds } from './vocabulary.ts';

export const QuarantineParams = Type.Object({ quarantineId: Id });

/** Who is put under quarantine: a resident, a traced contact, or anyone by ID number (placed in a region). */
export const PersonRef = Type.Union([
  Type.Object({ residentId: Id }, { additionalProperties: false }),
  Type.Object({ contactId: Id }, { additionalProperties: false }),
  Type.Object(
    {
      idNumber: DocumentNumber,
      name: Type.String({ minLength: 1, maxLength: 50 }),
      phone: Type.Optional(Phone),
      /** Where a person missing from the registry belongs. */
      regionId: Type.Optional(Id),
    },
    { additionalProperties: false },
  ),
]);
export type PersonRef = Static<typeof PersonRef>;

/** 居家隔离条件: each must hold for quarantine at home. */
export const HomeConditions = Type.Object(
  {
    singleRoom: Type.Boolean(),
    ownBathroom: Type.Boolean(),
    noVulnerableCohabitants: Type.Boolean(),
    caregiverIfNeeded: Type.Boolean(),
  },
  { additionalProperties: false },
);
export type HomeConditions = Static<typeof HomeConditions>;

const Group = literals(quarantineGroups);
const Named = Type.Object({ id: Type.Integer(), name: Type.String() });
const Mode = literals(quarantineModes);

export const CreateQuarantineBody = Type.Object(
  {
    person: PersonRef,
    group: Group,
    mode: Mode,
    /** Centralized: the site and room (the room alone names its site). */
    siteId: Type.Optional(Id),
    roomId: Type.Optional(Id),
    /** Now when absent. */
    startsAt: Type.Optional(DateTime),
    /** At home: the conditions checked at the door. */
    homeConditions: Type.Optional(HomeConditions),
  },
  { additionalProperties: false },
);
export type CreateQuarantineBody = Static<typeof CreateQuarantineBody>;

export const TransferBody = Type.Object(
  {
    mode: Mode,
    siteId: Type.Optional(Id),
    roomId: Type.Optional(Id),
    homeConditions: Type.Optional(HomeConditions),
    reason: Reason,
  },
  { additionalProperties: false },
);
export type TransferBody = Static<typeof TransferBody>;

/** Comma-separated ids in a query string. */
const IdList = Type.String({ pattern: '^[1-9][0-9]{0,15}(,[1-9][0-9]{0,15}){0,199}$' });

export const SuggestionQuery = Type.Object(
  {
    siteId: Id,
    residentIds: Type.Optional(IdList),
    contactIds: Type.Optional(IdList),
    startsAt: Type.Optional(DateTime),
  },
  { additionalProperties: false },
);
export type SuggestionQuery = Static<typeof SuggestionQuery>;

const RoomRef = Type.Object({
  id: Type.Integer(),
  number: Type.String(),
  floor: Type.Integer(),
  kind: literals(roomKinds),
});

/** A person of a suggestion or intake, as the caller named them. */
const IntakeRef = Type.Object({
  residentId: Nullable(Type.Integer()),
  contactId: Nullable(Type.Integer()),
  idNumber: Nullable(Type.String()),
});

export const RoomSuggestion = Type.Object({
  ref: IntakeRef,
  name: Type.String(),
  householdId: Nullable(Type.Integer()),
  age: Nullable(Type.Integer()),
  room: Nullable(RoomRef),
  notes: Type.Array(literals(placementNotes)),
});
export type RoomSuggestion = Static<typeof RoomSuggestion>;

export const IntakeBody = Type.Object(
  {
    contactIds: Type.Optional(Type.Array(Id, { minItems: 1, maxItems: 500 })),
    residentIds: Type.Optional(Type.Array(Id, { minItems: 1, maxItems: 500 })),
    /** A pasted list: residents of the jurisdiction by ID number. */
    idNumbers: Type.Optional(Type.Array(DocumentNumber, { minItems: 1, maxItems: 500 })),
    group: Group,
    siteId: Id,
    startsAt: Type.Optional(DateTime),
  },
  { additionalProperties: false },
);
export type IntakeBody = Static<typeof IntakeBody>;

export const IntakeOutcome = Type.Object({
  ref: IntakeRef,
  name: Nullable(Type.String()),
  outcome: literals(['placed', 'refused'] as const),
  quarantineId: Nullable(Type.Integer()),
  room: Nullable(RoomRef),
  notes: Type.Array(literals(placementNotes)),
  reason: Nullable(literals(intakeRefusals)),
  /** The quarantine the person is already under, when that is the reason. */
  existingQuarantineId: Nullable(Type.Integer()),
});
export type IntakeOutcome = Static<typeof IntakeOutcome>;

export const Test = Type.Object({
  day: Type.Integer(),
  stage: literals(['centralized', 'home'] as const),
  date: DateOnly,
  basis: BasisSchema,
});

export const Plan = Type.Object({
  centralizedUntil: Nullable(DateTime),
  plannedEnd: DateTime,
  tests: Type.Array(Test),
  basis: BasisSchema,
});
export type Plan = Static<typeof Plan>;

export const IntakeReply = Type.Object({
  outcomes: Type.Array(IntakeOutcome),
  placed: Type.Integer(),
  refused: Type.Integer(),
  /** The plan every placed person follows (null when the group is not quarantined). */
  plan: Nullable(Plan),
});
export type IntakeReply = Static<typeof IntakeReply>;

export const QuarantineListQuery = Type.Object(
  {
    siteId: Type.Optional(Id),
    group: Type.Optional(Group),
    mode: Type.Optional(Mode),
    status: Type.Optional(literals(quarantineStatuses)),
    /** Active quarantines planned to end by the end of this day. */
    endsBy: Type.Optional(DateOnly),
    q: Type.Optional(Type.String({ maxLength: 50 })),
    page: Type.Integer({ minimum: 1, default: 1 }),
    pageSize: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
  },
  { additionalProperties: false },
);
export type QuarantineListQuery = Static<typeof QuarantineListQuery>;

export const QuarantineListItem = Type.Object({
  id: Type.Integer(),
  code: Type.String(),
  name: Type.String(),
  /** Masked in lists; in full in the detail for users who may read identifiers in full. */
  idNumber: Nullable(Type.String()),
  phone: Nullable(Type.String()),
  residentId: Nullable(Type.Integer()),
  contactId: Nullable(Type.Integer()),
  region: Nullable(RegionName),
  group: Group,
  mode: Mode,
  site: Nullable(Named),
  room: Nullable(RoomRef),
  startsAt: DateTime,
  centralizedUntil: Nullable(DateTime),
  plannedEnd: DateTime,
  status: literals(quarantineStatuses),
  endedAt: Nullable(DateTime),
  protocol: Type.Object({ id: Type.Integer(), name: Type.String(), version: Type.Integer() }),
});
export type QuarantineListItem = Static<typeof QuarantineListItem>;

export const Stay = Type.Object({
  site: Nullable(Named),
  room: Nullable(Type.Object({ id: Type.Integer(), number: Type.String() })),
  mode: Mode,
  since: DateTime,
  until: Nullable(DateTime),
  reason: Nullable(Type.String()),
  movedBy: Nullable(Type.String()),
});

export const QuarantineDetail = Type.Composite([
  QuarantineListItem,
  Type.Object({
    homeConditions: Nullable(HomeConditions),
    endReason: Nullable(Type.String()),
    createdAt: DateTime,
    createdBy: Nullable(Type.String()),
    /** Recomputed from the protocol version the quarantine was decided under. */
    plan: Plan,
    stays: Type.Array(Stay),
  }),
]);
export type QuarantineDetail = Static<typeof QuarantineDetail>;
