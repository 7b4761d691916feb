import { sql } from 'kysely';
import type { Executor } from '../../core/db/database.ts';
import type { Bbox } from './geometry.ts';
import type { FeatureCollection } from './maps.schema.ts';

interface MapRow {
  id: number;
  name: string;
  feature_count: number;
  bbox: number[];
  created_at: Date;
}

const toSummary = (row: MapRow) => ({
  id: Number(row.id),
  name: row.name,
  featureCount: row.feature_count,
  bbox: row.bbox,
  createdAt: row.created_at.toISOString(),
});

export async function insertMap(
  db: Executor,
  map: { name: string; features: FeatureCollection; bbox: Bbox; createdBy: number | null },
) {
  const { rows } = await sql<MapRow>`
    INSERT INTO risk_area_map (name, features, feature_count, bbox, created_by)
    VALUES (${map.name}, ${JSON.stringify(map.features)}::jsonb, ${map.features.features.length},
            ${map.bbox}::float8[], ${map.createdBy})
    RETURNING id, name, feature_count, bbox, created_at`.execute(db);
  return toSummary(rows[0]!);
}

/** Imported maps, newest first, without their features. */
export async function listMaps(db: Executor) {
  const { rows } = await sql<MapRow>`
    SELECT id, name, feature_count, bbox, created_at FROM risk_area_map ORDER BY id DESC`.execute(db);
  return rows.map(toSummary);
}

export async function findMap(db: Executor, id: number) {
  const { rows } = await sql<MapRow & { features: unknown }>`
    SELECT id, name, feature_count, bbox, created_at, features FROM risk_area_map WHERE id = ${id}`.execute(db);
  return rows[0] ? { ...toSummary(rows[0]), features: rows[0].features } : null;
}

export async function deleteMap(db: Executor, id: number): Promise<string | null> {
  const { rows } = await sql<{ name: string }>`DELETE FROM risk_area_map WHERE id = ${id} RETURNING name`.execute(db);
  return rows[0]?.name ?? null;
}
