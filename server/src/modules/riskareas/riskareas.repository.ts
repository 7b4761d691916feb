import { type RawBuilder, sql } from 'kysely';
import type { Actor } from '../../core/auth/actor.ts';
import { inJurisdiction, touchesJurisdiction } from '../../core/auth/scope.ts';
import type { Executor } from '../../core/db/database.ts';
import type { AreaGeometry } from './geometry.ts';
import type { AreaKind, AreaStatus, ListQuery } from './riskareas.schema.ts';

export interface AreaRow {
  id: number;
  code: string;
  name: string;
  level: string;
  status: AreaStatus;
  kind: AreaKind;
  region_id: number | null;
  region_name: string | null;
  building_id: number | null;
  building_address: string | null;
  building_name: string | null;
  polygon: AreaGeometry | null;
  path: string;
  reason: string;
  starts_at: Date;
  level_since: Date | null;
  lifted_at: Date | null;
  protocol_id: number;
  created_by: number | null;
  created_by_name: string | null;
  created_at: Date;
  households: number;
}

const areaColumns = sql`
  a.id, a.code, a.name, a.level, a.status,
  CASE WHEN a.building_id IS NOT NULL THEN 'building' WHEN a.polygon IS NOT NULL THEN 'polygon' ELSE 'region' END AS kind,
  a.region_id, r.name AS region_name, a.building_id, b.address AS building_address, b.name AS building_name,
  a.polygon, a.path::text AS path, a.reason, a.starts_at, a.level_since, a.lifted_at, a.protocol_id,
  a.created_by, u.display_name AS created_by_name, a.created_at,
  (SELECT count(*)::int FROM risk_area_household h WHERE h.area_id = a.id) AS households`;
const areaJoins = sql`
  FROM risk_area a
  LEFT JOIN region r ON r.id = a.region_id
  LEFT JOIN building b ON b.id = a.building_id
  LEFT JOIN app_user u ON u.id = a.created_by`;

/**
 * Reading an area needs it to touch the jurisdiction (a city-wide area concerns a grid's staff);
 * changing or deciding it needs the whole area within the jurisdiction.
 */
export type Reach = 'read' | 'write';
const reachFilter = (actor: Actor, reach: Reach): RawBuilder<boolean> =>
  reach === 'read' ? touchesJurisdiction(actor, 'a.path') : inJurisdiction(actor, 'a.path');

export async function findArea(
  db: Executor,
  actor: Actor,
  id: number,
  reach: Reach,
  lock = false,
): Promise<AreaRow | null> {
  const { rows } = await sql<AreaRow>`
    SELECT ${areaColumns} ${areaJoins}
     WHERE a.id = ${id} AND ${reachFilter(actor, reach)} ${lock ? sql`FOR UPDATE OF a` : sql``}`.execute(db);
  return rows[0] ?? null;
}

export async function areasByIds(db: Executor, ids: number[]): Promise<AreaRow[]> {
  const { rows } = await sql<AreaRow>`
    SELECT ${areaColumns} ${areaJoins} WHERE a.id = ANY(${ids}::bigint[]) ORDER BY a.id DESC`.execute(db);
  return rows;
}

/** A page of areas touching the jurisdiction, live ones first, newest first within. */
export async function listAreas(
  db: Executor,
  actor: Actor,
  query: ListQuery,
): Promise<{ rows: AreaRow[]; total: number }> {
  const where = sql.join(
    [
      touchesJurisdiction(actor, 'a.path'),
      query.status ? sql`a.status = ${query.status}` : null,
      query.level ? sql`a.level = ${query.level}` : null,
      query.q ? sql`(a.code ILIKE ${'%' + query.q + '%'} OR a.name ILIKE ${'%' + query.q + '%'})` : null,
    ].filter((part) => part !== null),
    sql` AND `,
  );
  const { rows } = await sql<AreaRow & { total: number }>`
    SELECT ${areaColumns}, count(*) OVER ()::int AS total ${areaJoins}
     WHERE ${where}
     ORDER BY (a.status IN ('proposed', 'active')) DESC, a.id DESC
     LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`.execute(db);
  return { rows, total: rows[0]?.total ?? 0 };
}

/** Active areas, for the published list (no person's data is read). */
export async function activeAreas(db: Executor): Promise<AreaRow[]> {
  const { rows } = await sql<AreaRow>`
    SELECT ${areaColumns} ${areaJoins} WHERE a.status = 'active' ORDER BY a.level_since DESC, a.id DESC`.execute(db);
  return rows;
}

export interface NewArea {
  name: string;
  level: string;
  regionId: number | null;
  buildingId: number | null;
  polygon: AreaGeometry | null;
  path: string;
  reason: string;
  startsAt: string;
  protocolId: number;
  createdBy: number | null;
}

/** Inserts a proposed area with the next code (FX-000123). */
export async function insertArea(db: Executor, a: NewArea): Promise<number> {
  const { rows } = await sql<{ id: number }>`
    INSERT INTO risk_area (code, name, level, region_id, building_id, polygon, path, reason, starts_at, protocol_id,
                           created_by)
    VALUES ('FX-' || lpad(nextval('risk_area_code_seq')::text, 6, '0'), ${a.name}, ${a.level}, ${a.regionId},
            ${a.buildingId}, ${a.polygon === null ? null : JSON.stringify(a.polygon)}::jsonb, ${a.path}::ltree,
            ${a.reason}, ${a.startsAt}::timestamptz, ${a.protocolId}, ${a.createdBy})
    RETURNING id`.execute(db);
  return Number(rows[0]?.id);
}

/** Puts a designation in force: the lifting clock starts when it takes effect, never before approval. */
export async function activateArea(db: Executor, id: number): Promise<void> {
  await sql`
    UPDATE risk_area SET status = 'active', level_since = greatest(starts_at, now()) WHERE id = ${id}`.execute(db);
}

export async function setLevel(db: Executor, id: number, level: string): Promise<void> {
  await sql`UPDATE risk_area SET level = ${level}, level_since = now() WHERE id = ${id}`.execute(db);
}

/**
 * Lifts an area. Its households stay recorded: they are who it covered, and the recomputation of their
 * colours after the lifting finds them there (every closure check looks at the area's status).
 */
export async function liftArea(db: Executor, id: number): Promise<void> {
  await sql`UPDATE risk_area SET status = 'lifted', lifted_at = now() WHERE id = ${id}`.execute(db);
}

export async function rejectArea(db: Executor, id: number): Promise<void> {
  await sql`UPDATE risk_area SET status = 'rejected' WHERE id = ${id}`.execute(db);
}

/** Building of the jurisdiction, or null. */
export async function findBuilding(
  db: Executor,
  actor: Actor,
  id: number,
): Promise<{ id: number; address: string; name: string | null; path: string } | null> {
  const { rows } = await sql<{ id: number; address: string; name: string | null; path: string }>`
    SELECT b.id, b.address, b.name, b.path::text AS path FROM building b
     WHERE b.id = ${id} AND ${inJurisdiction(actor, 'b.path')}`.execute(db);
  return rows[0] ?? null;
}

export interface BuildingRow {
  id: number;
  address: string;
  name: string | null;
  lng: number | null;
  lat: number | null;
}

/** Buildings of the jurisdiction (under a region, matching an address, with a point), for picking one. */
export async function searchBuildings(
  db: Executor,
  actor: Actor,
  filter: { path: string | null; q: string | null; located: boolean; limit: number },
): Promise<BuildingRow[]> {
  const { rows } = await sql<BuildingRow>`
    SELECT b.id, b.address, b.name, b.lng, b.lat FROM building b
     WHERE ${inJurisdiction(actor, 'b.path')}
       ${filter.path ? sql`AND b.path <@ ${filter.path}::ltree` : sql``}
       ${filter.q ? sql`AND (b.address ILIKE ${'%' + filter.q + '%'} OR b.name ILIKE ${'%' + filter.q + '%'})` : sql``}
       ${filter.located ? sql`AND b.lng IS NOT NULL AND b.lat IS NOT NULL` : sql``}
     ORDER BY b.address LIMIT ${filter.limit}`.execute(db);
  return rows;
}
