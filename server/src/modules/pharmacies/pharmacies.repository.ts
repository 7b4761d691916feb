import { type RawBuilder, sql } from 'kysely';
import type { Actor } from '../../core/auth/actor.ts';
import type { Executor } from '../../core/db/database.ts';
import type { KeyPersonStatus } from '../screening/vocabulary.ts';
import { mayReadAt, mayRecordAt } from '../checkpoints/place-access.ts';
import { followUpStates } from '../screening/screening.service.ts';
import type { SaleFilter } from './pharmacies.schema.ts';
import type { CheckedSale } from './sale-rows.ts';
import type { DrugCategory } from './vocabulary.ts';

const placeColumns = { placeId: 'p.id', path: 'p.path' };
const saleColumns = { placeId: 's.pharmacy_id', path: 's.path' };

export interface PharmacyRow {
  id: number;
  code: string;
  name: string;
  grid_id: number;
  grid_name: string;
  path: string;
  can_record: boolean;
}

/** Pharmacies the actor reads or records at, by name; `onlyId` narrows to one. */
export async function pharmacyRows(db: Executor, actor: Actor, onlyId?: number): Promise<PharmacyRow[]> {
  const { rows } = await sql<PharmacyRow>`
    SELECT p.id, p.code, p.name, p.grid_id, g.name AS grid_name, p.path::text AS path,
           ${mayRecordAt(actor, 'pharmacy.record', placeColumns)} AS can_record
      FROM place p JOIN region g ON g.id = p.grid_id
     WHERE p.type = 'pharmacy' AND ${mayReadAt(actor, 'pharmacy.record', placeColumns)}
           ${onlyId === undefined ? sql`` : sql`AND p.id = ${onlyId}`}
     ORDER BY p.name, p.id`.execute(db);
  return rows;
}

/**
 * The follow-up list of a pharmacy's day, if made. The advisory lock makes concurrent first sales of a day
 * agree on one list; it is held to commit.
 */
export async function lockDayList(db: Executor, pharmacyId: number, day: string): Promise<number | undefined> {
  await sql`SELECT pg_advisory_xact_lock(hashtext(${`pharmacy_day_list:${pharmacyId}:${day}`}))`.execute(db);
  const { rows } = await sql<{ list_id: number }>`
    SELECT list_id FROM pharmacy_day_list WHERE pharmacy_id = ${pharmacyId} AND day = ${day}::date`.execute(db);
  return rows[0]?.list_id;
}

export async function insertDayList(db: Executor, pharmacyId: number, day: string, listId: number): Promise<void> {
  await sql`
    INSERT INTO pharmacy_day_list (pharmacy_id, day, list_id) VALUES (${pharmacyId}, ${day}::date, ${listId})`.execute(
    db,
  );
}

/** A checked sale with its due time and the key person following its buyer up. */
export interface SaleToStore extends CheckedSale {
  dueAt: string;
  keyPersonId: number;
}

/** Stores sales in one statement; a sale already there (buyer, drug, time) is left as is. How many were new. */
export async function insertSales(
  db: Executor,
  pharmacy: { id: number; path: string },
  sales: SaleToStore[],
  via: 'form' | 'import',
  recordedBy: number | null,
): Promise<number> {
  if (sales.length === 0) return 0;
  const column = <K extends keyof SaleToStore>(key: K) => sales.map((s) => s[key]);
  const { rows } = await sql<{ n: number }>`
    WITH made AS (
      INSERT INTO pharmacy_sale (pharmacy_id, path, buyer_name, id_number, phone, drug_name, category, quantity,
                                 sold_at, due_at, key_person_id, via, recorded_by)
      SELECT ${pharmacy.id}, ${pharmacy.path}::ltree, t.buyer_name, t.id_number, t.phone, t.drug_name, t.category,
             t.quantity, t.sold_at, t.due_at, t.key_person_id, ${via}, ${recordedBy}
        FROM unnest(${column('buyerName')}::text[], ${column('idNumber')}::text[], ${column('phone')}::text[],
                    ${column('drugName')}::text[], ${column('category')}::text[], ${column('quantity')}::int[],
                    ${column('soldAt')}::timestamptz[], ${column('dueAt')}::timestamptz[],
                    ${column('keyPersonId')}::bigint[])
             AS t(buyer_name, id_number, phone, drug_name, category, quantity, sold_at, due_at, key_person_id)
      ON CONFLICT (pharmacy_id, id_number, drug_name, sold_at) DO NOTHING
      RETURNING 1)
    SELECT count(*)::int AS n FROM made`.execute(db);
  return rows[0]?.n ?? 0;
}

export interface SaleRow {
  id: number;
  pharmacy_id: number;
  pharmacy_name: string;
  buyer_name: string;
  id_number: string;
  phone: string | null;
  drug_name: string;
  category: DrugCategory;
  quantity: number;
  sold_at: Date;
  due_at: Date;
  via: 'form' | 'import';
  recorded_by: string | null;
  key_person_id: number;
  status: KeyPersonStatus;
  overdue: boolean;
  grid_id: number | null;
  grid_name: string | null;
  outcome_at: Date | null;
}

function conditions(actor: Actor, f: SaleFilter & { id?: number; from?: string; to?: string }, timeZone: string) {
  const all: RawBuilder<unknown>[] = [mayReadAt(actor, 'pharmacy.record', saleColumns)];
  if (f.id !== undefined) all.push(sql`s.id = ${f.id}`);
  if (f.from !== undefined) all.push(sql`s.sold_at >= (${f.from}::date)::timestamp AT TIME ZONE ${timeZone}`);
  if (f.to !== undefined) all.push(sql`s.sold_at < (${f.to}::date + 1)::timestamp AT TIME ZONE ${timeZone}`);
  if (f.pharmacyId !== undefined) all.push(sql`s.pharmacy_id = ${f.pharmacyId}`);
  if (f.category !== undefined) all.push(sql`s.category = ${f.category}`);
  if (f.status !== undefined) all.push(sql`k.status = ${f.status}`);
  if (f.q !== undefined) {
    const prefix = f.q.replace(/[\\%_]/g, '\\$&') + '%';
    all.push(sql`(s.buyer_name LIKE ${prefix} OR s.id_number = ${f.q.toUpperCase()})`);
  }
  return sql<boolean>`(${sql.join(all, sql` AND `)})`;
}

/**
 * Sales the actor may read meeting the filter, newest first, each with its buyer's follow-up as the
 * screening key person stands (read-only: the grid worker records outcomes through screening).
 */
export async function saleRows(
  db: Executor,
  actor: Actor,
  filter: SaleFilter & { id?: number; from?: string; to?: string },
  timeZone: string,
  page: { limit: number; offset: number },
): Promise<{ rows: SaleRow[]; total: number }> {
  const where = conditions(actor, filter, timeZone);
  const from = sql`FROM pharmacy_sale s JOIN (${followUpStates}) k ON k.id = s.key_person_id`;
  const [{ rows }, counted] = await Promise.all([
    sql<SaleRow>`
      SELECT s.id, s.pharmacy_id, p.name AS pharmacy_name, s.buyer_name, s.id_number, s.phone, s.drug_name,
             s.category, s.quantity, s.sold_at, s.due_at, s.via, u.display_name AS recorded_by, s.key_person_id,
             k.status, (k.status = 'pending' AND s.due_at < now()) AS overdue, k.grid_id, k.grid_name, k.outcome_at
        ${from} JOIN place p ON p.id = s.pharmacy_id LEFT JOIN app_user u ON u.id = s.recorded_by
       WHERE ${where}
       ORDER BY s.sold_at DESC, s.id DESC LIMIT ${page.limit} OFFSET ${page.offset}`.execute(db),
    sql<{ n: number }>`SELECT count(*)::int AS n ${from} WHERE ${where}`.execute(db),
  ]);
  return { rows, total: counted.rows[0]?.n ?? 0 };
}
