import { type Static, Type } from '@sinclair/typebox';
import { literals, Nullable } from '../../core/http/schema-helpers.ts';

export const geometryTypes = [
  'Point',
  'MultiPoint',
  'LineString',
  'MultiLineString',
  'Polygon',
  'MultiPolygon',
] as const;
export type GeometryType = (typeof geometryTypes)[number];

/** Most features a boundary map may hold (a city's communities and grids are a few thousand). */
export const MAX_FEATURES = 20_000;

// GeoJSON features may carry foreign members (bbox, id…): they are kept as they came.
const Feature = Type.Object({
  type: Type.Literal('Feature'),
  geometry: Type.Object({ type: literals(geometryTypes), coordinates: Type.Array(Type.Unknown()) }),
  properties: Type.Optional(Nullable(Type.Record(Type.String(), Type.Unknown()))),
});
export const FeatureCollection = Type.Object({
  type: Type.Literal('FeatureCollection'),
  features: Type.Array(Feature, { minItems: 1, maxItems: MAX_FEATURES }),
});
export type FeatureCollection = Static<typeof FeatureCollection>;

export const ImportMapBody = Type.Object(
  { name: Type.String({ minLength: 1, maxLength: 100 }), features: FeatureCollection },
  { additionalProperties: false },
);
export type ImportMapBody = Static<typeof ImportMapBody>;

export const MapSummary = Type.Object({
  id: Type.Integer(),
  name: Type.String(),
  featureCount: Type.Integer(),
  /** [west, south, east, north]. */
  bbox: Type.Array(Type.Number(), { minItems: 4, maxItems: 4 }),
  createdAt: Type.String({ format: 'date-time' }),
});
export type MapSummary = Static<typeof MapSummary>;

/** The features as imported (a GeoJSON FeatureCollection), passed through as they are stored. */
export const MapDetail = Type.Composite([MapSummary, Type.Object({ features: Type.Unknown() })]);
