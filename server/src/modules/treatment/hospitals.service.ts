import type { Actor } from '../../core/auth/actor.ts';
import { type AuditContext, appendAudit } from '../../core/audit/audit.ts';
import type { Db } from '../../core/db/database.ts';
import { AppError, notFound } from '../../core/errors.ts';
import type { BedsByLevel, Hospital, HospitalListQuery, SetBedsBody } from './hospitals.schema.ts';
import * as repo from './hospitals.repository.ts';
import { bedLevelWords, reason } from './labels.ts';
import { type BedLevel, bedLevels } from './vocabulary.ts';

function bedsByLevel(beds: repo.PerLevel, occupied: repo.PerLevel): BedsByLevel {
  const level = (key: BedLevel) => {
    const total = beds[key] ?? 0;
    const used = occupied[key] ?? 0;
    return { beds: total, occupied: used, free: Math.max(total - used, 0) };
  };
  return { general: level('general'), severe: level('severe'), icu: level('icu') };
}

function toHospital(row: repo.HospitalRow): Hospital {
  const beds = bedsByLevel(row.beds, row.occupied);
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    region: { id: row.region_id, name: row.region_name },
    address: row.address,
    designated: bedLevels.some((level) => beds[level].beds > 0),
    beds,
  };
}

/** Hospitals of the jurisdiction with beds and occupancy per level, and the totals over the search. */
export async function listHospitals(db: Db, actor: Actor, query: HospitalListQuery) {
  const { page: _page, pageSize: _size, ...filters } = query;
  const [{ rows, total }, totals] = await Promise.all([
    repo.listHospitals(db, actor, query),
    repo.bedTotals(db, actor, filters),
  ]);
  return {
    items: rows.map(toHospital),
    total,
    page: query.page,
    pageSize: query.pageSize,
    totals: bedsByLevel(totals.beds, totals.occupied),
  };
}

/**
 * Sets a hospital's beds per level. A level never shrinks below the patients in it: they would have no bed.
 * The level locks are taken in one order, so this never deadlocks with admissions.
 */
export async function setBeds(
  db: Db,
  actor: Actor,
  audit: AuditContext,
  hospitalId: number,
  body: SetBedsBody,
): Promise<Hospital> {
  return db.transaction().execute(async (trx) => {
    const before = await repo.findHospital(trx, actor, hospitalId);
    if (!before) throw notFound();
    for (const level of bedLevels) {
      await repo.lockBedLevel(trx, hospitalId, level);
      const { occupied } = await repo.levelOccupancy(trx, hospitalId, level);
      if (body[level] < occupied) {
        const [zh, en] = bedLevelWords[level];
        throw new AppError(
          'ADMISSION_STATE',
          reason([
            `${zh}不能少于在院患者数（${occupied}）`,
            `${en}s cannot be fewer than the ${occupied} patients in them`,
          ]),
        );
      }
    }
    await repo.setBeds(trx, hospitalId, body, actor.userId || null);
    await appendAudit(trx, audit, {
      action: 'treatment.beds.set',
      entity: 'place',
      entityId: hospitalId,
      summary: { before: before.beds, after: body },
    });
    const after = await repo.findHospital(trx, actor, hospitalId);
    if (!after) throw notFound();
    return toHospital(after);
  });
}
