import { type Static, Type } from '@sinclair/typebox';
import { RegionName } from '../registry/registry.schema.ts';
import { Id } from '../tracing/cases.schema.ts';
import { Nullable } from '../../core/http/schema-helpers.ts';

export const HospitalParams = Type.Object({ hospitalId: Id });

/** Beds of one level and the patients in them (active admissions). */
export const LevelBeds = Type.Object({ beds: Type.Integer(), occupied: Type.Integer(), free: Type.Integer() });
export type LevelBeds = Static<typeof LevelBeds>;

export const BedsByLevel = Type.Object({ general: LevelBeds, severe: LevelBeds, icu: LevelBeds });
export type BedsByLevel = Static<typeof BedsByLevel>;

export const Hospital = Type.Object({
  id: Type.Integer(),
  code: Type.String(),
  name: Type.String(),
  region: RegionName,
  address: Nullable(Type.String()),
  /** Has beds for patients: a designated hospital (定点医院). */
  designated: Type.Boolean(),
  beds: BedsByLevel,
});
export type Hospital = Static<typeof Hospital>;

export const HospitalListQuery = Type.Object(
  {
    q: Type.Optional(Type.String({ maxLength: 50 })),
    designated: Type.Optional(Type.Boolean()),
    page: Type.Integer({ minimum: 1, default: 1 }),
    pageSize: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
  },
  { additionalProperties: false },
);
export type HospitalListQuery = Static<typeof HospitalListQuery>;

export const HospitalList = Type.Object({
  items: Type.Array(Hospital),
  total: Type.Integer(),
  page: Type.Integer(),
  pageSize: Type.Integer(),
  /** Beds and occupancy of every hospital of the jurisdiction matching the search, by level. */
  totals: BedsByLevel,
});

const BedCount = Type.Integer({ minimum: 0, maximum: 100_000 });

/** The beds of each level, all three at once (a level without beds is 0). */
export const SetBedsBody = Type.Object(
  { general: BedCount, severe: BedCount, icu: BedCount },
  { additionalProperties: false },
);
export type SetBedsBody = Static<typeof SetBedsBody>;
