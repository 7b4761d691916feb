import ExcelJS from 'exceljs';
import type { Actor } from '../../core/auth/actor.ts';
import { type AuditContext, appendAudit } from '../../core/audit/audit.ts';
import type { Db, Executor } from '../../core/db/database.ts';
import { AppError, notFound } from '../../core/errors.ts';
import { pathInScope } from '../regions/regions.service.ts';
import { maskIdNumber, maskPhone } from '../registry/id-number.ts';
import * as repo from './screening.repository.ts';
import type { KeyPerson, KeyPersonFilter, KeyPersonQuery, OutcomeBody } from './screening.schema.ts';
import { escalationLabels, sourceLabels, statusLabels } from './vocabulary.ts';

// Identifiers are masked in every list and export: lists travel further than the work needs them to.
const toKeyPerson = (row: repo.KeyPersonRow, full = false): KeyPerson => ({
  id: row.id,
  list: { id: row.list_id, name: row.list_name, source: row.source },
  name: row.name,
  idNumber: full ? row.id_number : maskIdNumber(row.id_number),
  phone: row.phone === null ? null : full ? row.phone : maskPhone(row.phone),
  address: row.address,
  fromArea: row.from_area,
  arrivedAt: row.arrived_at?.toISOString() ?? null,
  note: row.note,
  matched: row.resident_id !== null,
  grid: row.grid_id === null ? null : { id: row.grid_id, name: row.grid_name ?? '' },
  dueAt: row.due_at.toISOString(),
  overdue: row.overdue,
  escalation: row.escalation,
  status: row.status,
  outcome:
    row.outcome_at === null ? null : { note: row.outcome_note, by: row.outcome_by, at: row.outcome_at.toISOString() },
  createdAt: row.created_at.toISOString(),
});

async function keyPerson(db: Executor, actor: Actor, id: number): Promise<KeyPerson> {
  const [row] = await repo.keyPersonRows(db, actor, { id }, { limit: 1, offset: 0 });
  if (!row) throw notFound();
  return toKeyPerson(row);
}

/**
 * One key person, with ID number and phone in full for users who may read identifiers so (the grid worker
 * has to call them); every such read is audited.
 */
export async function keyPersonInFull(db: Db, actor: Actor, audit: AuditContext, id: number): Promise<KeyPerson> {
  const [row] = await repo.keyPersonRows(db, actor, { id }, { limit: 1, offset: 0 });
  if (!row) throw notFound();
  const full = actor.permissions.has('registry.read_full');
  await appendAudit(db, audit, {
    action: 'screening.key_person.read',
    entity: 'key_person',
    entityId: id,
    summary: { full },
  });
  return toKeyPerson(row, full);
}

/** A page of the key persons of the jurisdiction: a grid worker sees those dispatched to their grids. */
export async function keyPersons(db: Db, actor: Actor, query: KeyPersonQuery) {
  const { page, pageSize, ...filter } = query;
  const rows = await repo.keyPersonRows(db, actor, filter, { limit: pageSize, offset: (page - 1) * pageSize });
  return { items: rows.map((row) => toKeyPerson(row)), total: await repo.countKeyPersons(db, actor, filter) };
}

/** Records what the grid worker found; only a pending person takes an outcome, and only once. */
export async function recordOutcome(
  db: Db,
  actor: Actor,
  audit: AuditContext,
  id: number,
  body: OutcomeBody,
): Promise<KeyPerson> {
  const note = body.note?.trim() || null;
  // "Not found" closes the item without anyone seeing the person: the reason is what others check.
  if (body.status === 'not_found' && note === null) throw new AppError('OUTCOME_REASON_REQUIRED');
  return db.transaction().execute(async (trx) => {
    const person = await repo.lockKeyPerson(trx, actor, id);
    if (!person) throw notFound();
    if (person.status !== 'pending') throw new AppError('KEY_PERSON_CLOSED');
    await repo.setOutcome(trx, id, { status: body.status, note, by: actor.userId || null });
    await appendAudit(trx, audit, {
      action: 'screening.key_person.outcome',
      entity: 'key_person',
      entityId: id,
      reason: note,
      summary: { status: body.status },
    });
    return keyPerson(trx, actor, id);
  });
}

/** Gives a person the registry could not place a grid of the jurisdiction, so its worker gets the item. */
export async function assignGrid(
  db: Db,
  actor: Actor,
  audit: AuditContext,
  id: number,
  gridId: number,
): Promise<KeyPerson> {
  return db.transaction().execute(async (trx) => {
    const grid = await pathInScope(trx, actor, gridId);
    if (!grid) throw notFound();
    if (grid.levelKey !== 'grid') throw new AppError('NOT_A_GRID', { regionId: gridId });
    const person = await repo.lockKeyPerson(trx, actor, id);
    if (!person) throw notFound();
    // A matched person's grid comes from the registry; moving them is a registry change, not this one.
    if (person.grid_id !== null) throw new AppError('KEY_PERSON_ASSIGNED');
    await repo.setGrid(trx, id, { id: gridId, path: grid.path });
    await appendAudit(trx, audit, {
      action: 'screening.key_person.assign',
      entity: 'key_person',
      entityId: id,
      summary: { gridId },
    });
    return keyPerson(trx, actor, id);
  });
}

/** The filtered key persons as .xlsx (masked), times in the platform's zone. */
export async function keyPersonWorkbook(
  db: Db,
  actor: Actor,
  filter: KeyPersonFilter,
  timeZone: string,
): Promise<Buffer> {
  const rows = await repo.keyPersonRows(db, actor, filter, { limit: 100_000, offset: 0 });
  const local = (at: string | null) => (at === null ? null : new Date(at).toLocaleString('sv-SE', { timeZone }));
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('重点人员 Key persons');
  sheet.columns = [
    { header: '名单 List', key: 'list', width: 20 },
    { header: '来源 Source', key: 'source', width: 16 },
    { header: '姓名 Name', key: 'name', width: 12 },
    { header: '证件号码 ID number', key: 'idNumber', width: 22 },
    { header: '联系电话 Phone', key: 'phone', width: 16 },
    { header: '现住址 Address', key: 'address', width: 30 },
    { header: '来源地 From area', key: 'fromArea', width: 16 },
    { header: '抵达时间 Arrived at', key: 'arrivedAt', width: 20 },
    { header: '网格 Grid', key: 'grid', width: 16 },
    { header: '截止时间 Due', key: 'dueAt', width: 20 },
    { header: '逾期 Overdue', key: 'overdue', width: 8 },
    { header: '当前层级 With', key: 'escalation', width: 10 },
    { header: '状态 Status', key: 'status', width: 14 },
    { header: '结果说明 Outcome note', key: 'outcomeNote', width: 24 },
    { header: '登记时间 Recorded at', key: 'outcomeAt', width: 20 },
  ];
  for (const person of rows.map((row) => toKeyPerson(row))) {
    sheet.addRow({
      ...person,
      list: person.list.name,
      source: sourceLabels[person.list.source],
      arrivedAt: local(person.arrivedAt),
      grid: person.grid?.name ?? '未分派',
      dueAt: local(person.dueAt),
      overdue: person.overdue ? '是' : '',
      escalation: escalationLabels[person.escalation],
      status: statusLabels[person.status],
      outcomeNote: person.outcome?.note ?? null,
      outcomeAt: local(person.outcome?.at ?? null),
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
