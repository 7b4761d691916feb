import { sql } from 'kysely';
import type { Executor } from '../../core/db/database.ts';

/**
 * Recounts every region's figures from the facts and repairs the live counts where they drifted
 * (DESIGN: counters are kept incrementally, and a periodic recount catches what slipped). Returns how
 * many regions were corrected. Runs in one transaction: readers see old or new figures, never a mix.
 */
export async function recountRegistry(db: Executor): Promise<number> {
  const { rows } = await sql<{ corrected: number }>`
    WITH facts AS (
      SELECT region_id, sum(residents)::int AS residents, sum(households)::int AS households,
             sum(buildings)::int AS buildings, sum(places)::int AS places, sum(special_needs)::int AS special_needs
        FROM (
          SELECT grid_id AS region_id, count(*) AS residents, 0 AS households, 0 AS buildings, 0 AS places,
                 count(*) FILTER (WHERE tags <> '{}') AS special_needs FROM resident GROUP BY grid_id
          UNION ALL SELECT grid_id, 0, count(*), 0, 0, 0 FROM household GROUP BY grid_id
          UNION ALL SELECT grid_id, 0, 0, count(*), 0, 0 FROM building GROUP BY grid_id
          UNION ALL SELECT grid_id, 0, 0, 0, count(*), 0 FROM place GROUP BY grid_id
        ) f GROUP BY region_id),
    wanted AS (
      SELECT coalesce(f.region_id, c.region_id) AS region_id,
             coalesce(f.residents, 0) AS residents, coalesce(f.households, 0) AS households,
             coalesce(f.buildings, 0) AS buildings, coalesce(f.places, 0) AS places,
             coalesce(f.special_needs, 0) AS special_needs
        FROM facts f FULL JOIN registry_count c ON c.region_id = f.region_id),
    fixed AS (
      INSERT INTO registry_count AS c (region_id, path, residents, households, buildings, places, special_needs)
      SELECT w.region_id, r.path, w.residents, w.households, w.buildings, w.places, w.special_needs
        FROM wanted w JOIN region r ON r.id = w.region_id
      ON CONFLICT (region_id) DO UPDATE SET residents = excluded.residents, households = excluded.households,
        buildings = excluded.buildings, places = excluded.places, special_needs = excluded.special_needs
       WHERE (c.residents, c.households, c.buildings, c.places, c.special_needs)
             IS DISTINCT FROM (excluded.residents, excluded.households, excluded.buildings, excluded.places, excluded.special_needs)
      RETURNING 1)
    SELECT count(*)::int AS corrected FROM fixed`.execute(db);
  return rows[0]?.corrected ?? 0;
}
