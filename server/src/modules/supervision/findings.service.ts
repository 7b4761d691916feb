import type { Actor } from '../../core/auth/actor.ts';
import { type AuditContext, appendAudit } from '../../core/audit/audit.ts';
import type { Db, Executor } from '../../core/db/database.ts';
import { notFound } from '../../core/errors.ts';
import * as repo from './findings.repository.ts';
import type { Finding, FindingListQuery } from './inspections.schema.ts';
import { photosOf, type PhotoRow } from './photos.repository.ts';
import { toPhoto } from './photos.service.ts';
import { stateRefusal } from './refusals.ts';
import type { FindingSeverity } from './vocabulary.ts';

export function toFinding(row: repo.FindingRow, photos: PhotoRow[]): Finding {
  return {
    id: row.id,
    inspectionId: row.inspection_id,
    target: { placeId: row.place_id, regionId: row.region_id, name: row.target_name, kind: row.target_kind },
    itemKey: row.item_key,
    description: row.description,
    severity: row.severity,
    mustFixNow: row.must_fix_now,
    disposition: row.disposition,
    fixedNote: row.fixed_note,
    fixedAt: row.fixed_at?.toISOString() ?? null,
    createdAt: row.created_at.toISOString(),
    photos: photos.filter((p) => p.owner_id === row.id).map(toPhoto),
  };
}

const alreadyDealtWith = (row: repo.FindingRow) =>
  row.disposition === 'fixed_on_spot'
    ? stateRefusal('该问题已现场整改', 'This finding was fixed on the spot')
    : stateRefusal('该问题已交办', 'This finding has been handed over by a rectification order');

export async function getFinding(db: Db, actor: Actor, findingId: number): Promise<Finding> {
  const row = await repo.findFinding(db, actor, findingId);
  if (!row) throw notFound();
  return toFinding(row, await photosOf(db, 'finding', [row.id]));
}

/** A page of findings of the inspections the caller sees. */
export async function listFindings(db: Db, actor: Actor, query: FindingListQuery) {
  const { rows, total } = await repo.listFindings(db, actor, query);
  const photos = await photosOf(
    db,
    'finding',
    rows.map((r) => r.id),
  );
  return { items: rows.map((r) => toFinding(r, photos)), total, page: query.page, pageSize: query.pageSize };
}

/** Records an open finding as fixed on the spot (现场整改): it needs a note and at least one photo of the fix. */
export async function fixOnSpot(db: Db, actor: Actor, audit: AuditContext, findingId: number, note: string) {
  await db.transaction().execute(async (trx) => {
    const row = await repo.findFinding(trx, actor, findingId, true);
    if (!row) throw notFound();
    if (row.disposition !== 'open') throw alreadyDealtWith(row);
    const photos = await photosOf(trx, 'finding', [findingId]);
    if (photos.length === 0)
      throw stateRefusal('现场整改须先上传整改照片', 'A fix on the spot needs a photo of it first');
    await repo.markFixedOnSpot(trx, findingId, note.trim());
    await appendAudit(trx, audit, {
      action: 'supervision.finding.fix_on_spot',
      entity: 'finding',
      entityId: findingId,
      summary: { photos: photos.map((p) => p.id) },
    });
  });
  return getFinding(db, actor, findingId);
}

/** What a rectification order needs of its finding. */
export interface FindingForOrder {
  id: number;
  inspectionId: number;
  description: string;
  severity: FindingSeverity;
  mustFixNow: boolean;
  /** The inspected target: the unit the order is addressed to by default. */
  placeId: number | null;
  regionId: number | null;
  targetName: string;
  path: string;
}

/**
 * For the rectification orders: the open finding `findingId` of an inspection the actor sees, locked in the
 * caller's transaction `trx` (404 when unseen; INSPECTION_STATE when already fixed on the spot or ordered).
 * Follow with markFindingOrdered(trx, id) in the same transaction once the order is stored.
 */
export async function findingForOrder(trx: Executor, actor: Actor, findingId: number): Promise<FindingForOrder> {
  const row = await repo.findFinding(trx, actor, findingId, true);
  if (!row) throw notFound();
  if (row.disposition !== 'open') throw alreadyDealtWith(row);
  return {
    id: row.id,
    inspectionId: row.inspection_id,
    description: row.description,
    severity: row.severity,
    mustFixNow: row.must_fix_now,
    placeId: row.place_id,
    regionId: row.region_id,
    targetName: row.target_name,
    path: row.path,
  };
}

/** For the rectification orders: marks the finding read by findingForOrder as handed over ('ordered'). */
export async function markFindingOrdered(trx: Executor, findingId: number): Promise<void> {
  if (!(await repo.markOrdered(trx, findingId)))
    throw stateRefusal('该问题已处置，不能再交办', 'This finding has been dealt with already');
}
