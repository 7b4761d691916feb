import type { Actor } from '../../core/auth/actor.ts';
import { type AuditContext, appendAudit } from '../../core/audit/audit.ts';
import type { Db, Executor } from '../../core/db/database.ts';
import { AppError, notFound } from '../../core/errors.ts';
import { findResident } from '../registry/residents.repository.ts';
import type { Override, OverridesQuery, ProposeOverrideBody } from './healthstatus.schema.ts';
import * as repo from './overrides.repository.ts';
import { recomputeResidentsIn } from './recompute.ts';

const iso = (d: Date | null) => d?.toISOString() ?? null;

function stateOf(row: repo.OverrideRow, now: Date): Override['state'] {
  if (row.decision === null) return 'pending';
  if (row.decision === 'rejected') return 'rejected';
  return row.expires_at && row.expires_at <= now ? 'expired' : 'approved';
}

function toOverride(row: repo.OverrideRow, now = new Date()): Override {
  return {
    id: row.id,
    resident: { id: row.resident_id, name: row.resident_name },
    colour: row.colour,
    reason: row.reason,
    state: stateOf(row, now),
    proposedBy: { id: row.proposed_by, name: row.proposer_name },
    proposedAt: row.proposed_at.toISOString(),
    decidedBy: row.decided_by === null ? null : { id: row.decided_by, name: row.decider_name ?? '' },
    decidedAt: iso(row.decided_at),
    expiresAt: iso(row.expires_at),
  };
}

/** Every override proposed for a resident (already found within the jurisdiction), newest first. */
export async function overridesOfResident(db: Executor, residentId: number): Promise<Override[]> {
  return (await repo.overridesOf(db, residentId)).map((row) => toOverride(row));
}

const pending = (zh: string, en: string) => new AppError('PROPOSAL_STATE', { reasonZh: zh, reasonEn: en });

/**
 * Proposes overriding a resident's computed colour, with a reason. Nothing changes until another person
 * approves it; one proposal per resident awaits a decision at a time.
 */
export async function proposeOverride(
  db: Db,
  actor: Actor,
  audit: AuditContext,
  body: ProposeOverrideBody,
): Promise<Override> {
  if (body.expiresAt !== undefined && Date.parse(body.expiresAt) <= Date.now())
    throw new AppError('VALIDATION_FAILED', { details: 'body.expiresAt: must be in the future' }, [
      { path: 'body.expiresAt', message: 'must be in the future' },
    ]);
  const id = await db.transaction().execute(async (trx) => {
    // Locking the resident serialises two proposals for the same person.
    if (!(await findResident(trx, actor, body.residentId, true))) throw notFound();
    if ((await repo.openOverrideOf(trx, body.residentId)) !== null)
      throw pending('该居民已有一项待审批的健康码变更申请', 'A proposed override for this resident awaits a decision');
    const created = await repo.insertOverride(trx, {
      residentId: body.residentId,
      colour: body.colour,
      reason: body.reason.trim(),
      proposedBy: actor.userId,
      expiresAt: body.expiresAt ?? null,
    });
    await appendAudit(trx, audit, {
      action: 'healthstatus.override.propose',
      entity: 'health_status_override',
      entityId: created,
      reason: body.reason,
      summary: { residentId: body.residentId, colour: body.colour, expiresAt: body.expiresAt ?? null },
    });
    return created;
  });
  return getOverride(db, actor, id);
}

async function getOverride(db: Executor, actor: Actor, id: number): Promise<Override> {
  const row = await repo.findOverride(db, actor, id);
  if (!row) throw notFound();
  return toOverride(row);
}

/**
 * Approves or rejects another person's proposal (the two-person rule: never one's own). An approval takes
 * effect at once: the resident is recomputed in the same transaction, so the history shows the change.
 */
export async function decideOverride(
  db: Db,
  actor: Actor,
  audit: AuditContext,
  id: number,
  decision: 'approved' | 'rejected',
  timeZone: string,
): Promise<Override> {
  await db.transaction().execute(async (trx) => {
    const row = await repo.findOverride(trx, actor, id, true);
    if (!row) throw notFound();
    if (row.decision !== null) throw pending('该申请已审批，不能再次审批', 'This proposal has already been decided');
    // Why: the proposer deciding their own change is exactly the silent change the rule exists to stop.
    if (row.proposed_by === actor.userId) throw new AppError('SAME_PERSON_APPROVAL');
    if (decision === 'approved' && row.expires_at && row.expires_at <= new Date())
      throw pending('该申请的失效时间已过，请重新提出', 'This proposal has expired; propose it again');
    await repo.decideOverride(trx, id, decision, actor.userId);
    const figures = decision === 'approved' ? await recomputeResidentsIn(trx, [row.resident_id], timeZone) : null;
    await appendAudit(trx, audit, {
      action: decision === 'approved' ? 'healthstatus.override.approve' : 'healthstatus.override.reject',
      entity: 'health_status_override',
      entityId: id,
      summary: { residentId: row.resident_id, colour: row.colour, changed: figures?.changed ?? 0 },
    });
  });
  return getOverride(db, actor, id);
}

/** A page of overrides of residents within the jurisdiction. */
export async function listOverrides(db: Db, actor: Actor, query: OverridesQuery) {
  const { rows, total } = await repo.listOverrides(db, actor, query);
  const now = new Date();
  return { items: rows.map((row) => toOverride(row, now)), total, page: query.page, pageSize: query.pageSize };
}
