import { type RawBuilder, sql } from 'kysely';
import type { Actor } from '../../core/auth/actor.ts';
import { inJurisdiction } from '../../core/auth/scope.ts';
import type { Executor } from '../../core/db/database.ts';
import type { Occupancy } from './sites.schema.ts';
import type { RoomKind, RoomStatus, StaffRole } from './vocabulary.ts';

export interface SiteRow {
  id: number;
  code: string;
  name: string;
  address: string | null;
  region_id: number;
  region_name: string;
  path: string;
}

const siteColumns = sql`p.id, p.code, p.name, p.address, g.id AS region_id, g.name AS region_name, p.path::text AS path`;

/** An isolation site (a place of that type) within the jurisdiction. */
export async function findSite(db: Executor, actor: Actor, id: number): Promise<SiteRow | null> {
  const { rows } = await sql<SiteRow>`
    SELECT ${siteColumns} FROM place p JOIN region g ON g.id = p.grid_id
     WHERE p.id = ${id} AND p.type = 'isolation_site' AND ${inJurisdiction(actor, 'p.path')}`.execute(db);
  return rows[0] ?? null;
}

/** Every room of the jurisdiction with the persons in it now: the basis of every occupancy figure. */
const roomLoad = (actor: Actor) => sql`
  room_load AS (
    SELECT r.id, r.site_id, r.path, r.status, r.beds,
           (SELECT count(*) FROM quarantine q WHERE q.room_id = r.id AND q.status = 'active')::int AS persons
      FROM isolation_room r WHERE ${inJurisdiction(actor, 'r.path')})`;

const occupancyColumns = sql`
  count(l.id)::int AS rooms, coalesce(sum(l.beds), 0)::int AS beds,
  count(l.id) FILTER (WHERE l.status = 'occupied')::int AS occupied,
  count(l.id) FILTER (WHERE l.status = 'free')::int AS free,
  count(l.id) FILTER (WHERE l.status = 'cleaning')::int AS cleaning,
  count(l.id) FILTER (WHERE l.status = 'out_of_service')::int AS "outOfService",
  coalesce(sum(l.persons), 0)::int AS persons,
  coalesce(sum(l.beds) FILTER (WHERE l.status = 'free'), 0)::int AS "freeBeds"`;

export type SiteFiguresRow = SiteRow & Occupancy & { manager: number; medical: number; support: number };

/** Sites of the jurisdiction (under a region, matching a name) with their occupancy and staff. */
export async function listSites(
  db: Executor,
  actor: Actor,
  filter: { regionPath?: string; q?: string; id?: number },
): Promise<SiteFiguresRow[]> {
  const conditions: RawBuilder<unknown>[] = [sql`p.type = 'isolation_site'`, inJurisdiction(actor, 'p.path')];
  if (filter.regionPath) conditions.push(sql`p.path <@ ${filter.regionPath}::ltree`);
  if (filter.q) conditions.push(sql`p.name LIKE ${'%' + filter.q.replace(/[\\%_]/g, '\\$&') + '%'}`);
  if (filter.id) conditions.push(sql`p.id = ${filter.id}`);
  const { rows } = await sql<SiteFiguresRow>`
    WITH ${roomLoad(actor)}
    SELECT ${siteColumns}, ${occupancyColumns},
           st.manager, st.medical, st.support
      FROM place p JOIN region g ON g.id = p.grid_id
      LEFT JOIN room_load l ON l.site_id = p.id
      CROSS JOIN LATERAL (
        SELECT count(*) FILTER (WHERE s.role = 'manager')::int AS manager,
               count(*) FILTER (WHERE s.role = 'medical')::int AS medical,
               count(*) FILTER (WHERE s.role = 'support')::int AS support
          FROM isolation_site_staff s WHERE s.site_id = p.id) st
     WHERE ${sql.join(conditions, sql` AND `)}
     GROUP BY p.id, g.id, st.manager, st.medical, st.support
     ORDER BY p.name LIMIT 1000`.execute(db);
  return rows;
}

/** Occupancy of the rooms under each path (in the given order). */
export async function occupancyUnder(db: Executor, actor: Actor, paths: string[]): Promise<Occupancy[]> {
  if (paths.length === 0) return [];
  const { rows } = await sql<Occupancy & { i: number }>`
    WITH ${roomLoad(actor)}
    SELECT t.i, ${occupancyColumns}
      FROM unnest(${paths}::text[]) WITH ORDINALITY AS t(path, i)
      LEFT JOIN room_load l ON l.path <@ t.path::ltree
     GROUP BY t.i ORDER BY t.i`.execute(db);
  return rows.map(({ i: _i, ...occupancy }) => occupancy);
}

export interface BoardRoomRow {
  id: number;
  site_id: number;
  floor: number;
  number: string;
  kind: RoomKind;
  beds: number;
  status: RoomStatus;
  occupants: { quarantineId: number; name: string }[];
}

/** A site's rooms (or one of them) in floor and number order, each with the persons in it now. */
export async function roomsOfSite(db: Executor, siteId: number, roomId?: number): Promise<BoardRoomRow[]> {
  const { rows } = await sql<BoardRoomRow>`
    SELECT r.id, r.site_id, r.floor, r.number, r.kind, r.beds, r.status,
           coalesce(json_agg(json_build_object('quarantineId', q.id, 'name', q.name) ORDER BY q.id)
                      FILTER (WHERE q.id IS NOT NULL), '[]') AS occupants
      FROM isolation_room r
      LEFT JOIN quarantine q ON q.room_id = r.id AND q.status = 'active'
     WHERE r.site_id = ${siteId} ${roomId === undefined ? sql`` : sql`AND r.id = ${roomId}`}
     GROUP BY r.id
     ORDER BY r.floor, length(r.number), r.number`.execute(db);
  return rows;
}

export interface StaffRow {
  user_id: number;
  username: string;
  display_name: string;
  role: StaffRole;
  assigned_at: Date;
}

export async function staffOfSite(db: Executor, siteId: number): Promise<StaffRow[]> {
  const { rows } = await sql<StaffRow>`
    SELECT s.user_id, u.username, u.display_name, s.role, s.assigned_at
      FROM isolation_site_staff s JOIN app_user u ON u.id = s.user_id
     WHERE s.site_id = ${siteId} ORDER BY s.role, u.display_name`.execute(db);
  return rows;
}

/** An enabled user by username, to be assigned to a site. */
export async function userByUsername(db: Executor, username: string): Promise<number | null> {
  const { rows } = await sql<{ id: number }>`
    SELECT id FROM app_user WHERE username = ${username} AND disabled_at IS NULL`.execute(db);
  return rows[0]?.id ?? null;
}

/** Puts a user on a site's staff, or changes their role there. */
export async function assignStaff(
  db: Executor,
  siteId: number,
  userId: number,
  role: StaffRole,
  by: number | null,
): Promise<void> {
  await sql`
    INSERT INTO isolation_site_staff (site_id, user_id, role, assigned_by) VALUES (${siteId}, ${userId}, ${role}, ${by})
    ON CONFLICT (site_id, user_id) DO UPDATE SET role = excluded.role, assigned_by = excluded.assigned_by,
                                                assigned_at = now()`.execute(db);
}

/** Takes a user off a site's staff; false when they were not on it. */
export async function removeStaff(db: Executor, siteId: number, userId: number): Promise<boolean> {
  const result = await sql`
    DELETE FROM isolation_site_staff WHERE site_id = ${siteId} AND user_id = ${userId}`.execute(db);
  return Number(result.numAffectedRows ?? 0) > 0;
}
