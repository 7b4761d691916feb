import { sql } from 'kysely';
import type { Executor } from '../../core/db/database.ts';
import type { coveredFindings } from '../supervision/coverage.service.ts';
import type { FindingSeverity } from '../supervision/vocabulary.ts';
import type { OrderStatus } from './vocabulary.ts';

/**
 * The findings a report covers, as an SQL relation of (id, description): the supervision module decides which
 * the actor may see; the orders' queries here join it.
 */
type CoveredFindings = ReturnType<typeof coveredFindings>;

export interface OrderCounts {
  orders: number;
  closed: number;
  closed_on_time: number;
  overdue: number;
}

export async function orderCounts(db: Executor, findings: CoveredFindings, now: Date): Promise<OrderCounts> {
  const { rows } = await sql<OrderCounts>`
    WITH o AS (SELECT status, deadline, closed_at FROM rectification_order
                WHERE finding_id IN (SELECT id FROM (${findings}) f))
    SELECT (SELECT count(*) FROM o) AS orders, (SELECT count(*) FROM o WHERE status = 'closed') AS closed,
           (SELECT count(*) FROM o WHERE closed_at <= deadline) AS closed_on_time,
           (SELECT count(*) FROM o WHERE closed_at > deadline OR (closed_at IS NULL AND deadline < ${now})) AS overdue`.execute(
    db,
  );
  const row = rows[0];
  if (!row) throw new Error('no counts');
  return row;
}

export interface ReportOrderRow {
  id: number;
  number: string;
  unit: string;
  problem: string;
  severity: FindingSeverity;
  status: OrderStatus;
  deadline: Date;
  closed_at: Date | null;
}

export async function reportOrders(db: Executor, findings: CoveredFindings, limit: number) {
  const { rows } = await sql<ReportOrderRow>`
    SELECT o.id, o.number, coalesce(p.name, r.name) AS unit, f.description AS problem, o.severity, o.status, o.deadline,
           o.closed_at
      FROM rectification_order o JOIN (${findings}) f ON f.id = o.finding_id
      LEFT JOIN place p ON p.id = o.unit_place_id LEFT JOIN region r ON r.id = o.unit_region_id
     ORDER BY o.number LIMIT ${limit}`.execute(db);
  return rows;
}
