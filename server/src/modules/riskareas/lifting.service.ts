import { sql } from 'kysely';
import type { Actor } from '../../core/auth/actor.ts';
import { type AuditContext, appendAudit } from '../../core/audit/audit.ts';
import type { Db, Executor } from '../../core/db/database.ts';
import { AppError } from '../../core/errors.ts';
import { protocolById, type Protocol } from '../protocol/protocol.repository.ts';
import { type AreaFacts, levelRules, type Lifting, liftingOf } from '../protocol/risk-levels.ts';
import * as changes from './changes.repository.ts';
import type { ChangeRow } from './changes.repository.ts';
import { lastCaseAt, lastNegativeRoundAt } from './facts.repository.ts';
import { levelLabel, storedLevel } from './levels.ts';
import { type AreaRow, areasByIds } from './riskareas.repository.ts';
import type { AreaFactsReply, LiftingStatus } from './riskareas.schema.ts';

/** True when the present level was reached by an approved change to a lower rank (第九版: 3 days at medium). */
export function reachedByDowngrade(protocol: Protocol, history: ChangeRow[]): boolean {
  const last = history.filter((c) => c.decision === 'approved').at(-1);
  if (!last?.from_level || !last.to_level) return false;
  const from = levelRules(protocol, last.from_level)?.rank ?? 0;
  const to = levelRules(protocol, last.to_level)?.rank ?? 0;
  return to < from;
}

/** The facts the lifting rules read, for an area in force. */
export async function areaFacts(
  db: Executor,
  area: AreaRow,
  protocol: Protocol,
  history: ChangeRow[],
): Promise<AreaFacts> {
  const [caseAt, roundAt] = await Promise.all([lastCaseAt(db, area), lastNegativeRoundAt(db, area)]);
  return {
    level: area.level,
    levelSince: area.level_since ?? area.starts_at,
    reachedByDowngrade: reachedByDowngrade(protocol, history),
    lastCaseAt: caseAt,
    lastNegativeRoundAt: roundAt,
  };
}

const factsReply = (facts: AreaFacts): AreaFactsReply => ({
  level: facts.level,
  levelSince: facts.levelSince.toISOString(),
  reachedByDowngrade: facts.reachedByDowngrade,
  lastCaseAt: facts.lastCaseAt?.toISOString() ?? null,
  lastNegativeRoundAt: facts.lastNegativeRoundAt?.toISOString() ?? null,
});

function statusOf(lifting: Lifting, facts: AreaFacts): LiftingStatus {
  return {
    toLevel: storedLevel(lifting.toLevel),
    toLevelLabel: levelLabel(lifting.toLevel),
    dueAt: lifting.dueAt.toISOString(),
    due: lifting.due,
    waitingFor: lifting.waitingFor,
    basis: lifting.basis,
    facts: factsReply(facts),
  };
}

/** When and to what an area in force comes down under its protocol; null when only a person lifts it. */
export async function liftingStatus(
  db: Executor,
  area: AreaRow,
  protocol: Protocol,
  history: ChangeRow[],
  now = new Date(),
): Promise<LiftingStatus | null> {
  if (area.status !== 'active') return null;
  const facts = await areaFacts(db, area, protocol, history);
  const lifting = liftingOf(protocol, facts, now);
  return lifting ? statusOf(lifting, facts) : null;
}

/** Proposes the change of one area when its lifting is due; true when a change was proposed. */
async function proposeIfDue(trx: Executor, area: AreaRow, now: Date): Promise<boolean> {
  const protocol = await protocolById(trx, Number(area.protocol_id));
  const history = await changes.changesOf(trx, [Number(area.id)]);
  const status = await liftingStatus(trx, area, protocol, history, now);
  if (!status?.due) return false;
  const { basis } = status;
  const inserted = await changes.insertChange(trx, {
    areaId: Number(area.id),
    fromLevel: area.level,
    toLevel: status.toLevel,
    reason: `${basis.name} v${basis.version} ${basis.rule}：已满足${status.toLevel === null ? '解除' : '降级'}条件`,
    basis: { ...basis, facts: status.facts },
    proposedBy: null,
  });
  return inserted !== null;
}

/**
 * The platform follows the lifting criteria: every area in force with no open change whose lifting is due
 * gets a proposed change (proposed by nobody, with the rule and the facts as its basis), which still
 * needs a person's approval. One transaction; one audit entry when anything was proposed.
 */
export async function proposeDueLiftings(db: Db, audit: AuditContext): Promise<{ checked: number; proposed: number }> {
  return db.transaction().execute(async (trx) => {
    // One run at a time: the hourly job and a run asked for by hand do not check the same areas twice.
    await sql`SELECT pg_advisory_xact_lock(hashtext('riskareas.lifting'))`.execute(trx);
    const { rows } = await sql<{ id: number }>`
      SELECT a.id FROM risk_area a
       WHERE a.status = 'active' AND a.level_since <= now()
         AND NOT EXISTS (SELECT 1 FROM risk_area_change c WHERE c.area_id = a.id AND c.decision IS NULL)`.execute(trx);
    const areas =
      rows.length === 0
        ? []
        : await areasByIds(
            trx,
            rows.map((r) => Number(r.id)),
          );
    const now = new Date();
    const proposed: string[] = [];
    for (const area of areas) if (await proposeIfDue(trx, area, now)) proposed.push(area.code);
    if (proposed.length > 0)
      await appendAudit(trx, audit, {
        action: 'riskarea.lifting.propose',
        entity: 'risk_area',
        summary: { checked: areas.length, proposed },
      });
    return { checked: areas.length, proposed: proposed.length };
  });
}

/** A run asked for by a person: those who propose or decide risk-area changes may ask (tracing, command). */
export async function runLifting(db: Db, actor: Actor, audit: AuditContext) {
  if (!actor.permissions.has('riskarea.propose') && !actor.permissions.has('riskarea.approve'))
    throw new AppError('FORBIDDEN', { permission: 'riskarea.propose' });
  return proposeDueLiftings(db, audit);
}
