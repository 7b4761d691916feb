import { type Expression, type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import type { Actor } from '../../core/auth/actor.ts';
import { inJurisdiction } from '../../core/auth/scope.ts';
import type { Executor } from '../../core/db/database.ts';
import type { Database } from '../../core/db/tables.ts';
import type { PlaceQuery } from './registry.schema.ts';

export interface PlaceRow {
  id: number;
  code: string;
  type: string;
  name: string;
  grid_id: number;
  address: string | null;
  lng: number | null;
  lat: number | null;
  contact_name: string | null;
  contact_phone: string | null;
  attributes: Record<string, number | string>;
}

type PlaceFilter = Omit<PlaceQuery, 'page' | 'pageSize'> & { regionPath?: string };

function placeFilters(eb: ExpressionBuilder<Database & { p: Database['place'] }, 'p'>, actor: Actor, f: PlaceFilter) {
  const conditions: Expression<SqlBool>[] = [inJurisdiction(actor, 'p.path')];
  if (f.q) conditions.push(eb('p.name', 'like', `%${f.q.replace(/[\\%_]/g, '\\$&')}%`));
  if (f.type) conditions.push(eb('p.type', '=', f.type));
  if (f.regionPath) conditions.push(sql<SqlBool>`(p.path <@ ${f.regionPath}::ltree)`);
  return eb.and(conditions);
}

const placeFields = [
  'id',
  'code',
  'type',
  'name',
  'grid_id',
  'address',
  'lng',
  'lat',
  'contact_name',
  'contact_phone',
  'attributes',
] as const;
const placeColumns = placeFields.map((field) => `p.${field}` as const);

export async function findPlace(
  db: Executor,
  actor: Actor,
  id: number,
  forUpdate = false,
): Promise<PlaceRow | undefined> {
  const query = db
    .selectFrom('place as p')
    .select(placeColumns)
    .where('p.id', '=', id)
    .where(inJurisdiction(actor, 'p.path'));
  return (forUpdate ? query.forUpdate() : query).executeTakeFirst();
}

export interface NewPlace extends Omit<PlaceRow, 'id'> {
  path: string;
}

/** Inserts a place; undefined when its code is already taken. */
export async function insertPlace(db: Executor, place: NewPlace): Promise<PlaceRow | undefined> {
  return db
    .insertInto('place')
    .values({ ...place, path: sql`${place.path}::ltree`, attributes: JSON.stringify(place.attributes) })
    .onConflict((oc) => oc.column('code').doNothing())
    .returning(placeFields)
    .executeTakeFirst();
}

export async function updatePlace(
  db: Executor,
  id: number,
  changes: Partial<
    Pick<PlaceRow, 'name' | 'address' | 'contact_name' | 'contact_phone' | 'lng' | 'lat' | 'attributes'>
  >,
): Promise<void> {
  const { attributes, ...columns } = changes;
  await db
    .updateTable('place')
    .set({ ...columns, ...(attributes ? { attributes: JSON.stringify(attributes) } : {}), updated_at: new Date() })
    .where('id', '=', id)
    .execute();
}

/** The next page after `afterId` in id order, for exports of any size. */
export async function placesAfter(
  db: Executor,
  actor: Actor,
  f: PlaceFilter,
  afterId: number,
  limit: number,
): Promise<PlaceRow[]> {
  return db
    .selectFrom('place as p')
    .select(placeColumns)
    .where((eb) => placeFilters(eb, actor, f))
    .where('p.id', '>', afterId)
    .orderBy('p.id')
    .limit(limit)
    .execute();
}

export async function searchPlaces(
  db: Executor,
  actor: Actor,
  f: PlaceQuery & { regionPath?: string },
): Promise<{ rows: PlaceRow[]; total: number }> {
  const query = db.selectFrom('place as p').where((eb) => placeFilters(eb, actor, f));
  const [rows, count] = await Promise.all([
    query
      .select(placeColumns)
      .orderBy('p.type')
      .orderBy('p.code')
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize)
      .execute(),
    countPlaces(db, actor, f),
  ]);
  return { rows, total: count };
}

export async function countPlaces(db: Executor, actor: Actor, f: PlaceFilter): Promise<number> {
  const row = await db
    .selectFrom('place as p')
    .where((eb) => placeFilters(eb, actor, f))
    .select(sql<number>`count(*)::int`.as('n'))
    .executeTakeFirstOrThrow();
  return row.n;
}
