import { sql } from 'kysely';
import type { Actor } from '../../core/auth/actor.ts';
import { pathInJurisdiction } from '../../core/auth/scope.ts';
import { type AuditContext, appendAudit } from '../../core/audit/audit.ts';
import type { Db, Executor } from '../../core/db/database.ts';
import { violatedConstraint } from '../../core/db/pg-errors.ts';
import { AppError, notFound } from '../../core/errors.ts';
import * as repo from './regions.repository.ts';
import type { CreateRegionBody, Region, RegionLevel, RegionRef, UpdateRegionBody } from './regions.schema.ts';

export const listLevels = (db: Db): Promise<RegionLevel[]> => repo.listLevels(db);

/** Children of a region, or the tops of the actor's jurisdiction; a parent out of scope is a 404. */
export async function listRegions(db: Db, actor: Actor, query: { parentId?: number; q?: string }): Promise<Region[]> {
  if (query.q !== undefined) return repo.searchRegions(db, actor, query.q);
  if (query.parentId === undefined) return repo.listRoots(db, actor);
  if (!(await repo.findRegion(db, actor, query.parentId))) throw notFound();
  return repo.listChildren(db, actor, query.parentId);
}

export async function getRegion(db: Db, actor: Actor, id: number): Promise<{ region: Region; ancestors: RegionRef[] }> {
  const found = await repo.findRegion(db, actor, id);
  if (!found) throw notFound();
  const { path, levelRank: _rank, ...region } = found;
  return { region, ancestors: await repo.visibleAncestors(db, actor, path) };
}

/** Regions for user ids already checked by the caller: names of a user's jurisdiction. */
export const regionRefs = (db: Executor, ids: number[]): Promise<RegionRef[]> => repo.regionRefs(db, ids);

/** Whether every id names a region inside the actor's jurisdiction. */
export async function allInJurisdiction(db: Executor, actor: Actor, ids: number[]): Promise<boolean> {
  const unique = [...new Set(ids)];
  return (await repo.countInJurisdiction(db, actor, unique)) === unique.length;
}

async function assertPlacement(db: Executor, actor: Actor, parentId: number | null, levelId: number): Promise<void> {
  const level = await repo.findLevel(db, levelId);
  if (!level)
    throw new AppError('VALIDATION_FAILED', { details: `levelId: no level ${levelId}` }, [
      { path: 'body.levelId', message: 'no such level' },
    ]);
  // Only users over the whole tree may add or move regions at the top.
  if (parentId === null) {
    if (!actor.scopeAll) throw new AppError('SCOPE_EXCEEDED');
    return;
  }
  const parent = await repo.findRegion(db, actor, parentId);
  if (!parent) throw notFound();
  if (parent.levelRank >= level.rank) {
    throw new AppError('REGION_PLACEMENT_INVALID', { reason: `a ${level.key} cannot sit under a ${parent.levelKey}` });
  }
}

function conflictOf(error: unknown, values: { code?: string | null; name?: string }): AppError | null {
  const unique = violatedConstraint(error, 'unique');
  if (unique === 'region_code_key') return new AppError('REGION_CODE_TAKEN', { code: values.code ?? '' });
  if (unique === 'region_sibling_name_uq') return new AppError('REGION_NAME_TAKEN', { name: values.name ?? '' });
  if (violatedConstraint(error, 'foreignKey') !== null) return new AppError('REGION_IN_USE');
  return null;
}

/** Runs a region write, turning constraint violations into the user's language. */
async function withConflicts<T>(values: { code?: string | null; name?: string }, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw conflictOf(error, values) ?? error;
  }
}

export async function createRegion(db: Db, actor: Actor, audit: AuditContext, body: CreateRegionBody): Promise<Region> {
  const id = await withConflicts(body, () =>
    db.transaction().execute(async (trx) => {
      await assertPlacement(trx, actor, body.parentId, body.levelId);
      const newId = await repo.insertRegion(trx, { ...body, code: body.code ?? null });
      await appendAudit(trx, audit, {
        action: 'region.create',
        entity: 'region',
        entityId: newId,
        summary: { ...body },
      });
      return newId;
    }),
  );
  return (await getRegion(db, actor, id)).region;
}

export async function updateRegion(
  db: Db,
  actor: Actor,
  audit: AuditContext,
  id: number,
  body: UpdateRegionBody,
): Promise<Region> {
  await withConflicts(body, () =>
    db.transaction().execute(async (trx) => {
      const before = await repo.findRegion(trx, actor, id);
      if (!before) throw notFound();
      if (body.parentId !== undefined && body.parentId !== before.parentId) {
        await assertPlacement(trx, actor, body.parentId, before.levelId);
        if (
          body.parentId !== null &&
          (await repo.findRegion(trx, actor, body.parentId))?.path.split('.').includes(String(id))
        ) {
          throw new AppError('REGION_PLACEMENT_INVALID', { reason: 'a region cannot move under itself' });
        }
      }
      await repo.updateRegion(trx, id, body);
      const was = { name: before.name, code: before.code, parentId: before.parentId };
      await appendAudit(trx, audit, {
        action: 'region.update',
        entity: 'region',
        entityId: id,
        summary: { before: was, after: body },
      });
    }),
  );
  return (await getRegion(db, actor, id)).region;
}

export async function deleteRegion(db: Db, actor: Actor, audit: AuditContext, id: number): Promise<void> {
  await withConflicts({}, () =>
    db.transaction().execute(async (trx) => {
      const region = await repo.findRegion(trx, actor, id);
      if (!region) throw notFound();
      if (region.childCount > 0) throw new AppError('REGION_HAS_CHILDREN', { count: region.childCount });
      await repo.deleteRegion(trx, id);
      await appendAudit(trx, audit, {
        action: 'region.delete',
        entity: 'region',
        entityId: id,
        summary: { name: region.name, code: region.code },
      });
    }),
  );
}

/** Region ids for administrative codes; an unknown code is a validation error naming it. */
export async function regionIdsByCodes(db: Executor, codes: string[]): Promise<number[]> {
  const found = await repo.idsByCodes(db, codes);
  const missing = codes.filter((code) => !found.some((row) => row.code === code));
  if (missing.length) {
    throw new AppError(
      'VALIDATION_FAILED',
      { details: `unknown region code: ${missing.join(', ')}` },
      missing.map((code) => ({ path: 'region', message: `unknown code ${code}` })),
    );
  }
  return found.map((row) => row.id);
}

export type { RegionByCode } from './regions.repository.ts';
export const regionsByCodes = (db: Executor, codes: string[]): Promise<repo.RegionByCode[]> =>
  repo.regionsByCodes(db, codes);

export type RegionImportOutcome =
  | 'inserted'
  | 'updated'
  | 'unchanged'
  | 'unknown_level'
  | 'unknown_parent'
  | 'level_order'
  | 'outside_jurisdiction'
  | 'name_taken';

/**
 * One row of a region-tree import (parents first, by code). Runs under a savepoint so a refused row
 * (e.g. a duplicate sibling name) does not abort the batch around it.
 */
export async function importRegion(
  trx: Executor,
  actor: Actor,
  row: { code: string; name: string; level: string; parentCode: string | null },
): Promise<RegionImportOutcome> {
  const level = (await repo.listLevels(trx)).find(
    (l) => l.key === row.level || l.nameZh.split('/').includes(row.level) || l.nameZh === row.level,
  );
  if (!level) return 'unknown_level';
  const [parent] = row.parentCode ? await repo.regionsByCodes(trx, [row.parentCode]) : [];
  if (row.parentCode && !parent) return 'unknown_parent';
  if (parent && parent.levelRank >= level.rank) return 'level_order';
  const [existing] = await repo.regionsByCodes(trx, [row.code]);
  const reach = parent ? pathInJurisdiction(actor, parent.path) : actor.scopeAll;
  if (!reach || (existing && !pathInJurisdiction(actor, existing.path))) return 'outside_jurisdiction';
  await sql`SAVEPOINT region_row`.execute(trx);
  try {
    const outcome = await repo.upsertRegionByCode(trx, {
      code: row.code,
      name: row.name,
      levelId: level.id,
      parentId: parent?.id ?? null,
    });
    await sql`RELEASE SAVEPOINT region_row`.execute(trx);
    return outcome;
  } catch (error) {
    await sql`ROLLBACK TO SAVEPOINT region_row`.execute(trx);
    if (violatedConstraint(error, 'unique') === 'region_sibling_name_uq') return 'name_taken';
    throw error;
  }
}

/** The ltree path of a region inside the actor's jurisdiction, or null (absent or out of reach). */
export async function pathInScope(
  db: Executor,
  actor: Actor,
  id: number,
): Promise<{ path: string; levelKey: string } | null> {
  const region = await repo.findRegion(db, actor, id);
  return region ? { path: region.path, levelKey: region.levelKey } : null;
}

/** Like listRegions (children, or the tops of the jurisdiction), with each region's path for roll-ups. */
export async function listRegionsWithPaths(
  db: Executor,
  actor: Actor,
  parentId?: number,
): Promise<(Region & { path: string })[]> {
  const regions = await listRegions(db, actor, parentId === undefined ? {} : { parentId });
  const paths = await repo.pathsOf(
    db,
    regions.map((r) => r.id),
  );
  return regions.map((region) => ({ ...region, path: paths.get(region.id) ?? '' }));
}
