import { type Static, Type } from '@sinclair/typebox';
import { literals, Nullable, Reason } from '../../core/http/schema-helpers.ts';
import { placeTypes, specialNeedsTags } from './vocabulary.ts';

export const Tag = literals(specialNeedsTags);
export const PlaceTypeName = literals(placeTypes);

export const RegionName = Type.Object({ id: Type.Integer(), name: Type.String() });

export const ResidentListItem = Type.Object({
  id: Type.Integer(),
  name: Type.String(),
  /** Masked (430***********123X) in every list. */
  idNumber: Type.String(),
  sex: Type.Union([Type.Literal('M'), Type.Literal('F')]),
  age: Type.Integer(),
  phone: Nullable(Type.String()),
  grid: RegionName,
  householdAddress: Nullable(Type.String()),
  tags: Type.Array(Tag),
});
export type ResidentListItem = Static<typeof ResidentListItem>;

export const Resident = Type.Composite([
  ResidentListItem,
  Type.Object({
    birthDate: Type.String({ format: 'date' }),
    /** Whether idNumber and phone are shown in full (the reader holds registry.read_full). */
    unmasked: Type.Boolean(),
    /** Names from the city down to the grid. */
    regionPath: Type.Array(RegionName),
    updatedAt: Type.String({ format: 'date-time' }),
  }),
]);
export type Resident = Static<typeof Resident>;

export const ResidentQuery = Type.Object(
  {
    q: Type.Optional(Type.String({ minLength: 1, maxLength: 50, description: 'name prefix' })),
    idNumber: Type.Optional(Type.String({ minLength: 15, maxLength: 18 })),
    phone: Type.Optional(Type.String({ minLength: 5, maxLength: 20 })),
    regionId: Type.Optional(Type.Integer({ minimum: 1 })),
    tag: Type.Optional(Tag),
    specialNeeds: Type.Optional(Type.Boolean()),
    sex: Type.Optional(Type.Union([Type.Literal('M'), Type.Literal('F')])),
    ageMin: Type.Optional(Type.Integer({ minimum: 0, maximum: 150 })),
    ageMax: Type.Optional(Type.Integer({ minimum: 0, maximum: 150 })),
    page: Type.Integer({ minimum: 1, default: 1 }),
    pageSize: Type.Integer({ minimum: 1, maximum: 200, default: 20 }),
  },
  { additionalProperties: false },
);
export type ResidentQuery = Static<typeof ResidentQuery>;

export const ResidentPage = Type.Object({
  items: Type.Array(ResidentListItem),
  total: Type.Integer(),
  /** The total stopped counting at this many (large, unfiltered lists). */
  totalCapped: Type.Boolean(),
});

export const UpdateResidentBody = Type.Object(
  {
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 50 })),
    phone: Type.Optional(Nullable(Type.String({ minLength: 5, maxLength: 20 }))),
    tags: Type.Optional(Type.Array(Tag, { uniqueItems: true })),
    reason: Reason,
  },
  { additionalProperties: false, minProperties: 2 },
);
export type UpdateResidentBody = Static<typeof UpdateResidentBody>;

export const MoveResidentBody = Type.Object(
  {
    gridId: Type.Integer({ minimum: 1 }),
    householdAddress: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 200 }))),
    reason: Reason,
  },
  { additionalProperties: false },
);
export type MoveResidentBody = Static<typeof MoveResidentBody>;

export const RegionCounts = Type.Object({
  regionId: Type.Integer(),
  name: Type.String(),
  code: Nullable(Type.String()),
  levelKey: Type.String(),
  residents: Type.Integer(),
  households: Type.Integer(),
  buildings: Type.Integer(),
  places: Type.Integer(),
  specialNeeds: Type.Integer(),
});
export type RegionCounts = Static<typeof RegionCounts>;

export const IdParams = Type.Object({ id: Type.Integer({ minimum: 1 }) }, { additionalProperties: false });

export const Place = Type.Object({
  id: Type.Integer(),
  code: Type.String(),
  type: PlaceTypeName,
  name: Type.String(),
  region: RegionName,
  address: Nullable(Type.String()),
  lng: Nullable(Type.Number()),
  lat: Nullable(Type.Number()),
  contactName: Nullable(Type.String()),
  /** Masked in lists, like residents' phones. */
  contactPhone: Nullable(Type.String()),
  attributes: Type.Record(Type.String(), Type.Union([Type.Number(), Type.String()])),
});
export type Place = Static<typeof Place>;

export const PlaceQuery = Type.Object(
  {
    q: Type.Optional(Type.String({ minLength: 1, maxLength: 50, description: 'name contains' })),
    type: Type.Optional(PlaceTypeName),
    regionId: Type.Optional(Type.Integer({ minimum: 1 })),
    page: Type.Integer({ minimum: 1, default: 1 }),
    pageSize: Type.Integer({ minimum: 1, maximum: 200, default: 20 }),
  },
  { additionalProperties: false },
);
export type PlaceQuery = Static<typeof PlaceQuery>;

const PlaceName = Type.String({ minLength: 1, maxLength: 100 });
/** A place's optional details, the same on creation and on edit. */
const placeDetails = Type.Partial(
  Type.Object({
    address: Nullable(Type.String({ maxLength: 200 })),
    contactName: Nullable(Type.String({ maxLength: 50 })),
    contactPhone: Nullable(Type.String({ minLength: 5, maxLength: 20 })),
    lng: Nullable(Type.Number({ minimum: -180, maximum: 180 })),
    lat: Nullable(Type.Number({ minimum: -90, maximum: 90 })),
    attributes: Type.Record(
      Type.String({ pattern: '^(headcount|students|staff|rooms|beds|tables)$' }),
      Type.Integer({ minimum: 0 }),
    ),
  }),
).properties;

export const CreatePlaceBody = Type.Object(
  {
    code: Type.String({ minLength: 1, maxLength: 50, pattern: '^\\S+$' }),
    type: PlaceTypeName,
    name: PlaceName,
    regionId: Type.Integer({ minimum: 1 }),
    ...placeDetails,
  },
  { additionalProperties: false },
);
export type CreatePlaceBody = Static<typeof CreatePlaceBody>;

export const UpdatePlaceBody = Type.Object(
  { name: Type.Optional(PlaceName), ...placeDetails, reason: Reason },
  { additionalProperties: false, minProperties: 2 },
);
export type UpdatePlaceBody = Static<typeof UpdatePlaceBody>;
