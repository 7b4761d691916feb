import { sql } from 'kysely';
import type { Executor } from '../../core/db/database.ts';
import type { AreaRow } from './riskareas.repository.ts';

/** The residents of an area: of its covered households, and for a region area everyone under it. */
const residentsOf = (area: AreaRow) => sql`
  SELECT r.id FROM resident r JOIN risk_area_household h ON h.household_id = r.household_id
   WHERE h.area_id = ${area.id}
  ${area.kind === 'region' ? sql`UNION SELECT r.id FROM resident r WHERE r.path <@ ${area.path}::ltree` : sql``}`;

/**
 * The latest case in the area (not excluded): a resident of it, or — for a region area — any case
 * placed under the region (travellers without a registry entry are placed by region only).
 */
export async function lastCaseAt(db: Executor, area: AreaRow): Promise<Date | null> {
  const { rows } = await sql<{ at: Date | null }>`
    SELECT max(c.found_at) AS at FROM tracing_case c
     WHERE c.classification <> 'excluded'
       AND (c.resident_id IN (${residentsOf(area)})
            ${area.kind === 'region' ? sql`OR c.path <@ ${area.path}::ltree` : sql``})`.execute(db);
  return rows[0]?.at ?? null;
}

/**
 * The latest negative round of the area: among the testing rounds that sampled residents of the area,
 * those in which every sampled resident of the area has a result and every result is negative (no pool
 * holding one of them positive, none invalid, none still awaited); the round's time is the last sampling
 * of the area's residents in it. Sampling time, not result time: a round proves the area clean as it was
 * when sampled, so a round sampled before the last case cannot count even if its result came after.
 *
 * test_coverage holds, per round and resident, the worst result of their tubes (null while none is
 * resulted): one indexed look-up per resident and round. Rounds closed before the present level took
 * effect are skipped: they sampled nobody since (a closed round takes no samples).
 */
export async function lastNegativeRoundAt(db: Executor, area: AreaRow): Promise<Date | null> {
  const since = area.level_since ?? area.starts_at;
  const { rows } = await sql<{ at: Date | null }>`
    WITH people AS (${residentsOf(area)}),
    rounds AS (
      SELECT v.campaign_id, max(v.first_sampled_at) AS sampled_until,
             bool_and(v.result IS NOT DISTINCT FROM 'negative') AS negative
        FROM test_campaign k
        JOIN test_coverage v ON v.campaign_id = k.id
        JOIN people p ON p.id = v.resident_id
       WHERE k.closed_at IS NULL OR k.closed_at >= ${since}
       GROUP BY v.campaign_id)
    SELECT max(sampled_until) AS at FROM rounds WHERE negative`.execute(db);
  return rows[0]?.at ?? null;
}
