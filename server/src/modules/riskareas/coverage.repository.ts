import { sql } from 'kysely';
import type { Executor } from '../../core/db/database.ts';
import { containsPoint, geometryBbox } from './geometry.ts';
import type { AreaRow } from './riskareas.repository.ts';

/**
 * Fixes the households an area covers when it takes effect (passes and health status read these):
 * a region's households, a building's, or those of the buildings whose point lies inside a drawn area
 * within the region holding it (a building without a point cannot be placed and is not covered).
 * Returns how many.
 */
export async function coverHouseholds(db: Executor, area: AreaRow): Promise<number> {
  if (area.building_id !== null) return insertCovered(db, area.id, [area.building_id]);
  if (area.polygon === null) {
    const { numAffectedRows } = await sql`
      INSERT INTO risk_area_household (area_id, household_id)
      SELECT ${area.id}, h.id FROM household h WHERE h.path <@ ${area.path}::ltree
      ON CONFLICT DO NOTHING`.execute(db);
    return Number(numAffectedRows ?? 0);
  }
  const box = geometryBbox(area.polygon);
  if (!box) return 0;
  // The bounding box is the indexed prefilter; the exact test (outline and holes) runs here.
  const { rows } = await sql<{ id: number; lng: number; lat: number }>`
    SELECT b.id, b.lng, b.lat FROM building b
     WHERE b.lng BETWEEN ${box[0]} AND ${box[2]} AND b.lat BETWEEN ${box[1]} AND ${box[3]}
       AND b.lng IS NOT NULL AND b.lat IS NOT NULL AND b.path <@ ${area.path}::ltree`.execute(db);
  const polygon = area.polygon;
  const inside = rows.filter((b) => containsPoint(polygon, b.lng, b.lat)).map((b) => b.id);
  return inside.length === 0 ? 0 : insertCovered(db, area.id, inside);
}

async function insertCovered(db: Executor, areaId: number, buildingIds: number[]): Promise<number> {
  const { numAffectedRows } = await sql`
    INSERT INTO risk_area_household (area_id, household_id)
    SELECT ${areaId}, h.id FROM household h WHERE h.building_id = ANY(${buildingIds}::bigint[])
    ON CONFLICT DO NOTHING`.execute(db);
  return Number(numAffectedRows ?? 0);
}
