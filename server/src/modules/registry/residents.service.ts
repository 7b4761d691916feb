import type { RawBuilder, SqlBool } from 'kysely';
import type { Actor } from '../../core/auth/actor.ts';
import { type AuditContext, appendAudit } from '../../core/audit/audit.ts';
import type { Db, Executor } from '../../core/db/database.ts';
import { AppError, notFound } from '../../core/errors.ts';
import { listRegionsWithPaths, pathInScope, regionRefs } from '../regions/regions.service.ts';
import { CountDeltas, totalsUnder } from './counts.repository.ts';
import { findOrCreateHouseholds } from './households.repository.ts';
import { maskIdNumber, maskPhone, parsePhone } from './id-number.ts';
import type {
  MoveResidentBody,
  RegionCounts,
  Resident,
  ResidentListItem,
  ResidentQuery,
  UpdateResidentBody,
} from './registry.schema.ts';
import * as repo from './residents.repository.ts';
import { specialNeedsTags, type SpecialNeedsTag } from './vocabulary.ts';

const COUNT_CAP = 10_000;

function ageOn(birth: Date, today = new Date()): number {
  const age = today.getUTCFullYear() - birth.getUTCFullYear();
  const beforeBirthday =
    today.getUTCMonth() < birth.getUTCMonth() ||
    (today.getUTCMonth() === birth.getUTCMonth() && today.getUTCDate() < birth.getUTCDate());
  return beforeBirthday ? age - 1 : age;
}

const isTag = (tag: string): tag is SpecialNeedsTag => (specialNeedsTags as readonly string[]).includes(tag);

function toListItem(row: repo.ResidentRow, gridNames: Map<number, string>, unmasked: boolean): ResidentListItem {
  return {
    id: row.id,
    name: row.name,
    idNumber: unmasked ? row.id_number : maskIdNumber(row.id_number),
    sex: row.sex,
    age: ageOn(row.birth_date),
    phone: row.phone === null ? null : unmasked ? row.phone : maskPhone(row.phone),
    grid: { id: row.grid_id, name: gridNames.get(row.grid_id) ?? '' },
    householdAddress: row.household_address,
    tags: row.tags.filter(isTag),
  };
}

async function gridNames(db: Executor, rows: repo.ResidentRow[]): Promise<Map<number, string>> {
  return new Map((await regionRefs(db, [...new Set(rows.map((r) => r.grid_id))])).map((ref) => [ref.id, ref.name]));
}

/** The query with its region resolved to a path within the jurisdiction (404 outside it). */
async function scopedFilter<Q extends { regionId?: number }>(db: Executor, actor: Actor, query: Q) {
  const region = query.regionId === undefined ? null : await pathInScope(db, actor, query.regionId);
  if (query.regionId !== undefined && !region) throw notFound();
  return { ...query, ...(region ? { regionPath: region.path } : {}) };
}

/** Searches residents within the jurisdiction; lists always mask ID numbers and phones. */
export async function searchResidents(
  db: Db,
  actor: Actor,
  query: ResidentQuery,
): Promise<{ items: ResidentListItem[]; total: number; totalCapped: boolean }> {
  const filter = await scopedFilter(db, actor, query);
  const [rows, total] = await Promise.all([
    repo.searchResidents(db, actor, filter),
    repo.countResidents(db, actor, filter, COUNT_CAP + 1),
  ]);
  const names = await gridNames(db, rows);
  return {
    items: rows.map((row) => toListItem(row, names, false)),
    total: Math.min(total, COUNT_CAP),
    totalCapped: total > COUNT_CAP,
  };
}

/** A resident's full record. Every read is audited; identifiers are in full only with registry.read_full. */
export async function getResident(db: Db, actor: Actor, audit: AuditContext, id: number): Promise<Resident> {
  const row = await repo.findResident(db, actor, id);
  if (!row) throw notFound();
  const unmasked = actor.permissions.has('registry.read_full');
  await appendAudit(db, audit, { action: 'resident.read', entity: 'resident', entityId: id, summary: { unmasked } });
  const path = await regionRefs(db, row.path.split('.').map(Number));
  return {
    ...toListItem(row, new Map([[row.grid_id, path.at(-1)?.name ?? '']]), unmasked),
    birthDate: row.birth_date.toISOString().slice(0, 10),
    unmasked,
    regionPath: path.map(({ id: regionId, name }) => ({ id: regionId, name })),
    updatedAt: row.updated_at.toISOString(),
  };
}

const masked = (row: { phone: string | null; name: string; tags: string[] }) => ({
  name: row.name,
  phone: row.phone && maskPhone(row.phone),
  tags: row.tags,
});

/** Edits name, phone or special-needs tags, with a reason; counts follow a change of tags. */
export async function updateResident(
  db: Db,
  actor: Actor,
  audit: AuditContext,
  id: number,
  body: UpdateResidentBody,
): Promise<Resident> {
  const phone = body.phone === undefined || body.phone === null ? body.phone : parsePhone(body.phone);
  if (phone === null && body.phone)
    throw new AppError('VALIDATION_FAILED', { details: 'body.phone: not a valid phone number' }, [
      { path: 'body.phone', message: 'not a valid phone number' },
    ]);
  await db.transaction().execute(async (trx) => {
    const before = await repo.findResident(trx, actor, id, true);
    if (!before) throw notFound();
    const tags = body.tags ? [...body.tags].sort() : undefined;
    await repo.updateResident(trx, id, { name: body.name, phone, tags });
    const counts = new CountDeltas();
    if (tags)
      counts.add(
        before.grid_id,
        before.path,
        'special_needs',
        Number(tags.length > 0) - Number(before.tags.length > 0),
      );
    await counts.apply(trx);
    const after = {
      name: body.name ?? before.name,
      phone: phone === undefined ? before.phone : phone,
      tags: tags ?? before.tags,
    };
    await appendAudit(trx, audit, {
      action: 'resident.update',
      entity: 'resident',
      entityId: id,
      reason: body.reason,
      summary: { before: masked(before), after: masked(after) },
    });
  });
  return getResident(db, actor, audit, id);
}

/** Moves a resident to another grid (and household), both within the jurisdiction, with a reason. */
export async function moveResident(
  db: Db,
  actor: Actor,
  audit: AuditContext,
  id: number,
  body: MoveResidentBody,
): Promise<Resident> {
  const target = await pathInScope(db, actor, body.gridId);
  if (!target) throw notFound();
  if (target.levelKey !== 'grid') throw new AppError('REGION_PLACEMENT_INVALID', { reason: 'residents live in grids' });
  await db.transaction().execute(async (trx) => {
    const before = await repo.findResident(trx, actor, id, true);
    if (!before) throw notFound();
    const counts = new CountDeltas();
    const address = body.householdAddress ?? null;
    const household = address
      ? (await findOrCreateHouseholds(trx, [{ address, gridId: body.gridId, path: target.path }], counts)).get(address)
      : null;
    if (household && household.gridId !== body.gridId)
      throw new AppError('REGION_PLACEMENT_INVALID', { reason: 'that household belongs to another grid' });
    await repo.updateResident(trx, id, { gridId: body.gridId, path: target.path, householdId: household?.id ?? null });
    const special = Number(before.tags.length > 0);
    counts.add(before.grid_id, before.path, 'residents', -1);
    counts.add(before.grid_id, before.path, 'special_needs', -special);
    counts.add(body.gridId, target.path, 'residents', 1);
    counts.add(body.gridId, target.path, 'special_needs', special);
    await counts.apply(trx);
    const summary = {
      from: { gridId: before.grid_id, household: before.household_address },
      to: { gridId: body.gridId, household: body.householdAddress ?? null },
    };
    await appendAudit(trx, audit, {
      action: 'resident.move',
      entity: 'resident',
      entityId: id,
      reason: body.reason,
      summary,
    });
  });
  return getResident(db, actor, audit, id);
}

/** Counts for each child of a region (or each top of the jurisdiction), summed over its subtree. */
export async function regionCounts(db: Db, actor: Actor, parentId?: number): Promise<RegionCounts[]> {
  const regions = await listRegionsWithPaths(db, actor, parentId);
  const totals = await totalsUnder(
    db,
    regions.map((r) => r.path),
  );
  return regions.map((region, i) => ({
    regionId: region.id,
    name: region.name,
    code: region.code,
    levelKey: region.levelKey,
    ...(totals[i] ?? { residents: 0, households: 0, buildings: 0, places: 0, specialNeeds: 0 }),
  }));
}

/** Every resident matching a search, page by page (for exports); masked unless `unmasked` and permitted. */
export async function* residentsForExport(
  db: Db,
  actor: Actor,
  query: ResidentQuery,
  unmasked: boolean,
): AsyncGenerator<ResidentListItem[]> {
  const filter = await scopedFilter(db, actor, query);
  const full = unmasked && actor.permissions.has('registry.read_full');
  for (let after = 0; ;) {
    const rows = await repo.residentsAfter(db, actor, filter, after, 5_000);
    if (rows.length === 0) return;
    const names = await gridNames(db, rows);
    yield rows.map((row) => toListItem(row, names, full));
    after = rows.at(-1)?.id ?? after;
  }
}

/** How many residents a search matches, uncapped: the total an export's progress bar counts towards. */
export async function countResidentsMatching(db: Db, actor: Actor, query: ResidentQuery): Promise<number> {
  return repo.countResidents(db, actor, await scopedFilter(db, actor, query), Number.MAX_SAFE_INTEGER);
}

/** A page of residents meeting another module's SQL condition (see residentsWhere), masked as in every list. */
export async function residentsPageWhere(
  db: Db,
  actor: Actor,
  condition: RawBuilder<SqlBool>,
  page: { page: number; pageSize: number },
): Promise<{ items: ResidentListItem[]; total: number }> {
  const { rows, total } = await repo.residentsWhere(db, actor, condition, {
    limit: page.pageSize,
    offset: (page.page - 1) * page.pageSize,
  });
  const names = await gridNames(db, rows);
  return { items: rows.map((row) => toListItem(row, names, false)), total };
}
