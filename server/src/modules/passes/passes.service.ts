import type { Actor } from '../../core/auth/actor.ts';
import { type AuditContext, appendAudit } from '../../core/audit/audit.ts';
import type { Db } from '../../core/db/database.ts';
import { AppError, notFound } from '../../core/errors.ts';
import { addDays, localDate, startOfLocalDay } from '../../core/time/local-time.ts';
import { findResident } from '../registry/residents.repository.ts';
import { closedAreas, strictest } from './closures.ts';
import { passKey, signPass } from './pass-keys.ts';
import { maskName } from '../registry/id-number.ts';
import * as repo from './passes.repository.ts';
import type { IssuedPass, IssuePassBody, PassListQuery, PassView } from './passes.schema.ts';
import { quotaUse } from './quota.ts';
import { forgetRevocations } from './revocation-cache.ts';

const DAY_MS = 86_400_000;
// A pass may be made out a little before now (the form was filled a minute ago) and up to a week ahead.
const BACKDATE_MS = 10 * 60_000;
const AHEAD_DAYS = 7;

const iso = (d: Date | null) => d?.toISOString() ?? null;
const seconds = (d: Date) => Math.floor(d.getTime() / 1000);
const localTime = (d: Date, timeZone: string) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone, dateStyle: 'short', timeStyle: 'short' }).format(d);

function toView(row: repo.PassRow): PassView {
  return {
    id: row.id,
    residentId: row.resident_id,
    name: maskName(row.name),
    householdId: row.household_id,
    address: row.address,
    area: { id: row.area_id, code: row.area_code, name: row.area_name, level: row.area_level },
    closure: row.closure,
    validFrom: row.valid_from.toISOString(),
    validTo: row.valid_to.toISOString(),
    maxMinutesOut: row.max_minutes_out,
    lateGraceMinutes: row.late_grace_minutes,
    status: row.status,
    revokedAt: iso(row.revoked_at),
    revokeReason: row.revoke_reason,
    exitedAt: iso(row.exited_at),
    returnedAt: iso(row.returned_at),
    lateAt: iso(row.late_at),
    lateAcknowledgedAt: iso(row.late_acknowledged_at),
    issuedAt: row.created_at.toISOString(),
    basis: row.basis,
  };
}

/** When a new pass starts: now, or the time asked for (to the second, as the token carries it). */
function startOf(body: IssuePassBody, now: Date): Date {
  const asked = body.validFrom ? new Date(body.validFrom) : now;
  if (asked.getTime() < now.getTime() - BACKDATE_MS || asked.getTime() > now.getTime() + AHEAD_DAYS * DAY_MS) {
    const message = `must lie between now and ${AHEAD_DAYS} days ahead`;
    throw new AppError('VALIDATION_FAILED', { details: `body.validFrom: ${message}` }, [
      { path: 'body.validFrom', message },
    ]);
  }
  return new Date(seconds(asked) * 1000);
}

/**
 * Issues a pass to a resident of a closed area, within the household's quota under the strictest area
 * covering it. The pass lasts from its start to the end of that day; its basis names the protocol rule.
 */
export async function issuePass(
  db: Db,
  actor: Actor,
  audit: AuditContext,
  timeZone: string,
  body: IssuePassBody,
): Promise<IssuedPass> {
  const validFrom = startOf(body, new Date());
  const validTo = startOfLocalDay(addDays(localDate(validFrom, timeZone), 1), timeZone);
  const id = await db.transaction().execute(async (trx) => {
    const resident = await findResident(trx, actor, body.residentId);
    if (!resident) throw notFound();
    const householdId = resident.household_id;
    if (householdId === null) throw new AppError('NOT_IN_CLOSED_AREA');
    // Two workers issuing to one household at once must not both fit under its quota.
    await repo.lockHousehold(trx, householdId);
    const rule = strictest(await closedAreas(trx, await repo.activeAreasOf(trx, householdId)));
    if (!rule) throw new AppError('NOT_IN_CLOSED_AREA');
    const window = rule.quota.everyDays * DAY_MS;
    const starts = await repo.countedStarts(
      trx,
      [householdId],
      new Date(validFrom.getTime() - window),
      new Date(validFrom.getTime() + window),
    );
    const { nextAt } = quotaUse(starts.get(householdId) ?? [], rule.quota, validFrom);
    if (nextAt) {
      const { persons, everyDays } = rule.quota;
      throw new AppError('PASS_QUOTA_EXCEEDED', { persons, everyDays, nextAt: localTime(nextAt, timeZone) });
    }
    const key = await passKey(trx);
    const passId = await repo.nextPassId(trx);
    const maxMinutesOut = Math.round(rule.quota.maxHoursOut * 60);
    const token = signPass(key, {
      kid: key.kid,
      pid: passId,
      hh: householdId,
      nm: maskName(resident.name),
      area: rule.area.code,
      vf: seconds(validFrom),
      vt: seconds(validTo),
      mo: maxMinutesOut,
    });
    await repo.insertPass(trx, {
      id: passId,
      residentId: resident.id,
      householdId,
      areaId: rule.area.id,
      gridId: resident.grid_id,
      path: resident.path,
      closure: rule.closure,
      validFrom,
      validTo,
      maxMinutesOut,
      lateGraceMinutes: rule.lateGraceMinutes,
      protocolId: rule.basis.protocolId,
      basis: rule.basis,
      kid: key.kid,
      token,
      issuedBy: actor.userId || null,
    });
    await appendAudit(trx, audit, {
      action: 'pass.issue',
      entity: 'pass',
      entityId: passId,
      summary: { residentId: resident.id, householdId, areaId: rule.area.id, rule: rule.basis.rule },
    });
    return passId;
  });
  const row = await repo.findPass(db, actor, id);
  if (!row) throw notFound();
  return { pass: toView(row), token: row.token, basis: row.basis };
}

/** Revokes a pass with a reason: gates refuse it for exit once their revocation list has it. */
export async function revokePass(
  db: Db,
  actor: Actor,
  audit: AuditContext,
  id: number,
  reason: string,
): Promise<PassView> {
  await db.transaction().execute(async (trx) => {
    const row = await repo.findPass(trx, actor, id, true);
    if (!row) throw notFound();
    if (row.status === 'revoked') {
      throw new AppError('PROPOSAL_STATE', { reasonZh: '该通行证已撤销', reasonEn: 'The pass is already revoked' });
    }
    await repo.revokePass(trx, id, actor.userId || null, reason);
    await appendAudit(trx, audit, { action: 'pass.revoke', entity: 'pass', entityId: id, reason });
  });
  forgetRevocations(db);
  return getPassView(db, actor, id);
}

async function getPassView(db: Db, actor: Actor, id: number): Promise<PassView> {
  const row = await repo.findPass(db, actor, id);
  if (!row) throw notFound();
  return toView(row);
}

/** A pass within the jurisdiction with its token (to print again) and its gate scans. */
export async function getPass(db: Db, actor: Actor, id: number) {
  const row = await repo.findPass(db, actor, id);
  if (!row) throw notFound();
  const scans = await repo.scansOfPass(db, id);
  return {
    pass: toView(row),
    token: row.token,
    scans: scans.map((s) => ({
      at: s.at.toISOString(),
      direction: s.direction,
      gate: s.gate,
      outcome: s.outcome,
      reason: s.reason,
      emergencyReason: s.emergency_reason,
    })),
  };
}

/** A page of passes within the jurisdiction, names masked. */
export async function listPasses(db: Db, actor: Actor, query: PassListQuery) {
  const { rows, total } = await repo.listPasses(db, actor, query);
  return { items: rows.map(toView), total, page: query.page, pageSize: query.pageSize };
}

/** Late returns for the grid worker: holders back late or still out past their time. */
export async function latePasses(db: Db, actor: Actor, acknowledged: boolean) {
  return { items: (await repo.latePasses(db, actor, acknowledged)).map(toView) };
}

/** The grid worker has followed a late return up. */
export async function acknowledgeLate(
  db: Db,
  actor: Actor,
  audit: AuditContext,
  id: number,
  note: string | undefined,
): Promise<PassView> {
  await db.transaction().execute(async (trx) => {
    const row = await repo.findPass(trx, actor, id, true);
    if (!row) throw notFound();
    if (row.late_at === null || row.late_acknowledged_at !== null) {
      throw new AppError('PROPOSAL_STATE', {
        reasonZh: row.late_at === null ? '该通行证未被标记为逾期' : '该逾期已处理',
        reasonEn: row.late_at === null ? 'The pass is not flagged late' : 'The late return was already acknowledged',
      });
    }
    await repo.acknowledgeLate(trx, id, actor.userId || null);
    await appendAudit(trx, audit, { action: 'pass.late.acknowledge', entity: 'pass', entityId: id, reason: note });
  });
  return getPassView(db, actor, id);
}
