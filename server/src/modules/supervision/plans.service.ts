import type { Actor } from '../../core/auth/actor.ts';
import { pathInJurisdiction } from '../../core/auth/scope.ts';
import { type AuditContext, appendAudit } from '../../core/audit/audit.ts';
import type { Db } from '../../core/db/database.ts';
import { AppError, type FieldError, notFound } from '../../core/errors.ts';
import type { CreatePlanBody, PlanDetail, PlanListItem, PlanListQuery } from './plans.schema.ts';
import * as repo from './plans.repository.ts';
import { invalidInput as invalid, stateRefusal as refuse } from './refusals.ts';

/** The ids the caller named that the lookup did not return, as field errors of `field`. */
function missing(field: string, asked: number[], found: Set<number>, what: string): FieldError[] {
  return asked.flatMap((id, index) =>
    found.has(id) ? [] : [{ path: `/${field}/${index}`, message: `${what} ${id} is not in your jurisdiction` }],
  );
}

const toListItem = (row: repo.PlanRow): PlanListItem => ({
  id: row.id,
  code: row.code,
  title: row.title,
  unannounced: row.unannounced,
  startsOn: row.starts_on,
  endsOn: row.ends_on,
  status: row.status,
  createdBy: { id: row.created_by, name: row.creator_name },
  targetCount: row.target_count,
  inspectedCount: row.inspected_count,
});

/** Creates a plan (numbered DC-000123) of targets in the caller's jurisdiction, with the caller on its team. */
export async function createPlan(db: Db, actor: Actor, audit: AuditContext, body: CreatePlanBody): Promise<PlanDetail> {
  const { placeIds, regionIds } = body;
  if (placeIds.length + regionIds.length === 0)
    throw invalid([{ path: '/placeIds', message: 'a plan needs at least one place or region to inspect' }]);
  if (body.endsOn < body.startsOn) throw invalid([{ path: '/endsOn', message: 'ends before it starts' }]);
  const team = [...new Set([actor.userId, ...body.memberIds])];
  const leaderId = body.leaderId ?? actor.userId;
  if (!team.includes(leaderId)) throw invalid([{ path: '/leaderId', message: 'the leader must be on the team' }]);
  const id = await db.transaction().execute(async (trx) => {
    const targets = await repo.targetsInJurisdiction(trx, actor, placeIds, regionIds);
    const users = new Set(await repo.enabledUsers(trx, team));
    const errors = [
      ...missing('placeIds', placeIds, new Set(targets.flatMap((t) => t.place_id ?? [])), 'place'),
      ...missing('regionIds', regionIds, new Set(targets.flatMap((t) => t.region_id ?? [])), 'region'),
      ...body.memberIds.flatMap((id, index) =>
        users.has(id) ? [] : [{ path: `/memberIds/${index}`, message: `user ${id} does not exist or is disabled` }],
      ),
    ];
    if (errors.length > 0) throw invalid(errors);
    const plan = await repo.insertPlan(trx, {
      title: body.title.trim(),
      unannounced: body.unannounced,
      startsOn: body.startsOn,
      endsOn: body.endsOn,
      note: body.note?.trim() || null,
      targetPaths: targets.map((t) => t.path),
      createdBy: actor.userId,
    });
    await repo.insertTargets(trx, plan.id, targets);
    await repo.insertMembers(trx, plan.id, team, leaderId);
    await appendAudit(trx, audit, {
      action: 'supervision.plan.create',
      entity: 'inspection_plan',
      entityId: plan.id,
      summary: { code: plan.code, unannounced: body.unannounced, placeIds, regionIds, team, leaderId },
    });
    return plan.id;
  });
  return getPlan(db, actor, id);
}

/** A page of the plans the caller may see (never an unannounced one aimed at their own unit). */
export async function listPlans(db: Db, actor: Actor, query: PlanListQuery) {
  const { rows, total } = await repo.listPlans(db, actor, query);
  return { items: rows.map(toListItem), total, page: query.page, pageSize: query.pageSize };
}

/** A plan with its team and targets, each with its inspection once checked in (404 when hidden). */
export async function getPlan(db: Db, actor: Actor, planId: number): Promise<PlanDetail> {
  const row = await repo.findPlan(db, actor, planId);
  if (!row) throw notFound();
  const [members, targets] = await Promise.all([repo.membersOf(db, planId), repo.targetsOf(db, planId)]);
  return {
    ...toListItem(row),
    note: row.note,
    members,
    targets: targets.map((t) => ({
      id: t.id,
      placeId: t.place_id,
      regionId: t.region_id,
      name: t.name,
      kind: t.kind,
      inspection:
        t.inspection_id === null || t.checked_in_at === null
          ? null
          : {
              id: t.inspection_id,
              checkedInAt: t.checked_in_at.toISOString(),
              submittedAt: t.submitted_at?.toISOString() ?? null,
              inspector: t.inspector ?? '',
            },
    })),
  };
}

/** Cancels a planned plan: its creator, or a supervisor whose jurisdiction holds the whole plan. */
export async function cancelPlan(
  db: Db,
  actor: Actor,
  audit: AuditContext,
  planId: number,
  reason: string,
): Promise<PlanDetail> {
  await db.transaction().execute(async (trx) => {
    const plan = await repo.findPlan(trx, actor, planId, true);
    if (!plan) throw notFound();
    // A team member outside the plan's reach may inspect but not call the whole plan off.
    if (plan.created_by !== actor.userId && !pathInJurisdiction(actor, plan.path))
      throw new AppError('FORBIDDEN', { permission: 'supervision.inspect' });
    if (plan.status !== 'planned')
      throw refuse(
        `计划 ${plan.code} 已${plan.status === 'done' ? '完成' : '取消'}`,
        `Plan ${plan.code} is ${plan.status}`,
      );
    await repo.setPlanStatus(trx, planId, 'cancelled');
    await appendAudit(trx, audit, {
      action: 'supervision.plan.cancel',
      entity: 'inspection_plan',
      entityId: planId,
      reason,
      summary: { code: plan.code },
    });
  });
  return getPlan(db, actor, planId);
}

export async function searchTargets(db: Db, actor: Actor, q: string) {
  return (await repo.searchTargets(db, actor, q)).map((r) => ({
    placeId: r.place_id,
    regionId: r.region_id,
    name: r.name,
    kind: r.kind,
  }));
}

export const searchInspectors = (db: Db, q: string | undefined) => repo.searchInspectors(db, q);
