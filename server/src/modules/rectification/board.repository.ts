import { sql } from 'kysely';
import type { Actor } from '../../core/auth/actor.ts';
import type { Executor } from '../../core/db/database.ts';
import type { FindingSeverity } from '../supervision/vocabulary.ts';
import { orderVisible } from './orders.repository.ts';
import type { OrderStatus } from './vocabulary.ts';

/** Records the carry of an order from a day; false when it is carried from that day already. */
export async function insertCarry(
  db: Executor,
  c: { orderId: number; day: string; reason: string; by: number },
): Promise<boolean> {
  const { rows } = await sql<{ order_id: number }>`
    INSERT INTO problem_carry (order_id, day, reason, created_by) VALUES (${c.orderId}, ${c.day}::date, ${c.reason}, ${c.by})
    ON CONFLICT (order_id, day) DO NOTHING RETURNING order_id`.execute(db);
  return rows.length === 1;
}

export interface BoardOrderRow {
  id: number;
  number: string;
  unit_place_id: number | null;
  unit_region_id: number | null;
  unit_name: string;
  group_region_id: number;
  group_region_name: string;
  problem: string;
  severity: FindingSeverity;
  responsible_name: string;
  issued_at: Date;
  deadline: Date;
  status: OrderStatus;
  open: boolean;
  overdue: boolean;
  escalated_to: string | null;
  closed_at: Date | null;
  carry_reason: string | null;
}

/**
 * The orders of a day's list (每日问题清单) the actor sees under `bases` (region paths): those issued before the
 * day ends and not closed before it began. Each is counted under the region one level below its base (or the
 * base itself for an order of the base node). As of `now` for today; a past day as it ended.
 */
export async function boardOrders(
  db: Executor,
  actor: Actor,
  d: { day: string; start: Date; end: Date; now: Date; bases: string[] },
): Promise<BoardOrderRow[]> {
  const cutoff = d.now < d.end ? d.now : d.end;
  const { rows } = await sql<BoardOrderRow>`
    WITH base AS (SELECT unnest(${d.bases}::text[])::ltree AS path),
    day_orders AS (
      SELECT o.*, (SELECT subpath(o.path, 0, least(nlevel(b.path) + 1, nlevel(o.path))) FROM base b
                    WHERE o.path <@ b.path ORDER BY nlevel(b.path) LIMIT 1) AS group_path,
             (o.closed_at IS NULL OR o.closed_at >= ${d.end}) AS open
        FROM rectification_order o LEFT JOIN region er ON er.id = o.escalated_region_id
       WHERE ${orderVisible(actor)} AND o.issued_at < ${d.end} AND (o.closed_at IS NULL OR o.closed_at >= ${d.start})
         AND EXISTS (SELECT 1 FROM base b WHERE o.path <@ b.path))
    SELECT o.id, o.number, o.unit_place_id, o.unit_region_id, coalesce(p.name, ur.name) AS unit_name,
           g.id AS group_region_id, g.name AS group_region_name, f.description AS problem, o.severity,
           o.responsible_name, o.issued_at, o.deadline, o.status, o.open, (o.open AND o.deadline < ${cutoff}) AS overdue,
           CASE WHEN o.escalated_at < ${d.end} THEN er.name END AS escalated_to, o.closed_at, c.reason AS carry_reason
      FROM day_orders o
      JOIN finding f ON f.id = o.finding_id
      JOIN region g ON g.path = o.group_path
      LEFT JOIN place p ON p.id = o.unit_place_id
      LEFT JOIN region ur ON ur.id = o.unit_region_id
      LEFT JOIN region er ON er.id = o.escalated_region_id
      LEFT JOIN problem_carry c ON c.order_id = o.id AND c.day = ${d.day}::date
     ORDER BY g.path, unit_name, o.number`.execute(db);
  return rows;
}

/** The path and name of a region, or of the top regions for a user over the whole tree. */
export async function regionPaths(
  db: Executor,
  which: { regionId: number } | 'top',
): Promise<{ id: number; name: string; path: string }[]> {
  const { rows } = await sql<{ id: number; name: string; path: string }>`
    SELECT id, name, path::text AS path FROM region
     WHERE ${which === 'top' ? sql`parent_id IS NULL` : sql`id = ${which.regionId}`} ORDER BY path`.execute(db);
  return rows;
}
