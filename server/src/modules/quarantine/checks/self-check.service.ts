import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Actor } from '../../../core/auth/actor.ts';
import { type AuditContext, appendAudit } from '../../../core/audit/audit.ts';
import type { Db } from '../../../core/db/database.ts';
import { AppError, notFound } from '../../../core/errors.ts';
import { signToken, verifyToken } from '../../../core/keys.ts';
import { localDate } from '../../../core/time/local-time.ts';
import { maskName } from '../../registry/id-number.ts';
import { storeChecks } from './checks.service.ts';
import * as repo from './checks.repository.ts';
import type { SelfCheckBody, SelfCheckView } from './checks.schema.ts';
import { rejectionWords } from './labels.ts';
import { findQuarantine, quarantineById } from './quarantines.repository.ts';
import { checksPerDaySql, feverCelsiusSql } from './scope.ts';
import { slotOf, slotWindows } from './slots.ts';

const PURPOSE = 'health-check';

/** The link a quarantined person checks themselves through; issuing one is audited. */
export async function issueCheckLink(db: Db, actor: Actor, audit: AuditContext, quarantineId: number) {
  const quarantine = await findQuarantine(db, actor, quarantineId);
  if (!quarantine) throw notFound();
  const token = await signToken(db, PURPOSE, String(quarantine.id));
  await appendAudit(db, audit, { action: 'healthcheck.link', entity: 'quarantine', entityId: quarantine.id });
  return { token, path: `/check/${token}` };
}

/** The quarantine a self-check token names; a token the platform did not sign is answered 404. */
async function quarantineOfToken(db: Db, token: string) {
  const subject = await verifyToken(db, PURPOSE, token);
  const quarantine = subject !== null && /^\d+$/.test(subject) ? await quarantineById(db, Number(subject)) : null;
  if (!quarantine) throw notFound();
  return quarantine;
}

async function protocolFigures(db: Db, protocolId: number) {
  const { rows } = await sql<{ per_day: number; fever: number }>`
    SELECT ${checksPerDaySql('p')} AS per_day, ${feverCelsiusSql('p')} AS fever
      FROM protocol p WHERE p.id = ${protocolId}`.execute(db);
  if (!rows[0]) throw new Error(`protocol ${protocolId} missing`);
  return rows[0];
}

/**
 * What the holder of a self-check link sees: their masked name and today's slots with what is recorded.
 * Nothing personal beyond the masked name is shown, so a view is not audited (a check sent is).
 */
export async function selfCheckView(db: Db, timeZone: string, token: string): Promise<SelfCheckView> {
  const quarantine = await quarantineOfToken(db, token);
  const figures = await protocolFigures(db, quarantine.protocol_id);
  const now = new Date();
  const day = localDate(now, timeZone);
  const checks = await repo.checksOfDay(db, [quarantine.id], day);
  return {
    name: maskName(quarantine.name),
    active: quarantine.status === 'active',
    date: day,
    currentSlot: slotOf(now, timeZone, figures.per_day).slot,
    feverCelsius: figures.fever,
    slots: slotWindows(day, timeZone, figures.per_day).map((w) => {
      const check = checks.find((c) => c.slot === w.slot);
      return { slot: w.slot, dueAt: w.dueAt.toISOString(), temperature: check ? Number(check.temperature) : null };
    }),
  };
}

/** A check the person sends themselves: stored as 'self' now, or refused with the reason. */
export async function selfCheck(
  db: Db,
  audit: AuditContext,
  timeZone: string,
  token: string,
  body: SelfCheckBody,
): Promise<SelfCheckView> {
  const quarantine = await quarantineOfToken(db, token);
  const entry = {
    checkId: body.checkId ?? randomUUID(),
    quarantineId: quarantine.id,
    at: new Date(),
    temperature: body.temperature,
    symptoms: body.symptoms,
  };
  const { outcomes } = await storeChecks(db, { actor: null, via: 'self', userId: null }, audit, timeZone, [entry]);
  const outcome = outcomes[0];
  if (outcome?.status === 'rejected') {
    if (outcome.reason === 'quarantine_ended') throw new AppError('QUARANTINE_ENDED');
    const [reasonZh, reasonEn] = rejectionWords[outcome.reason ?? 'not_found'];
    throw new AppError('HEALTH_CHECK_INVALID', { reasonZh, reasonEn });
  }
  return selfCheckView(db, timeZone, token);
}
