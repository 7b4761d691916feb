/**
 * Areas drawn on a map: GeoJSON Polygon and MultiPolygon geometries in WGS 84 ([lng, lat] positions;
 * the first ring of a polygon is its outline, the others are holes). Pure functions, tested as rules.
 */
export type Position = number[];
export type Ring = Position[];
export type AreaGeometry = { type: 'Polygon'; coordinates: Ring[] } | { type: 'MultiPolygon'; coordinates: Ring[][] };

/** [west, south, east, north]. */
export type Bbox = [number, number, number, number];

/** Vertices an area may have in all: enough for a hand-drawn or imported compound, small enough to test fast. */
export const MAX_POINTS = 5_000;

/** Why a geometry is refused, in both languages ([zh-CN, en]). */
export type GeometryProblem = readonly [string, string];

const polygonsOf = (geometry: AreaGeometry): Ring[][] =>
  geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;

/** Whether a position is a finite longitude and latitude within WGS 84's range. */
export function validPosition(position: Position): boolean {
  const [lng, lat] = position;
  return (
    lng !== undefined &&
    lat !== undefined &&
    Number.isFinite(lng) &&
    Number.isFinite(lat) &&
    Math.abs(lng) <= 180 &&
    Math.abs(lat) <= 90
  );
}

function ringProblem(ring: Ring): GeometryProblem | null {
  if (ring.length < 4)
    return ['每个边界环至少需要 4 个点（首尾相同）', 'each ring needs at least 4 points (first = last)'];
  if (!ring.every(validPosition))
    return ['坐标超出经纬度范围', 'a coordinate is out of range (longitude ±180, latitude ±90)'];
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (!first || !last || first[0] !== last[0] || first[1] !== last[1])
    return ['边界环未闭合（首尾点须相同）', 'a ring is not closed (its first and last points must be equal)'];
  return null;
}

/** The first reason the geometry cannot be an area, or null when it can. */
export function geometryProblem(geometry: AreaGeometry): GeometryProblem | null {
  const polygons = polygonsOf(geometry);
  if (polygons.length === 0 || polygons.some((rings) => rings.length === 0))
    return ['多边形没有边界', 'a polygon has no outline'];
  const points = polygons.flat().reduce((n, ring) => n + ring.length, 0);
  if (points > MAX_POINTS)
    return [`顶点过多（${points} 个，上限 ${MAX_POINTS}）`, `too many points (${points}; at most ${MAX_POINTS})`];
  for (const ring of polygons.flat()) {
    const problem = ringProblem(ring);
    if (problem) return problem;
  }
  return null;
}

/** The bounding box of positions, or null when there are none. */
export function bboxOf(positions: Iterable<Position>): Bbox | null {
  let box: Bbox | null = null;
  for (const [lng = 0, lat = 0] of positions) {
    box = box
      ? [Math.min(box[0], lng), Math.min(box[1], lat), Math.max(box[2], lng), Math.max(box[3], lat)]
      : [lng, lat, lng, lat];
  }
  return box;
}

export const geometryBbox = (geometry: AreaGeometry): Bbox | null => bboxOf(polygonsOf(geometry).flat(2));

/** Even-odd ray casting: whether the point lies inside the ring (a point on an edge may go either way). */
function inRing(lng: number, lat: number, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    if (yi > lat !== yj > lat && lng < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Whether a point lies inside the area: inside a polygon's outline and outside all of its holes. */
export function containsPoint(geometry: AreaGeometry, lng: number, lat: number): boolean {
  return polygonsOf(geometry).some(
    ([outline, ...holes]) =>
      outline !== undefined && inRing(lng, lat, outline) && !holes.some((hole) => inRing(lng, lat, hole)),
  );
}
