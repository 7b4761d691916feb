import { type RawBuilder, sql } from 'kysely';
import type { Actor } from '../../core/auth/actor.ts';
import { inJurisdiction } from '../../core/auth/scope.ts';
import type { Executor } from '../../core/db/database.ts';
import { visibleInspectionsWhere } from './inspections.repository.ts';

/** Which inspections a report covers: a plan's, a team's (the members of a plan), those of a period, or both. */
export interface InspectionSet {
  planId?: number;
  teamOfPlanId?: number;
  start?: Date;
  end?: Date;
}

/**
 * SQL true for the inspections `i` of the set the actor may be told of: within their jurisdiction (a report
 * speaks for it, not for an inspector's own visits beyond it), and never one that would reveal a plan hidden
 * from them (visibleInspectionsWhere: 四不两直 holds in reports too).
 */
function coveredWhere(actor: Actor, set: InspectionSet): RawBuilder<boolean> {
  const tests: RawBuilder<unknown>[] = [inJurisdiction(actor, 'i.path'), visibleInspectionsWhere(actor, 'i')];
  if (set.planId) tests.push(sql`i.plan_target_id IN (SELECT id FROM plan_target WHERE plan_id = ${set.planId})`);
  if (set.teamOfPlanId)
    tests.push(sql`i.inspector_id IN (SELECT user_id FROM plan_member WHERE plan_id = ${set.teamOfPlanId})`);
  if (set.start) tests.push(sql`i.checked_in_at >= ${set.start}`);
  if (set.end) tests.push(sql`i.checked_in_at < ${set.end}`);
  return sql<boolean>`(${sql.join(tests, sql` AND `)})`;
}

export interface CoverageCounts {
  inspections: number;
  findings: number;
  fixed_on_spot: number;
}

export async function coverageCounts(db: Executor, actor: Actor, set: InspectionSet): Promise<CoverageCounts> {
  const { rows } = await sql<CoverageCounts>`
    WITH ins AS (SELECT i.id FROM inspection i WHERE ${coveredWhere(actor, set)}),
         f AS (SELECT disposition FROM finding WHERE inspection_id IN (SELECT id FROM ins))
    SELECT (SELECT count(*) FROM ins) AS inspections, (SELECT count(*) FROM f) AS findings,
           (SELECT count(*) FROM f WHERE disposition = 'fixed_on_spot') AS fixed_on_spot`.execute(db);
  const row = rows[0];
  if (!row) throw new Error('no counts');
  return row;
}

/** The set's inspections in check-in order, up to `limit`. */
export async function coveredInspections(db: Executor, actor: Actor, set: InspectionSet, limit: number) {
  const { rows } = await sql<{ id: number; target: string; inspector: string; checked_in_at: Date; findings: number }>`
    SELECT i.id, coalesce(p.name, r.name) AS target, u.display_name AS inspector, i.checked_in_at,
           (SELECT count(*) FROM finding f WHERE f.inspection_id = i.id) AS findings
      FROM inspection i JOIN app_user u ON u.id = i.inspector_id
      LEFT JOIN place p ON p.id = i.place_id LEFT JOIN region r ON r.id = i.region_id
     WHERE ${coveredWhere(actor, set)} ORDER BY i.checked_in_at, i.id LIMIT ${limit}`.execute(db);
  return rows;
}

/** The findings of the set's inspections as an SQL relation of (id, description). */
export const coveredFindings = (actor: Actor, set: InspectionSet): RawBuilder<{ id: number; description: string }> =>
  sql`SELECT f.id, f.description FROM finding f JOIN inspection i ON i.id = f.inspection_id
       WHERE ${coveredWhere(actor, set)}`;
