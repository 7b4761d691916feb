import type { Actor } from '../../core/auth/actor.ts';
import { type AuditContext, appendAudit } from '../../core/audit/audit.ts';
import type { Db, Executor } from '../../core/db/database.ts';
import { notFound } from '../../core/errors.ts';
import * as repo from './units.repository.ts';
import type { UnitMember } from './units.schema.ts';
import type { UnitDuty } from './vocabulary.ts';

/*
 * The people of a unit (单位 = a place): its liaison officer, managers and staff. They answer the unit's
 * rectification orders and file its reports, and unannounced plans aimed at the unit are hidden from them.
 */

async function assertPlace(db: Executor, actor: Actor, placeId: number, lock = false): Promise<void> {
  if (!(await repo.placeInJurisdiction(db, actor, placeId, lock))) throw notFound();
}

/** The people of a place of the caller's jurisdiction, its liaison officers first. */
export async function listUnitMembers(db: Db, actor: Actor, placeId: number): Promise<UnitMember[]> {
  await assertPlace(db, actor, placeId);
  return (await repo.membersOf(db, placeId)).map((r) => ({
    userId: r.user_id,
    username: r.username,
    displayName: r.display_name,
    duty: r.duty,
    since: r.since.toISOString(),
  }));
}

/** Makes an account one of the place's people with a duty (or changes the duty of one who is). */
export async function setUnitMember(
  db: Db,
  actor: Actor,
  audit: AuditContext,
  target: { placeId: number; userId: number },
  duty: UnitDuty,
): Promise<UnitMember[]> {
  await db.transaction().execute(async (trx) => {
    await assertPlace(trx, actor, target.placeId, true);
    if (!(await repo.userEnabled(trx, target.userId))) throw notFound();
    await repo.upsertMember(trx, target.placeId, target.userId, duty);
    await appendAudit(trx, audit, {
      action: 'supervision.unit_member.set',
      entity: 'place',
      entityId: target.placeId,
      summary: { userId: target.userId, duty },
    });
  });
  return listUnitMembers(db, actor, target.placeId);
}

/** Removes an account from the place's people. */
export async function removeUnitMember(
  db: Db,
  actor: Actor,
  audit: AuditContext,
  target: { placeId: number; userId: number },
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await assertPlace(trx, actor, target.placeId, true);
    if (!(await repo.deleteMember(trx, target.placeId, target.userId))) throw notFound();
    await appendAudit(trx, audit, {
      action: 'supervision.unit_member.remove',
      entity: 'place',
      entityId: target.placeId,
      summary: { userId: target.userId },
    });
  });
}
