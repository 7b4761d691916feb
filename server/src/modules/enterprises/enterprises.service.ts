import type { Actor } from '../../core/auth/actor.ts';
import { type AuditContext, appendAudit } from '../../core/audit/audit.ts';
import type { Db, Executor } from '../../core/db/database.ts';
import { AppError } from '../../core/errors.ts';
import { managedUnit, readUnit } from '../keyplaces/unit-access.ts';
import { keepingUnit, myUnits, today, unitDetail, unitLedgerOf, unitPage } from '../keyplaces/units.service.ts';
import { maskPhone } from '../registry/id-number.ts';
import {
  enterpriseFilter,
  enterpriseUnits,
  type LedgerRow,
  saveLedger as storeLedger,
} from './enterprises.repository.ts';
import type {
  EnterpriseDetail,
  EnterpriseLedger,
  EnterpriseLedgerBody,
  EnterpriseListQuery,
  MyEnterprises,
  Resumption,
  ResumptionDecisionBody,
} from './enterprises.schema.ts';
import { checkedLedger } from './ledger-rules.ts';
import { toReport } from './reports.service.ts';
import * as resumption from './resumption.repository.ts';
import { attendanceRate } from './vocabulary.ts';

/** The enterprise's ledger as its form sends it: what an import row patches. */
export const ledgerBodyOf = (row: LedgerRow): EnterpriseLedgerBody => ({
  headcount: row.headcount,
  workersBack: row.workers_back,
  onDuty: row.on_duty,
  closedLoop: row.closed_loop,
  dormitories: row.dormitories,
  dormitoryPersons: row.dormitory_persons,
  canteenOpen: row.canteen_open,
  staggeredMeals: row.staggered_meals,
  liaisonName: row.liaison_name,
  liaisonPhone: row.liaison_phone,
});

export function toLedger(row: LedgerRow, masked: boolean): EnterpriseLedger {
  return {
    ...unitLedgerOf(row),
    ...ledgerBodyOf(row),
    attendanceRate: attendanceRate(row.on_duty, row.headcount),
    liaisonPhone: row.liaison_phone === null ? null : masked ? maskPhone(row.liaison_phone) : row.liaison_phone,
    resumption: row.resumption,
  };
}

const toResumption = (row: resumption.ResumptionRow): Resumption => ({
  id: row.id,
  status: row.status,
  requestNote: row.request_note,
  requestedBy: row.requested_by,
  requestedById: row.requested_by_id,
  requestedAt: new Date(row.requested_at).toISOString(),
  decisionNote: row.decision_note,
  decidedBy: row.decided_by,
  decidedAt: row.decided_at === null ? null : new Date(row.decided_at).toISOString(),
});

/** Enterprise ledgers of the jurisdiction (and the caller's own unit), liaison phones masked. */
export async function listEnterprises(db: Db, actor: Actor, timeZone: string, query: EnterpriseListQuery) {
  const filter = (regionPath: string | null) => enterpriseFilter(actor, regionPath, query);
  return unitPage(db, actor, timeZone, query, enterpriseUnits, filter, (row) => toLedger(row, true));
}

async function detail(db: Executor, actor: Actor, placeId: number, timeZone: string): Promise<EnterpriseDetail> {
  const { row, members, canEdit } = await unitDetail(db, actor, timeZone, placeId, enterpriseUnits);
  const resumptions = (await resumption.resumptions(db, placeId)).map(toResumption);
  return { ledger: toLedger(row, false), members, resumptions, canEdit };
}

/** One enterprise: its ledger, its people and its resumption requests. */
export async function getEnterprise(db: Db, actor: Actor, timeZone: string, placeId: number) {
  await readUnit(db, actor, placeId, 'enterprise');
  return detail(db, actor, placeId, timeZone);
}

/** Saves an enterprise's ledger (made on the first edit), by a keeper of ledgers or the unit's liaison. */
export async function saveLedger(
  db: Db,
  actor: Actor,
  audit: AuditContext,
  timeZone: string,
  placeId: number,
  body: EnterpriseLedgerBody,
): Promise<EnterpriseDetail> {
  const ledger = checkedLedger(body);
  return keepingUnit(db, actor, placeId, enterpriseUnits, async (trx) => {
    const before = await enterpriseUnits.find(trx, placeId, today(timeZone));
    const changed = await storeLedger(trx, placeId, ledger, actor.userId);
    if (changed)
      await appendAudit(trx, audit, {
        action: 'enterprise.ledger.save',
        entity: 'place',
        entityId: placeId,
        summary: {
          before: before?.kept ? toLedger(before, true) : null,
          after: { ...ledger, liaisonPhone: ledger.liaisonPhone && maskPhone(ledger.liaisonPhone) },
        },
      });
    return detail(trx, actor, placeId, timeZone);
  });
}

/** Asks for resumption (复工复产) of an enterprise; one request waits at a time. */
export async function requestResumption(
  db: Db,
  actor: Actor,
  audit: AuditContext,
  timeZone: string,
  placeId: number,
  note: string | undefined,
): Promise<EnterpriseDetail> {
  return keepingUnit(db, actor, placeId, enterpriseUnits, async (trx) => {
    if (await resumption.pendingResumption(trx, placeId))
      throw new AppError('PROPOSAL_STATE', {
        reasonZh: '该企业已有待审批的复工复产申请',
        reasonEn: 'A resumption request of this enterprise is already waiting for a decision',
      });
    const id = await resumption.insertRequest(trx, placeId, actor.userId, note?.trim() || null);
    await appendAudit(trx, audit, {
      action: 'enterprise.resumption.request',
      entity: 'enterprise_resumption',
      entityId: id,
      summary: { placeId, note: note ?? null },
    });
    return detail(trx, actor, placeId, timeZone);
  });
}

/** Approves or rejects the waiting resumption request: a keeper of ledgers other than whoever asked. */
export async function decideResumption(
  db: Db,
  actor: Actor,
  audit: AuditContext,
  timeZone: string,
  placeId: number,
  body: ResumptionDecisionBody,
): Promise<EnterpriseDetail> {
  return db.transaction().execute(async (trx) => {
    await managedUnit(trx, actor, placeId, 'enterprise');
    await enterpriseUnits.lock(trx, placeId);
    const pending = await resumption.pendingResumption(trx, placeId);
    if (!pending)
      throw new AppError('PROPOSAL_STATE', {
        reasonZh: '该企业没有待审批的复工复产申请',
        reasonEn: 'This enterprise has no resumption request waiting for a decision',
      });
    // Two-person rule: the one who asked cannot also grant it.
    if (pending.requested_by === actor.userId) throw new AppError('SAME_PERSON_APPROVAL');
    await resumption.decide(trx, pending.id, body.approve, body.note.trim(), actor.userId);
    await appendAudit(trx, audit, {
      action: body.approve ? 'enterprise.resumption.approve' : 'enterprise.resumption.reject',
      entity: 'enterprise_resumption',
      entityId: pending.id,
      reason: body.note,
      summary: { placeId },
    });
    return detail(trx, actor, placeId, timeZone);
  });
}

/** The caller's own enterprises with today's report: what a liaison's phone opens on. */
export async function myEnterprises(db: Db, actor: Actor, timeZone: string): Promise<MyEnterprises> {
  return myUnits(db, actor, timeZone, enterpriseUnits, { ledger: (row) => toLedger(row, false), report: toReport });
}
