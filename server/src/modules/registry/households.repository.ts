import { sql } from 'kysely';
import type { Executor } from '../../core/db/database.ts';
import type { CountDeltas } from './counts.repository.ts';

export interface HouseholdRef {
  id: number;
  gridId: number;
}

/**
 * Households by address, creating the missing ones in the given grid (a resident ledger names the
 * household, and requiring a separate household import first would only get in the way).
 */
export async function findOrCreateHouseholds(
  db: Executor,
  wanted: { address: string; gridId: number; path: string }[],
  counts: CountDeltas,
): Promise<Map<string, HouseholdRef>> {
  const unique = new Map(wanted.map((w) => [w.address, w]));
  if (unique.size === 0) return new Map();
  const addresses = [...unique.keys()];
  const found = await sql<{ id: number; address: string; grid_id: number }>`
    SELECT id, address, grid_id FROM household WHERE address = ANY(${addresses}::text[])`.execute(db);
  const result = new Map(found.rows.map((r) => [r.address, { id: r.id, gridId: r.grid_id }]));
  // In address order, so two batches creating the same households lock them in the same order.
  const missing = [...unique.values()]
    .filter((w) => !result.has(w.address))
    .sort((a, b) => (a.address < b.address ? -1 : 1));
  if (missing.length > 0) {
    const created = await sql<{ id: number; address: string; grid_id: number }>`
      INSERT INTO household (address, grid_id, path)
      SELECT a, g, p::ltree FROM unnest(${missing.map((m) => m.address)}::text[], ${missing.map((m) => m.gridId)}::bigint[],
                                        ${missing.map((m) => m.path)}::text[]) AS t(a, g, p)
      ON CONFLICT (address) DO NOTHING
      RETURNING id, address, grid_id`.execute(db);
    for (const row of created.rows) result.set(row.address, { id: row.id, gridId: row.grid_id });
    for (const m of missing) if (result.has(m.address)) counts.add(m.gridId, m.path, 'households', 1);
    // Created meanwhile by a concurrent batch (it committed while this insert waited): read them now.
    const raced = missing.filter((m) => !result.has(m.address)).map((m) => m.address);
    if (raced.length > 0) {
      const found = await sql<{ id: number; address: string; grid_id: number }>`
        SELECT id, address, grid_id FROM household WHERE address = ANY(${raced}::text[])`.execute(db);
      for (const row of found.rows) result.set(row.address, { id: row.id, gridId: row.grid_id });
    }
  }
  return result;
}
