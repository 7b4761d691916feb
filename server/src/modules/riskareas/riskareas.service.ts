import type { Actor } from '../../core/auth/actor.ts';
import { type AuditContext, appendAudit } from '../../core/audit/audit.ts';
import type { Db, Executor } from '../../core/db/database.ts';
import { AppError, notFound } from '../../core/errors.ts';
import { activeProtocol, protocolById } from '../protocol/protocol.repository.ts';
import { levelRules } from '../protocol/risk-levels.ts';
import { pathInScope } from '../regions/regions.service.ts';
import * as changes from './changes.repository.ts';
import { applyDecision } from './decision.ts';
import { liftingStatus } from './lifting.service.ts';
import { levelKeys, levelsOf, storedLevel } from './levels.ts';
import { areaContext, protocolOf, toChange, toSummary } from './present.ts';
import { forgetPublicList } from './public.service.ts';
import * as repo from './riskareas.repository.ts';
import type { AreaDetail, AreaSummary, ChangeBody, DesignateBody, ListQuery } from './riskareas.schema.ts';
import { resolveTarget } from './target.ts';

const stateError = (zh: string, en: string) => new AppError('PROPOSAL_STATE', { reasonZh: zh, reasonEn: en });

/** The levels of a protocol (by default the one in force), strictest first: what a designation or change may choose. */
export async function protocolLevels(db: Db, protocolId: number | undefined) {
  const protocol = protocolId === undefined ? await activeProtocol(db) : await protocolById(db, protocolId);
  return {
    protocol: { id: protocol.id, code: protocol.code, name: protocol.name, version: protocol.version },
    levels: levelsOf(protocol),
  };
}

/**
 * Proposes a risk area under the protocol in force: the area is 'proposed', with its designation as an
 * open change that another person must approve before it takes effect.
 */
export async function designate(db: Db, actor: Actor, audit: AuditContext, body: DesignateBody): Promise<AreaDetail> {
  const id = await db.transaction().execute(async (trx) => {
    const protocol = await activeProtocol(trx);
    if (!levelRules(protocol, body.level)) throw new AppError('RISK_LEVEL_UNKNOWN', { levels: levelKeys(protocol) });
    const target = await resolveTarget(trx, actor, body);
    const areaId = await repo.insertArea(trx, {
      ...target,
      name: body.name ?? target.defaultName,
      level: body.level,
      reason: body.reason,
      startsAt: body.startsAt,
      protocolId: protocol.id,
      createdBy: actor.userId || null,
    });
    await changes.insertChange(trx, {
      areaId,
      fromLevel: null,
      toLevel: body.level,
      reason: body.reason,
      basis: null,
      proposedBy: actor.userId || null,
    });
    await appendAudit(trx, audit, {
      action: 'riskarea.designate',
      entity: 'risk_area',
      entityId: areaId,
      reason: body.reason,
      summary: { level: body.level, path: target.path, protocolId: protocol.id, startsAt: body.startsAt },
    });
    return areaId;
  });
  return getArea(db, actor, id);
}

/** Proposes changing the level of an area in force, or lifting it (toLevel null); one open change at a time. */
export async function proposeChange(
  db: Db,
  actor: Actor,
  audit: AuditContext,
  areaId: number,
  body: ChangeBody,
): Promise<AreaDetail> {
  await db.transaction().execute(async (trx) => {
    const area = await repo.findArea(trx, actor, areaId, 'write', true);
    if (!area) throw notFound();
    if (area.status !== 'active') throw stateError('只有生效中的风险区可以调整', 'only an area in force can change');
    const protocol = await protocolById(trx, Number(area.protocol_id));
    const toLevel = storedLevel(body.toLevel);
    if (toLevel !== null && !levelRules(protocol, toLevel))
      throw new AppError('RISK_LEVEL_UNKNOWN', { levels: levelKeys(protocol) });
    if (toLevel === area.level) throw stateError('风险区已是该等级', 'the area is already at that level');
    const changeId = await changes.insertChange(trx, {
      areaId,
      fromLevel: area.level,
      toLevel,
      reason: body.reason,
      basis: null,
      proposedBy: actor.userId || null,
    });
    if (changeId === null)
      throw stateError('该风险区已有待审批的调整', 'the area already has a change awaiting a decision');
    await appendAudit(trx, audit, {
      action: 'riskarea.propose',
      entity: 'risk_area',
      entityId: areaId,
      reason: body.reason,
      summary: { changeId, from: area.level, to: toLevel },
    });
  });
  return getArea(db, actor, areaId);
}

/**
 * Approves or rejects a change (two-person rule: never its proposer) and applies it, in one transaction
 * with one audit entry. A platform proposal (no proposer) may be decided by anyone who may approve.
 */
export async function decide(
  db: Db,
  actor: Actor,
  audit: AuditContext,
  changeId: number,
  decision: 'approved' | 'rejected',
  note: string | null,
): Promise<AreaDetail> {
  const areaId = await db.transaction().execute(async (trx) => {
    const change = await changes.findChangeForDecision(trx, actor, changeId);
    if (!change) throw notFound();
    if (change.decision !== null) throw stateError('该申请已审批', 'the proposal was already decided');
    // Why: designating, downgrading and lifting each need an authorizer other than the proposer (DOMAIN.md).
    if (change.proposed_by !== null && Number(change.proposed_by) === actor.userId)
      throw new AppError('SAME_PERSON_APPROVAL');
    const area = await repo.findArea(trx, actor, Number(change.area_id), 'write');
    if (!area) throw notFound();
    await changes.decideChange(trx, changeId, decision, actor.userId, note);
    const households = await applyDecision(trx, area, change, decision);
    await appendAudit(trx, audit, {
      action: decision === 'approved' ? 'riskarea.approve' : 'riskarea.reject',
      entity: 'risk_area',
      entityId: area.id,
      reason: note,
      summary: { changeId, code: area.code, from: change.from_level, to: change.to_level, households },
    });
    return Number(area.id);
  });
  if (decision === 'approved') forgetPublicList(db);
  return getArea(db, actor, areaId);
}

/** A page of areas touching the jurisdiction, with household counts and the open change of each. */
export async function listAreas(db: Db, actor: Actor, query: ListQuery) {
  const { rows, total } = await repo.listAreas(db, actor, query);
  return { items: await summaries(db, rows), total, page: query.page, pageSize: query.pageSize };
}

async function summaries(db: Executor, rows: repo.AreaRow[]): Promise<AreaSummary[]> {
  const ids = rows.map((r) => Number(r.id));
  const [ctx, open] = await Promise.all([areaContext(db, rows), changes.openChangesOf(db, ids)]);
  const openByArea = new Map(open.map((c) => [Number(c.area_id), c]));
  return rows.map((row) => toSummary(row, ctx, openByArea.get(Number(row.id))));
}

/** An area with its history (every change, who proposed and decided it, on what basis) and its lifting status. */
export async function getArea(db: Executor, actor: Actor, id: number): Promise<AreaDetail> {
  const row = await repo.findArea(db, actor, id, 'read');
  if (!row) throw notFound();
  const [ctx, history] = await Promise.all([areaContext(db, [row]), changes.changesOf(db, [id])]);
  const protocol = protocolOf(row, ctx);
  const open = history.find((c) => c.decision === null);
  return {
    ...toSummary(row, ctx, open),
    reason: row.reason,
    region: row.region_id === null ? null : { id: Number(row.region_id), name: row.region_name ?? '' },
    building:
      row.building_id === null
        ? null
        : { id: Number(row.building_id), address: row.building_address ?? '', name: row.building_name },
    polygon: row.polygon,
    createdBy: row.created_by === null ? null : { id: Number(row.created_by), name: row.created_by_name ?? '' },
    createdAt: row.created_at.toISOString(),
    history: history.map(toChange),
    lifting: await liftingStatus(db, row, protocol, history),
  };
}

/** Open changes the actor may decide (areas within the jurisdiction, proposed by someone else), oldest first. */
export async function pendingChanges(db: Db, actor: Actor) {
  const open = await changes.pendingFor(db, actor);
  const areas = await repo.areasByIds(
    db,
    open.map((c) => Number(c.area_id)),
  );
  const byId = new Map((await summaries(db, areas)).map((a) => [a.id, a]));
  return open.flatMap((change) => {
    const area = byId.get(Number(change.area_id));
    return area ? [{ change: toChange(change), area }] : [];
  });
}

/** Buildings of the jurisdiction to pick as an area, or to show on the map of a region. */
export async function buildings(
  db: Db,
  actor: Actor,
  query: { regionId?: number | undefined; q?: string | undefined; located: boolean; limit: number },
) {
  let path: string | null = null;
  if (query.regionId !== undefined) {
    const region = await pathInScope(db, actor, query.regionId);
    if (!region) throw notFound();
    path = region.path;
  }
  return repo.searchBuildings(db, actor, { path, q: query.q ?? null, located: query.located, limit: query.limit });
}
