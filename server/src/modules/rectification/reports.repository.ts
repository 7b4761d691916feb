import { type RawBuilder, sql } from 'kysely';
import type { Actor } from '../../core/auth/actor.ts';
import { inJurisdiction } from '../../core/auth/scope.ts';
import type { Executor } from '../../core/db/database.ts';
import type { FindingSeverity } from '../supervision/vocabulary.ts';
import type { OrderStatus } from './vocabulary.ts';

/*
 * Reads of the supervision module's plans and inspections for reports, to switch over to its service once it
 * offers them.
 */

/** Which inspections a report covers; every one also within the actor's jurisdiction. */
export interface InspectionSet {
  planId?: number;
  teamOfPlanId?: number;
  start?: Date;
  end?: Date;
}

function inspectionFilter(actor: Actor, set: InspectionSet): RawBuilder<boolean> {
  const tests: RawBuilder<unknown>[] = [inJurisdiction(actor, 'i.path')];
  if (set.planId) tests.push(sql`i.plan_target_id IN (SELECT id FROM plan_target WHERE plan_id = ${set.planId})`);
  if (set.teamOfPlanId)
    tests.push(sql`i.inspector_id IN (SELECT user_id FROM plan_member WHERE plan_id = ${set.teamOfPlanId})`);
  if (set.start) tests.push(sql`i.checked_in_at >= ${set.start}`);
  if (set.end) tests.push(sql`i.checked_in_at < ${set.end}`);
  return sql<boolean>`(${sql.join(tests, sql` AND `)})`;
}

/**
 * The plan, unless it is an unannounced one aimed at a unit of the actor whose inspection is not recorded yet
 * (四不两直: its people do not learn of it from a report either).
 */
export async function visiblePlan(db: Executor, actor: Actor, planId: number) {
  const { rows } = await sql<{ id: number; code: string; title: string }>`
    SELECT p.id, p.code, p.title FROM inspection_plan p
     WHERE p.id = ${planId} AND ${inJurisdiction(actor, 'p.path')}
       AND NOT (p.unannounced AND EXISTS (
             SELECT 1 FROM plan_target t JOIN place_member pm ON pm.place_id = t.place_id AND pm.user_id = ${actor.userId}
              WHERE t.plan_id = p.id AND NOT EXISTS (SELECT 1 FROM inspection x WHERE x.plan_target_id = t.id)))`.execute(
    db,
  );
  return rows[0] ?? null;
}

export async function teamOf(db: Executor, planId: number): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`
    SELECT u.display_name AS name FROM plan_member m JOIN app_user u ON u.id = m.user_id
     WHERE m.plan_id = ${planId} ORDER BY m.leader DESC, u.display_name`.execute(db);
  return rows.map((r) => r.name);
}

export interface ReportCounts {
  inspections: number;
  findings: number;
  fixed_on_spot: number;
  orders: number;
  closed: number;
  closed_on_time: number;
  overdue: number;
}

export async function reportCounts(db: Executor, actor: Actor, set: InspectionSet, now: Date): Promise<ReportCounts> {
  const { rows } = await sql<ReportCounts>`
    WITH ins AS (SELECT i.id FROM inspection i WHERE ${inspectionFilter(actor, set)}),
         f AS (SELECT id, disposition FROM finding WHERE inspection_id IN (SELECT id FROM ins)),
         o AS (SELECT status, deadline, closed_at FROM rectification_order WHERE finding_id IN (SELECT id FROM f))
    SELECT (SELECT count(*) FROM ins) AS inspections, (SELECT count(*) FROM f) AS findings,
           (SELECT count(*) FROM f WHERE disposition = 'fixed_on_spot') AS fixed_on_spot,
           (SELECT count(*) FROM o) AS orders, (SELECT count(*) FROM o WHERE status = 'closed') AS closed,
           (SELECT count(*) FROM o WHERE closed_at <= deadline) AS closed_on_time,
           (SELECT count(*) FROM o WHERE closed_at > deadline OR (closed_at IS NULL AND deadline < ${now})) AS overdue`.execute(
    db,
  );
  const row = rows[0];
  if (!row) throw new Error('no counts');
  return row;
}

export async function reportInspections(db: Executor, actor: Actor, set: InspectionSet, limit: number) {
  const { rows } = await sql<{ id: number; target: string; inspector: string; checked_in_at: Date; findings: number }>`
    SELECT i.id, coalesce(p.name, r.name) AS target, u.display_name AS inspector, i.checked_in_at,
           (SELECT count(*) FROM finding f WHERE f.inspection_id = i.id) AS findings
      FROM inspection i JOIN app_user u ON u.id = i.inspector_id
      LEFT JOIN place p ON p.id = i.place_id LEFT JOIN region r ON r.id = i.region_id
     WHERE ${inspectionFilter(actor, set)} ORDER BY i.checked_in_at, i.id LIMIT ${limit}`.execute(db);
  return rows;
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

export async function reportOrders(db: Executor, actor: Actor, set: InspectionSet, limit: number) {
  const { rows } = await sql<ReportOrderRow>`
    SELECT o.id, o.number, coalesce(p.name, r.name) AS unit, f.description AS problem, o.severity, o.status, o.deadline,
           o.closed_at
      FROM rectification_order o JOIN finding f ON f.id = o.finding_id JOIN inspection i ON i.id = f.inspection_id
      LEFT JOIN place p ON p.id = o.unit_place_id LEFT JOIN region r ON r.id = o.unit_region_id
     WHERE ${inspectionFilter(actor, set)} ORDER BY o.number LIMIT ${limit}`.execute(db);
  return rows;
}
