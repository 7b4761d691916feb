import type { Actor } from '../../core/auth/actor.ts';
import { type AuditContext, appendAudit } from '../../core/audit/audit.ts';
import type { Db, Executor } from '../../core/db/database.ts';
import { AppError, notFound } from '../../core/errors.ts';
import { maskIdNumber, maskPhone } from '../registry/id-number.ts';
import type {
  AdmissibleCase,
  AdmissionDetail,
  AdmissionListItem,
  AdmissionListQuery,
  AdmitBody,
  DischargeBody,
  SeverityBody,
} from './admissions.schema.ts';
import * as repo from './admissions.repository.ts';
import * as beds from './hospitals.repository.ts';
import { bedLevelWords, outcomeWords, reason, type Words } from './labels.ts';
import * as transfers from './transfers.repository.ts';
import type { BedLevel } from './vocabulary.ts';

const refuse = (words: Words, fieldErrors: { path: string; message: string }[] = []) =>
  new AppError('ADMISSION_STATE', reason(words), fieldErrors);
const iso = (d: Date | null) => d?.toISOString() ?? null;
const now = () => new Date().toISOString();

/** A time of the stay: not in the future, not before what it follows (the case found, the last record). */
function checkTime(at: string, notBefore: Date, before: Words): void {
  if (Date.parse(at) > Date.now() + 60_000) throw refuse(['时间不能在将来', 'The time cannot be in the future']);
  if (Date.parse(at) < notBefore.getTime()) throw refuse(before);
}

/** Takes the level's lock, then refuses when every bed of the level is taken. */
async function claimBed(trx: Executor, hospital: { id: number; name: string }, level: BedLevel): Promise<void> {
  await beds.lockBedLevel(trx, hospital.id, level);
  const { beds: total, occupied } = await beds.levelOccupancy(trx, hospital.id, level);
  if (occupied < total) return;
  const [zh, en] = bedLevelWords[level];
  throw refuse([
    `${hospital.name}的${zh}已满（共 ${total} 张，占用 ${occupied} 张）`,
    `No free ${en} at ${hospital.name} (${occupied} of ${total} taken)`,
  ]);
}

function assertActive(row: repo.AdmissionRow): void {
  if (!row.outcome) return;
  const [zh, en] = outcomeWords[row.outcome];
  throw refuse([`该收治记录已结束（${zh}），不能再更改`, `This admission has ended (${en}); it cannot change`]);
}

/** The transfer an admission receives: visible, still waiting, bound for this hospital, of this case. */
async function transferFor(trx: Executor, actor: Actor, body: AdmitBody): Promise<transfers.TransferRow | null> {
  if (body.transferId === undefined) return null;
  const transfer = await transfers.lockTransfer(trx, actor, body.transferId);
  if (!transfer) throw notFound();
  if (transfer.admission_id !== null) throw refuse(['该转运人员已收治', 'This transfer has been admitted already']);
  if (transfer.hospital_id !== body.hospitalId)
    throw refuse([`该转运人员转往${transfer.hospital_name}`, `This transfer is bound for ${transfer.hospital_name}`]);
  if (transfer.case_id === null)
    throw refuse([
      '该转运人员尚无病例，请流调组先建立病例',
      'This person has no case yet: the tracing group opens it first',
    ]);
  if (transfer.case_id !== body.caseId)
    throw refuse([`该转运人员的病例是 ${transfer.case_code}`, `This person's case is ${transfer.case_code}`]);
  return transfer;
}

/**
 * Admits a case to a bed of a hospital of the jurisdiction: one active admission per case, a free bed of the
 * level, never an excluded case. Records the case's treatment time (四早) if none is, and receives the
 * transfer from quarantine when one is named. The case is the jurisdiction's, or the person of the transfer.
 */
export async function admit(db: Db, actor: Actor, audit: AuditContext, body: AdmitBody): Promise<AdmissionDetail> {
  const admittedAt = body.admittedAt ?? now();
  const id = await db.transaction().execute(async (trx) => {
    const transfer = await transferFor(trx, actor, body);
    const hospital = await beds.findHospital(trx, actor, body.hospitalId);
    const patient = await repo.lockCase(trx, actor, body.caseId, transfer === null);
    if (!hospital || !patient) throw notFound();
    if (patient.classification === 'excluded')
      throw refuse([`病例 ${patient.code} 已排除，不予收治`, `Case ${patient.code} is excluded`]);
    const active = await repo.activeAdmissionOf(trx, patient.id);
    if (active)
      throw refuse([`该病例正在${active.hospital_name}住院`, `This case is in ${active.hospital_name} already`]);
    checkTime(admittedAt, patient.found_at, ['收治时间早于病例发现时间', 'Admitted before the case was found']);
    await claimBed(trx, hospital, body.bedLevel);
    const admissionId = await repo.insertAdmission(trx, { ...body, admittedAt, admittedBy: actor.userId || null });
    await repo.insertSeverity(trx, {
      admissionId,
      severity: body.severity,
      bedLevel: body.bedLevel,
      at: admittedAt,
      note: null,
      by: actor.userId || null,
    });
    await repo.markCaseTreated(trx, patient.id, admittedAt);
    if (transfer) await transfers.linkTransfer(trx, transfer.id, admissionId);
    await appendAudit(trx, audit, {
      action: 'treatment.admission.admit',
      entity: 'admission',
      entityId: admissionId,
      summary: { ...body, admittedAt },
    });
    return admissionId;
  });
  return getAdmission(db, actor, audit, id);
}

/** Runs a change on an active admission the actor sees, locked, in one transaction with its audit entry. */
async function changeActive(
  db: Db,
  actor: Actor,
  audit: AuditContext,
  id: number,
  change: (trx: Executor, row: repo.AdmissionRow) => Promise<{ action: string; summary: Record<string, unknown> }>,
): Promise<AdmissionDetail> {
  await db.transaction().execute(async (trx) => {
    const row = await repo.findAdmission(trx, actor, id, true);
    if (!row) throw notFound();
    assertActive(row);
    const { action, summary } = await change(trx, row);
    await appendAudit(trx, audit, { action, entity: 'admission', entityId: id, summary });
  });
  return getAdmission(db, actor, audit, id);
}

/** Records the patient's severity at a time, moving them to a free bed of another level when asked. */
export function recordSeverity(db: Db, actor: Actor, audit: AuditContext, id: number, body: SeverityBody) {
  return changeActive(db, actor, audit, id, async (trx, row) => {
    const at = body.at ?? now();
    checkTime(at, row.last_at, ['早于上一次记录的时间', 'Before the last record of this stay']);
    const bedLevel = body.bedLevel ?? row.bed_level;
    if (bedLevel !== row.bed_level) await claimBed(trx, { id: row.hospital_id, name: row.hospital_name }, bedLevel);
    await repo.setSeverity(trx, id, body.severity, bedLevel);
    await repo.insertSeverity(trx, {
      admissionId: id,
      severity: body.severity,
      bedLevel,
      at,
      note: body.note ?? null,
      by: actor.userId || null,
    });
    return {
      action: 'treatment.admission.severity',
      summary: { from: [row.severity, row.bed_level], to: [body.severity, bedLevel], at },
    };
  });
}

/** Saves the per-patient plan (一人一策) as its next version; earlier versions stay. */
export function revisePlan(db: Db, actor: Actor, audit: AuditContext, id: number, text: string) {
  return changeActive(db, actor, audit, id, async (trx) => {
    const version = await repo.insertPlan(trx, id, text, actor.userId || null);
    return { action: 'treatment.admission.plan', summary: { version, length: text.length } };
  });
}

/** Ends the admission: cured and discharged, transferred to another hospital, or died (with a note). */
export function discharge(db: Db, actor: Actor, audit: AuditContext, id: number, body: DischargeBody) {
  return changeActive(db, actor, audit, id, async (trx, row) => {
    const note = body.note?.trim() || null;
    if (body.outcome === 'died' && !note)
      throw refuse(
        ['登记死亡须填写说明（死亡原因等）', 'A death needs a note (the cause and circumstances)'],
        [{ path: '/note', message: 'required for a death' }],
      );
    const at = body.at ?? now();
    checkTime(at, row.last_at, ['早于上一次记录的时间', 'Before the last record of this stay']);
    await repo.discharge(trx, id, { outcome: body.outcome, at, note, by: actor.userId || null });
    return { action: 'treatment.admission.discharge', summary: { outcome: body.outcome, at } };
  });
}

function toListItem(row: repo.AdmissionRow, full = false): AdmissionListItem {
  return {
    id: row.id,
    case: {
      id: row.case_id,
      code: row.case_code,
      name: row.name,
      idNumber: full ? row.id_number : maskIdNumber(row.id_number),
      classification: row.classification,
    },
    hospital: { id: row.hospital_id, name: row.hospital_name },
    bedLevel: row.bed_level,
    severity: row.severity,
    admittedAt: row.admitted_at.toISOString(),
    outcome: row.outcome,
    dischargedAt: iso(row.discharged_at),
  };
}

/** A page of admissions of the jurisdiction (hospital or patient's home), ID numbers masked. */
export async function listAdmissions(db: Db, actor: Actor, query: AdmissionListQuery) {
  const { rows, total } = await repo.listAdmissions(db, actor, query);
  return { items: rows.map((row) => toListItem(row)), total, page: query.page, pageSize: query.pageSize };
}

/** An admission in full with its severity timeline and plan versions: every read is audited. */
export async function getAdmission(db: Db, actor: Actor, audit: AuditContext, id: number): Promise<AdmissionDetail> {
  const row = await repo.findAdmission(db, actor, id);
  if (!row) throw notFound();
  const [severities, plans] = await Promise.all([repo.severityHistory(db, id), repo.planVersions(db, id)]);
  // Identifiers in full only for users whose work needs them (registry.read_full).
  const full = actor.permissions.has('registry.read_full');
  await appendAudit(db, audit, {
    action: 'treatment.admission.read',
    entity: 'admission',
    entityId: id,
    summary: { full },
  });
  return {
    ...toListItem(row, full),
    patient: {
      phone: row.phone === null ? null : full ? row.phone : maskPhone(row.phone),
      region: row.region_id === null ? null : { id: row.region_id, name: row.region_name ?? '' },
      foundAt: row.found_at.toISOString(),
      treatedAt: iso(row.treated_at),
    },
    admittedBy: row.admitted_by,
    dischargeNote: row.discharge_note,
    dischargedBy: row.discharged_by,
    transferId: row.transfer_id,
    severities: severities.map((s) => ({
      severity: s.severity,
      bedLevel: s.bed_level,
      at: s.at.toISOString(),
      note: s.note,
      by: s.by,
    })),
    plans: plans.map((p) => ({ ...p, at: p.at.toISOString() })),
  };
}

/** Cases of the jurisdiction to admit, found by name prefix, case code or full ID number; masked. */
export async function searchCases(db: Db, actor: Actor, q: string): Promise<AdmissibleCase[]> {
  const rows = await repo.searchCases(db, actor, q.trim());
  return rows.map((row) => ({
    id: row.id,
    code: row.code,
    name: row.name,
    idNumber: maskIdNumber(row.id_number),
    classification: row.classification,
    region: row.region_id === null ? null : { id: row.region_id, name: row.region_name ?? '' },
    foundAt: row.found_at.toISOString(),
    activeAdmissionId: row.active_admission_id,
  }));
}
