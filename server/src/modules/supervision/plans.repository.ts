import { sql } from 'kysely';
import type { Actor } from '../../core/auth/actor.ts';
import { inJurisdiction } from '../../core/auth/scope.ts';
import { rolePermissions } from '../../core/auth/roles.ts';
import type { Executor } from '../../core/db/database.ts';
import type { PlanListQuery } from './plans.schema.ts';
import { visiblePlansWhere } from './visibility.ts';

export interface TargetRef {
  place_id: number | null;
  region_id: number | null;
  path: string;
  name: string;
}

/** The places and region nodes among the ids that lie in the caller's jurisdiction. */
export async function targetsInJurisdiction(
  db: Executor,
  actor: Actor,
  placeIds: number[],
  regionIds: number[],
): Promise<TargetRef[]> {
  const { rows } = await sql<TargetRef>`
    SELECT p.id::int AS place_id, NULL::int AS region_id, p.path::text AS path, p.name FROM place p
     WHERE p.id = ANY(${placeIds}::bigint[]) AND ${inJurisdiction(actor, 'p.path')}
    UNION ALL
    SELECT NULL, r.id::int, r.path::text, r.name FROM region r
     WHERE r.id = ANY(${regionIds}::bigint[]) AND ${inJurisdiction(actor, 'r.path')}`.execute(db);
  return rows;
}

/** The enabled accounts among the ids. */
export async function enabledUsers(db: Executor, ids: number[]): Promise<number[]> {
  const { rows } = await sql<{ id: number }>`
    SELECT id::int AS id FROM app_user WHERE id = ANY(${ids}::bigint[]) AND disabled_at IS NULL`.execute(db);
  return rows.map((r) => r.id);
}

export async function insertPlan(
  db: Executor,
  plan: {
    title: string;
    unannounced: boolean;
    startsOn: string;
    endsOn: string;
    note: string | null;
    targetPaths: string[];
    createdBy: number;
  },
): Promise<{ id: number; code: string }> {
  // The plan's reach is the deepest node above or at every target: lca() of the paths with a dummy label
  // appended, since lca() alone never returns one of its arguments (a single target would lose its node).
  const { rows } = await sql<{ id: number; code: string }>`
    INSERT INTO inspection_plan (code, title, unannounced, starts_on, ends_on, path, note, created_by)
    VALUES ('DC-' || lpad(nextval('inspection_plan_seq')::text, 6, '0'), ${plan.title}, ${plan.unannounced},
            ${plan.startsOn}, ${plan.endsOn},
            lca((SELECT array_agg((t || '._')::ltree) FROM unnest(${plan.targetPaths}::text[]) t)),
            ${plan.note}, ${plan.createdBy})
    RETURNING id::int AS id, code`.execute(db);
  return rows[0]!;
}

export async function insertTargets(db: Executor, planId: number, targets: TargetRef[]): Promise<void> {
  await sql`
    INSERT INTO plan_target (plan_id, place_id, region_id, path)
    SELECT ${planId}, t.place_id, t.region_id, t.path::ltree
      FROM jsonb_to_recordset(${JSON.stringify(targets)}::jsonb) AS t(place_id bigint, region_id bigint, path text)`.execute(
    db,
  );
}

export async function insertMembers(db: Executor, planId: number, userIds: number[], leaderId: number): Promise<void> {
  await sql`
    INSERT INTO plan_member (plan_id, user_id, leader)
    SELECT ${planId}, u, u = ${leaderId} FROM unnest(${userIds}::bigint[]) u`.execute(db);
}

export interface PlanRow {
  id: number;
  code: string;
  title: string;
  unannounced: boolean;
  starts_on: string;
  ends_on: string;
  status: 'planned' | 'done' | 'cancelled';
  note: string | null;
  path: string;
  created_by: number;
  creator_name: string;
  target_count: number;
  inspected_count: number;
}

const planColumns = sql`p.id::int AS id, p.code, p.title, p.unannounced, to_char(p.starts_on, 'YYYY-MM-DD') AS starts_on,
  to_char(p.ends_on, 'YYYY-MM-DD') AS ends_on, p.status, p.note, p.path::text AS path, p.created_by::int AS created_by,
  u.display_name AS creator_name,
  (SELECT count(*)::int FROM plan_target t WHERE t.plan_id = p.id) AS target_count,
  (SELECT count(*)::int FROM plan_target t JOIN inspection i ON i.plan_target_id = t.id WHERE t.plan_id = p.id)
    AS inspected_count`;

/** A page of the plans the caller may see (visiblePlansWhere), the latest first. */
export async function listPlans(db: Executor, actor: Actor, query: PlanListQuery) {
  const where = sql`${visiblePlansWhere(actor, 'p')} ${query.status ? sql`AND p.status = ${query.status}` : sql``}`;
  const { rows } = await sql<PlanRow & { total: number }>`
    SELECT ${planColumns}, count(*) OVER ()::int AS total
      FROM inspection_plan p JOIN app_user u ON u.id = p.created_by
     WHERE ${where}
     ORDER BY p.starts_on DESC, p.id DESC
     LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`.execute(db);
  return { rows, total: rows[0]?.total ?? 0 };
}

/** One plan, if the caller may see it (visiblePlansWhere). */
export async function findPlan(db: Executor, actor: Actor, planId: number, lock = false) {
  const { rows } = await sql<PlanRow>`
    SELECT ${planColumns} FROM inspection_plan p JOIN app_user u ON u.id = p.created_by
     WHERE p.id = ${planId} AND ${visiblePlansWhere(actor, 'p')} ${lock ? sql`FOR UPDATE OF p` : sql``}`.execute(db);
  return rows[0];
}

export interface TargetRow {
  id: number;
  place_id: number | null;
  region_id: number | null;
  name: string;
  kind: string;
  inspection_id: number | null;
  checked_in_at: Date | null;
  submitted_at: Date | null;
  inspector: string | null;
}

/** The targets of a plan (the caller sees the plan already) with their inspection, once checked in. */
export async function targetsOf(db: Executor, planId: number): Promise<TargetRow[]> {
  const { rows } = await sql<TargetRow>`
    SELECT t.id::int AS id, t.place_id::int AS place_id, t.region_id::int AS region_id,
           coalesce(pl.name, r.name) AS name, coalesce(pl.type, 'community') AS kind,
           i.id::int AS inspection_id, i.checked_in_at, i.submitted_at, iu.display_name AS inspector
      FROM plan_target t
      LEFT JOIN place pl ON pl.id = t.place_id
      LEFT JOIN region r ON r.id = t.region_id
      LEFT JOIN inspection i ON i.plan_target_id = t.id
      LEFT JOIN app_user iu ON iu.id = i.inspector_id
     WHERE t.plan_id = ${planId} ORDER BY t.id`.execute(db);
  return rows;
}

export async function membersOf(db: Executor, planId: number) {
  const { rows } = await sql<{ id: number; name: string; leader: boolean }>`
    SELECT u.id::int AS id, u.display_name AS name, m.leader FROM plan_member m JOIN app_user u ON u.id = m.user_id
     WHERE m.plan_id = ${planId} ORDER BY m.leader DESC, u.display_name`.execute(db);
  return rows;
}

export async function setPlanStatus(db: Executor, planId: number, status: 'done' | 'cancelled'): Promise<void> {
  await sql`UPDATE inspection_plan SET status = ${status} WHERE id = ${planId}`.execute(db);
}

/** Marks a planned plan done once every one of its targets has a submitted inspection. */
export async function completeIfAllSubmitted(db: Executor, planId: number): Promise<boolean> {
  const { rows } = await sql`
    UPDATE inspection_plan p SET status = 'done'
     WHERE p.id = ${planId} AND p.status = 'planned' AND NOT EXISTS (
       SELECT 1 FROM plan_target t LEFT JOIN inspection i ON i.plan_target_id = t.id
        WHERE t.plan_id = p.id AND i.submitted_at IS NULL)
    RETURNING p.id`.execute(db);
  return rows.length > 0;
}

/** Places and region nodes of the jurisdiction whose name contains `q`, for picking a plan's targets. */
export async function searchTargets(db: Executor, actor: Actor, q: string) {
  const like = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const { rows } = await sql<{ place_id: number | null; region_id: number | null; name: string; kind: string }>`
    (SELECT p.id::int AS place_id, NULL::int AS region_id, p.name, p.type AS kind FROM place p
      WHERE p.name ILIKE ${like} AND ${inJurisdiction(actor, 'p.path')} ORDER BY p.name LIMIT 20)
    UNION ALL
    (SELECT NULL, r.id::int, r.name, 'community' FROM region r
      WHERE r.name ILIKE ${like} AND ${inJurisdiction(actor, 'r.path')} ORDER BY r.name LIMIT 20)`.execute(db);
  return rows;
}

/** Enabled accounts whose roles let them inspect (supervision.inspect), for picking a team. */
export async function searchInspectors(db: Executor, q: string | undefined) {
  const roles = Object.entries(rolePermissions)
    .filter(([, granted]) => granted.includes('supervision.inspect'))
    .map(([role]) => role);
  const { rows } = await sql<{ id: number; name: string }>`
    SELECT u.id::int AS id, u.display_name AS name FROM app_user u
     WHERE u.disabled_at IS NULL
       AND EXISTS (SELECT 1 FROM user_role ur WHERE ur.user_id = u.id AND ur.role = ANY(${roles}::text[]))
       ${q ? sql`AND (u.display_name ILIKE ${`%${q}%`} OR u.username ILIKE ${`%${q}%`})` : sql``}
     ORDER BY u.display_name LIMIT 50`.execute(db);
  return rows;
}
