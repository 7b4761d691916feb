import type { Actor } from '../../core/auth/actor.ts';
import { type AuditContext, appendAudit } from '../../core/audit/audit.ts';
import type { Db, Executor } from '../../core/db/database.ts';
import { AppError, notFound } from '../../core/errors.ts';
import { localDate } from '../../core/time/local-time.ts';
import { maskIdNumber, maskPhone } from '../registry/id-number.ts';
import { enlist, type ListRef, openChannelList } from '../screening/screening.service.ts';
import * as repo from './pharmacies.repository.ts';
import type { PharmacyPlace, Sale, SaleBatch, SaleBatchReply, SaleQuery } from './pharmacies.schema.ts';
import { type CheckedSale, checkSales, type RawSale, type SaleRefusal } from './sale-rows.ts';
import { FOLLOW_UP_HOURS } from './vocabulary.ts';

export async function pharmacies(db: Db, actor: Actor): Promise<PharmacyPlace[]> {
  const rows = await repo.pharmacyRows(db, actor);
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    name: r.name,
    grid: { id: r.grid_id, name: r.grid_name },
    canRecord: r.can_record,
  }));
}

/** A pharmacy the actor records at; one they may only read is refused, one they cannot see is absent. */
async function recordingPharmacy(db: Executor, actor: Actor, pharmacyId: number): Promise<repo.PharmacyRow> {
  const [pharmacy] = await repo.pharmacyRows(db, actor, pharmacyId);
  if (!pharmacy) throw notFound();
  if (!pharmacy.can_record) throw new AppError('NOT_A_UNIT_MEMBER', { unit: pharmacy.name });
  return pharmacy;
}

/** Refuses the whole batch, naming every bad row's field and reason (rows[3].idNumber: id_checksum). */
function refuse(rejected: SaleRefusal[]): never {
  const errors = rejected.map((r) => ({ path: `rows[${r.row}].${r.field}`, message: r.reason }));
  throw new AppError('VALIDATION_FAILED', { details: errors.map((e) => `${e.path}: ${e.message}`).join('; ') }, errors);
}

/**
 * Puts each buyer on the follow-up list of the pharmacy's day of the sale (made on the day's first sale),
 * dispatched to the grid of their registered address and due 24 h after the sale. The key person of each
 * sale, in order.
 */
async function followUps(
  trx: Executor,
  actor: Actor,
  pharmacy: repo.PharmacyRow,
  sales: (CheckedSale & { dueAt: string })[],
  timeZone: string,
): Promise<number[]> {
  const dayOf = (sale: CheckedSale) => localDate(new Date(sale.soldAt), timeZone);
  const keyPersons = new Map<string, number>();
  for (const day of [...new Set(sales.map(dayOf))].sort()) {
    const listId = await repo.lockDayList(trx, pharmacy.id, day);
    const list: ListRef = listId
      ? { id: listId, source: 'pharmacy_purchase', path: pharmacy.path }
      : await openChannelList(trx, {
          name: `${pharmacy.name} 购药人员 ${day}`,
          source: 'pharmacy_purchase',
          regionId: pharmacy.grid_id,
          path: pharmacy.path,
          createdBy: actor.userId || null,
        });
    if (!listId) await repo.insertDayList(trx, pharmacy.id, day, list.id);
    // A buyer of several drugs that day is one person to follow up, due after the first sale.
    const buyers = new Map<string, CheckedSale & { dueAt: string }>();
    for (const sale of sales.filter((s) => dayOf(s) === day).sort((a, b) => a.soldAt.localeCompare(b.soldAt))) {
      if (!buyers.has(sale.idNumber)) buyers.set(sale.idNumber, sale);
    }
    const ids = await enlist(
      trx,
      list,
      [...buyers.values()].map((s) => ({
        row: s.row,
        idNumber: s.idNumber,
        name: s.buyerName,
        phone: s.phone,
        address: null,
        fromArea: null,
        arrivedAt: null,
        note: `${pharmacy.name}购买${s.drugName}`,
        dueAt: s.dueAt,
      })),
    );
    for (const [idNumber, id] of ids) keyPersons.set(`${day}/${idNumber}`, id);
  }
  return sales.map((s) => {
    const id = keyPersons.get(`${dayOf(s)}/${s.idNumber}`);
    if (id === undefined) throw new Error('a buyer was neither listed nor found on the list');
    return id;
  });
}

/**
 * Registers a batch of sales (a form's or a file's) at a pharmacy atomically: any bad row refuses the batch (every bad row named)
 * and nothing is stored; otherwise every sale is stored with its buyer's follow-up in one transaction with
 * one audit entry. The same sale (buyer, drug, time) sent again is counted `already`.
 */
export async function storeSales(
  db: Db,
  actor: Actor,
  audit: AuditContext,
  timeZone: string,
  pharmacyId: number,
  rows: RawSale[],
  via: 'form' | 'import',
): Promise<SaleBatchReply> {
  const { valid, rejected } = checkSales(rows, timeZone);
  if (rejected.length > 0) refuse(rejected);
  return db.transaction().execute(async (trx) => {
    const pharmacy = await recordingPharmacy(trx, actor, pharmacyId);
    const due = valid.map((s) => ({
      ...s,
      dueAt: new Date(Date.parse(s.soldAt) + FOLLOW_UP_HOURS * 3_600_000).toISOString(),
    }));
    const keyPersonIds = await followUps(trx, actor, pharmacy, due, timeZone);
    const sales = due.map((s, i) => ({ ...s, keyPersonId: keyPersonIds[i] ?? 0 }));
    const created = await repo.insertSales(trx, pharmacy, sales, via, actor.userId || null);
    const reply = { created, already: sales.length - created };
    if (created > 0) {
      await appendAudit(trx, audit, {
        action: via === 'form' ? 'pharmacy.sales.record' : 'pharmacy.sales.import',
        entity: 'pharmacy',
        entityId: pharmacy.id,
        summary: { ...reply, buyers: new Set(sales.map((s) => s.idNumber)).size },
      });
    }
    return reply;
  });
}

/** Sales entered by form (a batch of one or more). */
export async function recordSales(
  db: Db,
  actor: Actor,
  audit: AuditContext,
  timeZone: string,
  batch: SaleBatch,
): Promise<SaleBatchReply> {
  const rows = batch.sales.map((sale, i) => ({ ...sale, row: i + 1 }));
  return storeSales(db, actor, audit, timeZone, batch.pharmacyId, rows, 'form');
}

// Masked unless shown in full (audited) to a user who may read identifiers so.
const toSale = (row: repo.SaleRow, full = false): Sale => ({
  id: row.id,
  pharmacy: { id: row.pharmacy_id, name: row.pharmacy_name },
  buyerName: row.buyer_name,
  idNumber: full ? row.id_number : maskIdNumber(row.id_number),
  phone: row.phone === null ? null : full ? row.phone : maskPhone(row.phone),
  drugName: row.drug_name,
  category: row.category,
  quantity: row.quantity,
  soldAt: row.sold_at.toISOString(),
  dueAt: row.due_at.toISOString(),
  via: row.via,
  recordedBy: row.recorded_by,
  followUp: {
    keyPersonId: row.key_person_id,
    status: row.status,
    overdue: row.overdue,
    grid: row.grid_id === null ? null : { id: row.grid_id, name: row.grid_name ?? '' },
    at: row.outcome_at?.toISOString() ?? null,
  },
});

/** A page of the register the caller may read, newest first, each buyer with their follow-up state. */
export async function sales(db: Db, actor: Actor, timeZone: string, query: SaleQuery) {
  const { page, pageSize, ...filter } = query;
  // No days given: the whole register (a buyer is looked up by name or ID number across days).
  const { rows, total } = await repo.saleRows(db, actor, filter, timeZone, {
    limit: pageSize,
    offset: (page - 1) * pageSize,
  });
  return { items: rows.map((row) => toSale(row)), total };
}

/** One sale, the buyer's ID number and phone in full for those who may read identifiers so; audited. */
export async function saleInFull(db: Db, actor: Actor, audit: AuditContext, timeZone: string, id: number) {
  const { rows } = await repo.saleRows(db, actor, { id }, timeZone, { limit: 1, offset: 0 });
  const row = rows[0];
  if (!row) throw notFound();
  const full = actor.permissions.has('registry.read_full');
  await appendAudit(db, audit, {
    action: 'pharmacy.sale.read',
    entity: 'pharmacy_sale',
    entityId: id,
    summary: { full },
  });
  return toSale(row, full);
}
