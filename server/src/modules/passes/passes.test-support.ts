import { sql } from 'kysely';
import { randomUUID } from 'node:crypto';
import type { Db } from '../../core/db/database.ts';
import { openWorld, type World } from '../../../test/world.ts';

export interface Household {
  id: number;
  gridId: number;
  /** Resident ids, eldest first. */
  members: number[];
}

export interface PassesWorld extends World {
  /** Households of the demo city with at least two members, in two different grids (A: 0-3, B: 4-7). */
  households: Household[];
  /** Designates an active area (as an approved risk area would be) covering these households. */
  designate: (level: string, householdIds: number[], protocol?: string) => Promise<{ id: number; code: string }>;
}

let areas = 0;

/** An active risk area of the level under the protocol, on the first household's grid, covering the households. */
export async function designateArea(
  db: Db,
  level: string,
  householdIds: number[],
  protocol = 'v9',
): Promise<{ id: number; code: string }> {
  areas += 1;
  const code = `FX${process.pid}-${areas}`;
  const { rows } = await sql<{ id: number }>`
    INSERT INTO risk_area (code, name, level, region_id, path, status, reason, starts_at, level_since, protocol_id)
    SELECT ${code}, ${`测试小区${areas}`}, ${level}, g.id, g.path, 'active', '确诊病例居住地', now(), now(),
           (SELECT id FROM protocol WHERE code = ${protocol} ORDER BY version DESC LIMIT 1)
      FROM household h JOIN region g ON g.id = h.grid_id WHERE h.id = ${householdIds[0]}
    RETURNING id`.execute(db);
  const id = rows[0]!.id;
  await sql`
    INSERT INTO risk_area_household (area_id, household_id)
    SELECT ${id}, unnest(${householdIds}::bigint[])`.execute(db);
  return { id, code };
}

/**
 * A demo city with `worker` (grid worker over the city) and `keeper` (gatekeeper) signed in, and
 * `nearby` (a grid worker of household A's grid only).
 */
export async function openPassesWorld(seed: number): Promise<PassesWorld> {
  const world = await openWorld(
    { residents: 2_000, seed },
    { worker: { roles: ['grid_worker'] }, keeper: { roles: ['gatekeeper'] } },
  );
  const { rows } = await sql<{ id: number; grid_id: number; members: number[] }>`
    SELECT h.id, h.grid_id, array_agg(r.id ORDER BY r.birth_date, r.id) AS members
      FROM household h JOIN resident r ON r.household_id = h.id
     GROUP BY h.id HAVING count(*) >= 2 ORDER BY h.grid_id, h.id`.execute(world.t.db);
  const first = rows[0];
  if (!first) throw new Error('the demo city has no households of two');
  const other = rows.filter((r) => r.grid_id !== first.grid_id);
  const households = [...rows.slice(0, 4), ...other.slice(0, 4)].map((r) => ({
    id: r.id,
    gridId: r.grid_id,
    members: r.members,
  }));
  if (households.length < 8 || households[3]?.gridId !== first.grid_id)
    throw new Error('the demo city has too few households of two');
  await world.signInAs('nearby', ['grid_worker'], [first.grid_id]);
  return { ...world, households, designate: (level, ids, protocol) => designateArea(world.t.db, level, ids, protocol) };
}

/** A gate scan as a phone sends it. */
export function gateScan(
  direction: 'exit' | 'return',
  token: string | undefined,
  at = new Date(),
  extra: { emergency?: { reason: string; name?: string; householdId?: number }; scanId?: string } = {},
) {
  return {
    scanId: extra.scanId ?? randomUUID(),
    direction,
    at: at.toISOString(),
    gate: '东门',
    ...(token === undefined ? {} : { token }),
    ...(extra.emergency ? { emergency: extra.emergency } : {}),
  };
}
