import { sql } from 'kysely';
import type { Db } from '../../server/src/core/db/database.ts';
import { recomputeHealthStatus } from '../../server/src/modules/healthstatus/recompute.ts';
import { timed } from './results.ts';

/** Share of the city's households the bench's area covers: a city-wide lockdown of most districts. */
const AREA_SHARE = 0.6;

/**
 * Designates an active area at the active protocol's strictest closed level over `share` of the city's
 * households (picked by a hash of their id, so spread over the whole city), straight into the
 * tables as an approval leaves them. One statement each, so memory stays in the database.
 */
async function designateArea(db: Db, share: number): Promise<number> {
  const { rows } = await sql<{ id: number }>`
    INSERT INTO risk_area (code, name, level, region_id, path, status, reason, starts_at, level_since, protocol_id)
    SELECT 'BENCH-' || nextval('risk_area_code_seq'), '压测封控区', l.key, r.id, r.path, 'active', '压测', now(), now(), p.id
      FROM protocol p
      CROSS JOIN LATERAL (SELECT key FROM jsonb_each(p.document -> 'riskAreas' -> 'levels') AS e(key, value)
                           WHERE value ->> 'closure' IS NOT NULL ORDER BY (value ->> 'rank')::int DESC LIMIT 1) l
      CROSS JOIN (SELECT id, path FROM region WHERE parent_id IS NULL ORDER BY id LIMIT 1) r
     WHERE p.active
    RETURNING id`.execute(db);
  const areaId = rows[0]?.id;
  if (areaId === undefined) throw new Error('the active protocol has no closed risk level');
  await sql`
    INSERT INTO risk_area_household (area_id, household_id)
    SELECT ${areaId}, id FROM household WHERE abs(hashint8(id) % 1000) < ${Math.round(share * 1000)}`.execute(db);
  await sql`ANALYZE risk_area_household`.execute(db);
  return areaId;
}

async function residentCount(db: Db): Promise<number> {
  const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM resident`.execute(db);
  return rows[0]?.n ?? 0;
}

export interface AreaRecomputeFigures {
  /** Designating the area and recomputing the whole city, as the nightly or a city-wide request would. */
  designateAndRecomputeMs: number;
  residents: number;
  changed: number;
  /** Lifting the area again and recomputing only its residents (the request after an area's change). */
  areaRecomputeMs: number;
  areaResidents: number;
  areaChanged: number;
}

/**
 * Health-status recomputation after a large area is designated, on a database already holding a city of
 * `opts.residents`: the whole city recomputed once the area is active (most of its residents turn yellow),
 * then the area lifted and recomputed by its own scope (they turn green again). Leaves no area active.
 */
export async function benchHealthStatusAfterArea(db: Db, opts: { residents: number }): Promise<AreaRecomputeFigures> {
  const loaded = await residentCount(db);
  if (loaded < opts.residents) throw new Error(`the bench city holds ${loaded} residents, not ${opts.residents}`);
  const designated = await timed(async () => {
    const areaId = await designateArea(db, AREA_SHARE);
    return { areaId, figures: await recomputeHealthStatus(db, { all: true }) };
  });
  const { areaId, figures } = designated.value;
  await sql`UPDATE risk_area SET status = 'lifted', lifted_at = now() WHERE id = ${areaId}`.execute(db);
  const area = await recomputeHealthStatus(db, { areaId });
  return {
    designateAndRecomputeMs: Math.round(designated.ms),
    residents: figures.residents,
    changed: figures.changed,
    areaRecomputeMs: area.ms,
    areaResidents: area.residents,
    areaChanged: area.changed,
  };
}

/** The nightly recomputation of the whole city when nothing changed: every resident looked at, none written. */
export async function benchFullRecompute(db: Db): Promise<{ ms: number; residents: number; changed: number }> {
  return recomputeHealthStatus(db, { all: true });
}
