import { type Expression, type ExpressionBuilder, type RawBuilder, type SqlBool, sql } from 'kysely';
import type { Actor } from '../../core/auth/actor.ts';
import { inJurisdiction } from '../../core/auth/scope.ts';
import type { Database } from '../../core/db/tables.ts';
import type { Executor } from '../../core/db/database.ts';
import type { ResidentQuery } from './registry.schema.ts';

// The only place that reads or writes resident ID numbers and phones (DESIGN: field encryption later).

export interface ResidentRow {
  id: number;
  name: string;
  id_number: string;
  sex: 'M' | 'F';
  birth_date: Date;
  phone: string | null;
  tags: string[];
  grid_id: number;
  path: string;
  household_id: number | null;
  household_address: string | null;
  updated_at: Date;
}

type Filter = ResidentQuery & { regionPath?: string };

function filters(eb: ExpressionBuilder<Database & { r: Database['resident'] }, 'r'>, actor: Actor, f: Filter) {
  const conditions: Expression<SqlBool>[] = [inJurisdiction(actor, 'r.path')];
  if (f.q) conditions.push(sql<SqlBool>`(r.name COLLATE "C" LIKE ${f.q.replace(/[\\%_]/g, '\\$&') + '%'})`);
  if (f.idNumber) conditions.push(eb('r.id_number', '=', f.idNumber.toUpperCase()));
  if (f.phone) conditions.push(eb('r.phone', '=', f.phone));
  if (f.regionPath) conditions.push(sql<SqlBool>`(r.path <@ ${f.regionPath}::ltree)`);
  if (f.tag) conditions.push(sql<SqlBool>`(r.tags @> ARRAY[${f.tag}]::text[])`);
  if (f.specialNeeds) conditions.push(sql<SqlBool>`(r.tags <> '{}')`);
  if (f.sex) conditions.push(eb('r.sex', '=', f.sex));
  // Age bands as birth-date ranges, so the comparison stays indexable and exact to the day.
  if (f.ageMin !== undefined)
    conditions.push(sql<SqlBool>`(r.birth_date <= current_date - make_interval(years => ${f.ageMin}))`);
  if (f.ageMax !== undefined)
    conditions.push(sql<SqlBool>`(r.birth_date > current_date - make_interval(years => ${f.ageMax + 1}))`);
  return eb.and(conditions);
}

function residentSelect(db: Executor) {
  return db
    .selectFrom('resident as r')
    .leftJoin('household as h', 'h.id', 'r.household_id')
    .select([
      'r.id',
      'r.name',
      'r.id_number',
      'r.sex',
      'r.birth_date',
      'r.phone',
      'r.tags',
      'r.grid_id',
      'r.household_id',
      'r.updated_at',
    ])
    .select(['h.address as household_address', sql<string>`r.path::text`.as('path')]);
}

export async function searchResidents(db: Executor, actor: Actor, f: Filter): Promise<ResidentRow[]> {
  return (
    residentSelect(db)
      .where((eb) => filters(eb, actor, f))
      // A name search pages in name order (its index); everything else in id order (the primary key).
      .orderBy(f.q ? sql`r.name COLLATE "C"` : sql`r.id`)
      .orderBy('r.id')
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize)
      .execute()
  );
}

export interface ResidentRef {
  id: number;
  id_number: string;
  grid_id: number;
  household_id: number | null;
  path: string;
}

/** Residents of the jurisdiction by ID number, for modules that identify persons by scanning it. */
export async function residentsByIdNumbers(db: Executor, actor: Actor, idNumbers: string[]): Promise<ResidentRef[]> {
  if (idNumbers.length === 0) return [];
  return db
    .selectFrom('resident as r')
    .select(['r.id', 'r.id_number', 'r.grid_id', 'r.household_id', sql<string>`r.path::text`.as('path')])
    .where('r.id_number', 'in', idNumbers)
    .where(inJurisdiction(actor, 'r.path'))
    .execute();
}

/** Residents of the jurisdiction by id (persons identified by a signed personal code). */
export async function residentsByIds(db: Executor, actor: Actor, ids: number[]): Promise<ResidentRef[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('resident as r')
    .select(['r.id', 'r.id_number', 'r.grid_id', 'r.household_id', sql<string>`r.path::text`.as('path')])
    .where('r.id', 'in', ids)
    .where(inJurisdiction(actor, 'r.path'))
    .execute();
}

/**
 * A page of the jurisdiction's residents meeting another module's condition on `r` (the resident) and
 * `h` (their household), in household-address order: door-knocking lists such as "not yet sampled".
 */
export async function residentsWhere(
  db: Executor,
  actor: Actor,
  condition: RawBuilder<SqlBool>,
  page: { limit: number; offset: number },
): Promise<{ rows: ResidentRow[]; total: number }> {
  const scoped = sql<SqlBool>`(${inJurisdiction(actor, 'r.path')} AND ${condition})`;
  const [rows, count] = await Promise.all([
    residentSelect(db)
      .where(scoped)
      .orderBy(sql`h.address COLLATE "C"`)
      .orderBy('r.id')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    db
      .selectFrom('resident as r')
      .leftJoin('household as h', 'h.id', 'r.household_id')
      .where(scoped)
      .select(sql<number>`count(*)::int`.as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: count.n };
}

/** The next page after `afterId` in id order: constant-cost paging for exports of any size. */
export async function residentsAfter(
  db: Executor,
  actor: Actor,
  f: Filter,
  afterId: number,
  limit: number,
): Promise<ResidentRow[]> {
  return residentSelect(db)
    .where((eb) => filters(eb, actor, f))
    .where('r.id', '>', afterId)
    .orderBy('r.id')
    .limit(limit)
    .execute();
}

/** How many match, counting no further than `cap` (a count over millions is not worth its seconds). */
export async function countResidents(db: Executor, actor: Actor, f: Filter, cap: number): Promise<number> {
  const limited = db
    .selectFrom('resident as r')
    .select(sql`1`.as('one'))
    .where((eb) => filters(eb, actor, f))
    .limit(cap);
  const row = await db
    .selectFrom(limited.as('m'))
    .select(sql<number>`count(*)::int`.as('n'))
    .executeTakeFirstOrThrow();
  return row.n;
}

export async function findResident(
  db: Executor,
  actor: Actor,
  id: number,
  forUpdate = false,
): Promise<ResidentRow | undefined> {
  const query = residentSelect(db).where('r.id', '=', id).where(inJurisdiction(actor, 'r.path'));
  return (forUpdate ? query.forUpdate('r') : query).executeTakeFirst();
}

export async function updateResident(
  db: Executor,
  id: number,
  changes: {
    name?: string;
    phone?: string | null;
    tags?: string[];
    gridId?: number;
    path?: string;
    householdId?: number | null;
  },
): Promise<void> {
  await db
    .updateTable('resident')
    .set({
      updated_at: new Date(),
      ...(changes.name !== undefined ? { name: changes.name } : {}),
      ...(changes.phone !== undefined ? { phone: changes.phone } : {}),
      ...(changes.tags !== undefined ? { tags: changes.tags } : {}),
      ...(changes.gridId !== undefined ? { grid_id: changes.gridId } : {}),
      ...(changes.path !== undefined ? { path: changes.path } : {}),
      ...(changes.householdId !== undefined ? { household_id: changes.householdId } : {}),
    })
    .where('id', '=', id)
    .execute();
}
