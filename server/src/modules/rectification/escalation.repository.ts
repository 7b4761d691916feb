import { sql } from 'kysely';
import type { Executor } from '../../core/db/database.ts';

export interface EscalatedOrder {
  id: number;
  number: string;
  escalated_region_id: number;
  region_name: string;
}

/**
 * Escalates, once, every open order past its deadline at `now` to the region above its unit: for a place the
 * parent of its grid (the community), for a region node its parent (the top region keeps its own).
 */
export async function escalateOverdue(db: Executor, now: Date): Promise<EscalatedOrder[]> {
  const { rows } = await sql<EscalatedOrder>`
    WITH due AS (
      SELECT o.id, coalesce(g.parent_id, g.id) AS superior
        FROM rectification_order o
        LEFT JOIN place p ON p.id = o.unit_place_id
        JOIN region g ON g.id = coalesce(p.grid_id, o.unit_region_id)
       WHERE o.status <> 'closed' AND o.deadline < ${now} AND o.escalated_at IS NULL
         FOR UPDATE OF o SKIP LOCKED),
    done AS (
      UPDATE rectification_order o SET escalated_at = ${now}, escalated_region_id = due.superior
        FROM due WHERE o.id = due.id
      RETURNING o.id, o.number, o.escalated_region_id)
    SELECT done.id, done.number, done.escalated_region_id, r.name AS region_name
      FROM done JOIN region r ON r.id = done.escalated_region_id ORDER BY done.number`.execute(db);
  return rows;
}
