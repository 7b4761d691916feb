import { sql, type RawBuilder } from 'kysely';
import type { Actor } from '../../core/auth/actor.ts';
import { touchesJurisdiction } from '../../core/auth/scope.ts';

/**
 * SQL true where the caller is one of the people of a plan target's unit: a member of a target place
 * (place_member), or, for a region target, a user whose assigned regions lie at or under that region.
 * `targetAlias` names a plan_target row.
 */
export function belongsToTarget(actor: Actor, targetAlias: string): RawBuilder<boolean> {
  const target = (column: string) => sql.ref(`${targetAlias}.${column}`);
  return sql<boolean>`(
    EXISTS (SELECT 1 FROM place_member m WHERE m.place_id = ${target('place_id')} AND m.user_id = ${actor.userId})
    OR (${target('region_id')} IS NOT NULL AND EXISTS (
      SELECT 1 FROM user_region ur JOIN region ur_r ON ur_r.id = ur.region_id
       WHERE ur.user_id = ${actor.userId} AND ur_r.path <@ ${target('path')})))`;
}

/**
 * The visibility rule of inspection plans, as an SQL condition on `planAlias` (an inspection_plan row):
 * - the plan's creator and its team always see it;
 * - other holders of supervision.read see it when their jurisdiction touches the plan's path,
 * - EXCEPT (四不两直) an unannounced plan with a target not yet checked in that the caller belongs to (as
 *   belongsToTarget says): the unit must not learn of the visit before it happens.
 * Every query of plans, their targets, and whatever would reveal them (inspections of a plan) ANDs this in.
 */
export function visiblePlansWhere(actor: Actor, planAlias = 'p'): RawBuilder<boolean> {
  const plan = (column: string) => sql.ref(`${planAlias}.${column}`);
  const ownTeam = sql`(${plan('created_by')} = ${actor.userId} OR EXISTS (
    SELECT 1 FROM plan_member vm WHERE vm.plan_id = ${plan('id')} AND vm.user_id = ${actor.userId}))`;
  if (!actor.permissions.has('supervision.read')) return sql<boolean>`${ownTeam}`;
  const hiddenFromUnit = sql`(${plan('unannounced')} AND EXISTS (
    SELECT 1 FROM plan_target vt
     WHERE vt.plan_id = ${plan('id')}
       AND NOT EXISTS (SELECT 1 FROM inspection vi WHERE vi.plan_target_id = vt.id)
       AND ${belongsToTarget(actor, 'vt')}))`;
  return sql<boolean>`(${ownTeam} OR (${touchesJurisdiction(actor, `${planAlias}.path`)} AND NOT ${hiddenFromUnit}))`;
}
