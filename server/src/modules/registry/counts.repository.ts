import { sql } from 'kysely';
import type { Executor } from '../../core/db/database.ts';

export type CountColumn = 'residents' | 'households' | 'buildings' | 'places' | 'special_needs';

/** Increments to registry_count, gathered per region before writing (one row per region per batch). */
export class CountDeltas {
  private readonly byRegion = new Map<number, { path: string; deltas: Record<CountColumn, number> }>();

  add(regionId: number, path: string, column: CountColumn, delta: number): void {
    if (delta === 0) return;
    let entry = this.byRegion.get(regionId);
    if (!entry) {
      entry = { path, deltas: { residents: 0, households: 0, buildings: 0, places: 0, special_needs: 0 } };
      this.byRegion.set(regionId, entry);
    }
    entry.deltas[column] += delta;
  }

  /** Applies the increments in the caller's transaction, in region order (no deadlocks between batches). */
  async apply(db: Executor): Promise<void> {
    if (this.byRegion.size === 0) return;
    const entries = [...this.byRegion.entries()].sort(([a], [b]) => a - b);
    const column = (name: CountColumn) => entries.map(([, e]) => e.deltas[name]);
    await sql`
      INSERT INTO registry_count AS c (region_id, path, residents, households, buildings, places, special_needs)
      SELECT id, path::ltree, r, h, b, p, s
        FROM unnest(${entries.map(([id]) => id)}::bigint[], ${entries.map(([, e]) => e.path)}::text[],
                    ${column('residents')}::int[], ${column('households')}::int[], ${column('buildings')}::int[],
                    ${column('places')}::int[], ${column('special_needs')}::int[]) AS t(id, path, r, h, b, p, s)
      ON CONFLICT (region_id) DO UPDATE SET
        residents = c.residents + excluded.residents, households = c.households + excluded.households,
        buildings = c.buildings + excluded.buildings, places = c.places + excluded.places,
        special_needs = c.special_needs + excluded.special_needs`.execute(db);
  }
}

export interface CountTotals {
  residents: number;
  households: number;
  buildings: number;
  places: number;
  specialNeeds: number;
}

/** Sums the live counts under each path (every count row below a node adds to it). */
export async function totalsUnder(db: Executor, paths: string[]): Promise<CountTotals[]> {
  if (paths.length === 0) return [];
  const { rows } = await sql<CountTotals & { i: number }>`
    SELECT t.i, coalesce(sum(c.residents), 0)::int AS residents, coalesce(sum(c.households), 0)::int AS households,
           coalesce(sum(c.buildings), 0)::int AS buildings, coalesce(sum(c.places), 0)::int AS places,
           coalesce(sum(c.special_needs), 0)::int AS "specialNeeds"
      FROM unnest(${paths}::text[]) WITH ORDINALITY AS t(path, i)
      LEFT JOIN registry_count c ON c.path <@ t.path::ltree
     GROUP BY t.i ORDER BY t.i`.execute(db);
  return rows.map(({ i: _i, ...totals }) => totals);
}
