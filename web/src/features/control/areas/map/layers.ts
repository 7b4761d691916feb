import type { GeoJSONSourceSpecification, StyleSpecification } from 'maplibre-gl';
import type { Feature, FeatureCollection as Collection, Geometry } from 'geojson';
import type { AreaGeometry, Building, FeatureCollection } from '../api';

export type Position = number[];
/** [west, south, east, north]. */
export type Box = [number, number, number, number];

const source = (): GeoJSONSourceSpecification => ({
  type: 'geojson',
  data: { type: 'FeatureCollection', features: [] },
});

/**
 * A map with no tiles and no glyphs (nothing is fetched from outside the platform): a plain background,
 * imported boundaries, located buildings, the area, and the outline being drawn.
 */
export const blankStyle: StyleSpecification = {
  version: 8,
  sources: { boundaries: source(), buildings: source(), area: source(), draft: source() },
  layers: [
    { id: 'background', type: 'background', paint: { 'background-color': '#f7f8fa' } },
    {
      id: 'boundary-fill',
      type: 'fill',
      source: 'boundaries',
      paint: { 'fill-color': '#1677ff', 'fill-opacity': 0.04 },
    },
    { id: 'boundary-line', type: 'line', source: 'boundaries', paint: { 'line-color': '#8c8c8c', 'line-width': 1 } },
    { id: 'buildings', type: 'circle', source: 'buildings', paint: { 'circle-radius': 3, 'circle-color': '#595959' } },
    { id: 'area-fill', type: 'fill', source: 'area', paint: { 'fill-color': '#f5222d', 'fill-opacity': 0.2 } },
    { id: 'area-line', type: 'line', source: 'area', paint: { 'line-color': '#f5222d', 'line-width': 2 } },
    {
      id: 'draft-line',
      type: 'line',
      source: 'draft',
      paint: { 'line-color': '#fa541c', 'line-width': 2, 'line-dasharray': [2, 1] },
    },
    {
      id: 'draft-points',
      type: 'circle',
      source: 'draft',
      filter: ['==', ['geometry-type'], 'Point'],
      paint: { 'circle-radius': 4, 'circle-color': '#fa541c' },
    },
  ],
};

/** The geometries of imported boundary maps, in one list (their index identifies a clicked one). */
export const boundaryGeometries = (collections: FeatureCollection[]): Geometry[] =>
  collections.flatMap((collection) => collection.features.map((feature) => feature.geometry as Geometry));

/** Whether a boundary can be taken as an area. */
export const isArea = (geometry: Geometry | undefined): geometry is AreaGeometry & Geometry =>
  geometry?.type === 'Polygon' || geometry?.type === 'MultiPolygon';

export const toFeatureCollection = (
  features: { geometry: Geometry; properties?: Record<string, unknown> }[],
): Collection => ({
  type: 'FeatureCollection',
  features: features.map(({ geometry, properties }): Feature => ({
    type: 'Feature',
    geometry,
    properties: properties ?? {},
  })),
});

function* positions(coordinates: unknown): Generator<Position> {
  if (!Array.isArray(coordinates)) return;
  if (typeof coordinates[0] === 'number') yield coordinates as Position;
  else for (const part of coordinates) yield* positions(part);
}

/** The box around geometries or located buildings, or null when there is nothing to see. */
export function boundsOf(items: (AreaGeometry | Geometry | Building)[]): Box | null {
  let box: Box | null = null;
  const add = (lng: number, lat: number) => {
    box = box
      ? [Math.min(box[0], lng), Math.min(box[1], lat), Math.max(box[2], lng), Math.max(box[3], lat)]
      : [lng, lat, lng, lat];
  };
  for (const item of items) {
    if ('address' in item) {
      if (item.lng !== null && item.lat !== null) add(item.lng, item.lat);
    } else if ('coordinates' in item) {
      for (const [lng = 0, lat = 0] of positions(item.coordinates)) add(lng, lat);
    }
  }
  return box;
}
