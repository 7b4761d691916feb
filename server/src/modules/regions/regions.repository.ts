import { type SqlBool, sql } from 'kysely';
import type { Actor } from '../../core/auth/actor.ts';
import { inJurisdiction } from '../../core/auth/scope.ts';
import type { Executor } from '../../core/db/database.ts';
import type { Region, RegionLevel, RegionRef } from './regions.schema.ts';

/** Columns of a Region, with its level key and number of children. */
function regionQuery(db: Executor) {
  return db
    .selectFrom('region as r')
    .innerJoin('region_level as l', 'l.id', 'r.level_id')
    .select((eb) => [
      'r.id',
      'r.parent_id as parentId',
      'r.level_id as levelId',
      'l.key as levelKey',
      'r.code',
      'r.name',
      eb
        .selectFrom('region as c')
        .whereRef('c.parent_id', '=', 'r.id')
        .select(sql<number>`count(*)::int`.as('n'))
        .as('childCount'),
    ]);
}

type RegionRow = Omit<Region, 'childCount'> & { childCount: number | null };
const toRegion = (row: RegionRow): Region => ({ ...row, childCount: row.childCount ?? 0 });

export async function listLevels(db: Executor): Promise<RegionLevel[]> {
  return db
    .selectFrom('region_level')
    .select(['id', 'rank', 'key', 'name_zh as nameZh', 'name_en as nameEn'])
    .orderBy('rank')
    .execute();
}

export async function findLevel(db: Executor, id: number): Promise<RegionLevel | undefined> {
  return db
    .selectFrom('region_level')
    .select(['id', 'rank', 'key', 'name_zh as nameZh', 'name_en as nameEn'])
    .where('id', '=', id)
    .executeTakeFirst();
}

/** The tops of the actor's jurisdiction: tree roots for unrestricted users, else their assigned regions. */
export async function listRoots(db: Executor, actor: Actor): Promise<Region[]> {
  if (!actor.scopeAll && actor.regionIds.length === 0) return [];
  const query = regionQuery(db).orderBy('r.path');
  const tops = actor.scopeAll ? query.where('r.parent_id', 'is', null) : query.where('r.id', 'in', actor.regionIds);
  return (await tops.execute()).map(toRegion);
}

export async function listChildren(db: Executor, actor: Actor, parentId: number): Promise<Region[]> {
  const rows = await regionQuery(db)
    .where('r.parent_id', '=', parentId)
    .where(inJurisdiction(actor, 'r.path'))
    .orderBy('r.code')
    .orderBy('r.name')
    .execute();
  return rows.map(toRegion);
}

/** Name (contains) or code (prefix) search within the jurisdiction. */
export async function searchRegions(db: Executor, actor: Actor, q: string, limit = 50): Promise<Region[]> {
  const pattern = `%${q.replace(/[\\%_]/g, '\\$&')}%`;
  const codePrefix = `${q.replace(/[\\%_]/g, '\\$&')}%`;
  const rows = await regionQuery(db)
    .where((eb) => eb.or([eb('r.name', 'ilike', pattern), eb('r.code', 'like', codePrefix)]))
    .where(inJurisdiction(actor, 'r.path'))
    .orderBy('r.path')
    .limit(limit)
    .execute();
  return rows.map(toRegion);
}

export async function findRegion(
  db: Executor,
  actor: Actor,
  id: number,
): Promise<(Region & { path: string; levelRank: number }) | undefined> {
  const row = await regionQuery(db)
    .select(['r.path', 'l.rank as levelRank'])
    .where('r.id', '=', id)
    .where(inJurisdiction(actor, 'r.path'))
    .executeTakeFirst();
  return row ? { ...toRegion(row), path: row.path, levelRank: row.levelRank } : undefined;
}

/** Ancestors of a path that the actor may see, top first. */
export async function visibleAncestors(db: Executor, actor: Actor, path: string): Promise<RegionRef[]> {
  return db
    .selectFrom('region as r')
    .innerJoin('region_level as l', 'l.id', 'r.level_id')
    .select(['r.id', 'r.name', 'r.code', 'l.key as levelKey'])
    .where(sql<SqlBool>`r.path @> ${path}::ltree AND r.path <> ${path}::ltree`)
    .where(inJurisdiction(actor, 'r.path'))
    .orderBy(sql`nlevel(r.path)`)
    .execute();
}

/** Region references for ids, unscoped: for naming regions already granted to a user. */
export async function regionRefs(db: Executor, ids: number[]): Promise<RegionRef[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('region as r')
    .innerJoin('region_level as l', 'l.id', 'r.level_id')
    .select(['r.id', 'r.name', 'r.code', 'l.key as levelKey'])
    .where('r.id', 'in', ids)
    .orderBy('r.path')
    .execute();
}

/** How many of the given region ids lie within the actor's jurisdiction. */
export async function countInJurisdiction(db: Executor, actor: Actor, ids: number[]): Promise<number> {
  if (ids.length === 0) return 0;
  const row = await db
    .selectFrom('region as r')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('r.id', 'in', ids)
    .where(inJurisdiction(actor, 'r.path'))
    .executeTakeFirstOrThrow();
  return row.n;
}

export async function insertRegion(
  db: Executor,
  values: { parentId: number | null; levelId: number; code: string | null; name: string },
): Promise<number> {
  const row = await db
    .insertInto('region')
    .values({ parent_id: values.parentId, level_id: values.levelId, code: values.code, name: values.name })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateRegion(
  db: Executor,
  id: number,
  changes: { name?: string; code?: string | null; parentId?: number | null },
): Promise<void> {
  await db
    .updateTable('region')
    .set({
      ...(changes.name !== undefined ? { name: changes.name } : {}),
      ...(changes.code !== undefined ? { code: changes.code } : {}),
      ...(changes.parentId !== undefined ? { parent_id: changes.parentId } : {}),
      updated_at: new Date(),
    })
    .where('id', '=', id)
    .execute();
}

export async function deleteRegion(db: Executor, id: number): Promise<void> {
  await db.deleteFrom('region').where('id', '=', id).execute();
}

export async function idsByCodes(db: Executor, codes: string[]): Promise<{ id: number; code: string | null }[]> {
  if (codes.length === 0) return [];
  return db.selectFrom('region').select(['id', 'code']).where('code', 'in', codes).execute();
}

export interface RegionByCode {
  id: number;
  code: string;
  path: string;
  levelKey: string;
  levelRank: number;
}

/** Regions for administrative codes (unscoped: imports check jurisdiction themselves). */
export async function regionsByCodes(db: Executor, codes: string[]): Promise<RegionByCode[]> {
  if (codes.length === 0) return [];
  const rows = await db
    .selectFrom('region as r')
    .innerJoin('region_level as l', 'l.id', 'r.level_id')
    .select(['r.id', 'r.code', 'r.path', 'l.key as levelKey', 'l.rank as levelRank'])
    .where('r.code', 'in', codes)
    .execute();
  return rows.map((row) => ({ ...row, code: row.code ?? '' }));
}

export interface RegionUpsert {
  code: string;
  name: string;
  levelId: number;
  parentId: number | null;
}

/** Inserts or updates the region with this code; says which, or 'unchanged'. */
export async function upsertRegionByCode(
  db: Executor,
  region: RegionUpsert,
): Promise<'inserted' | 'updated' | 'unchanged'> {
  const { rows } = await sql<{ inserted: boolean }>`
    INSERT INTO region AS r (code, name, level_id, parent_id) VALUES (${region.code}, ${region.name}, ${region.levelId}, ${region.parentId})
    ON CONFLICT (code) DO UPDATE SET name = excluded.name, level_id = excluded.level_id, parent_id = excluded.parent_id, updated_at = now()
     WHERE (r.name, r.level_id, r.parent_id) IS DISTINCT FROM (excluded.name, excluded.level_id, excluded.parent_id)
    RETURNING (xmax = 0) AS inserted`.execute(db);
  const row = rows[0];
  return row ? (row.inserted ? 'inserted' : 'updated') : 'unchanged';
}

export async function pathsOf(db: Executor, ids: number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('region').select(['id', 'path']).where('id', 'in', ids).execute();
  return new Map(rows.map((row) => [row.id, row.path]));
}
