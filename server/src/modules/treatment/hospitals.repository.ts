import { type RawBuilder, sql } from 'kysely';
import type { Actor } from '../../core/auth/actor.ts';
import { inJurisdiction } from '../../core/auth/scope.ts';
import type { Executor } from '../../core/db/database.ts';
import type { HospitalListQuery, SetBedsBody } from './hospitals.schema.ts';
import type { BedLevel } from './vocabulary.ts';

/** Beds and occupied beds by level, as JSON objects keyed by level (absent level: none). */
export type PerLevel = Partial<Record<BedLevel, number>>;

export interface HospitalRow {
  id: number;
  code: string;
  name: string;
  region_id: number;
  region_name: string;
  address: string | null;
  beds: PerLevel;
  occupied: PerLevel;
}

const designated = sql<boolean>`EXISTS (SELECT 1 FROM hospital_bed b WHERE b.hospital_id = p.id AND b.beds > 0)`;

function hospitalFilter(actor: Actor, q: Omit<HospitalListQuery, 'page' | 'pageSize'>): RawBuilder<boolean> {
  return sql<boolean>`p.type = 'hospital' AND ${inJurisdiction(actor, 'p.path')}
    ${q.q ? sql`AND p.name LIKE ${`%${q.q.replace(/[\\%_]/g, '\\$&')}%`}` : sql``}
    ${q.designated === undefined ? sql`` : q.designated ? sql`AND ${designated}` : sql`AND NOT ${designated}`}`;
}

function selectHospitals(db: Executor, where: RawBuilder<boolean>, page: { limit: number; offset: number }) {
  return sql<HospitalRow>`
    SELECT p.id, p.code, p.name, g.id AS region_id, g.name AS region_name, p.address,
           coalesce((SELECT jsonb_object_agg(b.level, b.beds) FROM hospital_bed b WHERE b.hospital_id = p.id),
                    '{}') AS beds,
           coalesce((SELECT jsonb_object_agg(o.bed_level, o.n)
                       FROM (SELECT bed_level, count(*)::int AS n FROM admission
                              WHERE hospital_id = p.id AND outcome IS NULL GROUP BY bed_level) o), '{}') AS occupied
      FROM place p JOIN region g ON g.id = p.grid_id
     WHERE ${where}
     ORDER BY ${designated} DESC, p.name, p.id
     LIMIT ${page.limit} OFFSET ${page.offset}`.execute(db);
}

/** Hospitals of the jurisdiction, designated ones first, with beds and active admissions by level. */
export async function listHospitals(
  db: Executor,
  actor: Actor,
  q: HospitalListQuery,
): Promise<{ rows: HospitalRow[]; total: number }> {
  const where = hospitalFilter(actor, q);
  const [{ rows }, count] = await Promise.all([
    selectHospitals(db, where, { limit: q.pageSize, offset: (q.page - 1) * q.pageSize }),
    sql<{ total: number }>`SELECT count(*)::int AS total FROM place p WHERE ${where}`.execute(db),
  ]);
  return { rows, total: count.rows[0]?.total ?? 0 };
}

/** One hospital of the jurisdiction with its beds and occupancy, or null (outside it is the same as absent). */
export async function findHospital(db: Executor, actor: Actor, id: number): Promise<HospitalRow | null> {
  const where = sql<boolean>`p.id = ${id} AND ${hospitalFilter(actor, {})}`;
  return (await selectHospitals(db, where, { limit: 1, offset: 0 })).rows[0] ?? null;
}

/** Beds and occupied beds by level summed over every hospital the search matches. */
export async function bedTotals(
  db: Executor,
  actor: Actor,
  q: Omit<HospitalListQuery, 'page' | 'pageSize'>,
): Promise<{ beds: PerLevel; occupied: PerLevel }> {
  const where = hospitalFilter(actor, q);
  const { rows } = await sql<{ beds: PerLevel; occupied: PerLevel }>`
    SELECT coalesce((SELECT jsonb_object_agg(level, n) FROM (
              SELECT b.level, sum(b.beds)::int AS n FROM hospital_bed b JOIN place p ON p.id = b.hospital_id
               WHERE ${where} GROUP BY b.level) t), '{}') AS beds,
           coalesce((SELECT jsonb_object_agg(bed_level, n) FROM (
              SELECT a.bed_level, count(*)::int AS n FROM admission a JOIN place p ON p.id = a.hospital_id
               WHERE a.outcome IS NULL AND ${where} GROUP BY a.bed_level) t), '{}') AS occupied`.execute(db);
  return rows[0] ?? { beds: {}, occupied: {} };
}

/**
 * Serialises, until the transaction ends, everything that fills or shrinks one level of one hospital, so
 * two admissions never take the last bed together.
 */
export async function lockBedLevel(db: Executor, hospitalId: number, level: BedLevel): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(hashtext('treatment.bed'), hashtext(${`${hospitalId}:${level}`}))`.execute(db);
}

/** Beds of a level and active admissions in them. */
export async function levelOccupancy(
  db: Executor,
  hospitalId: number,
  level: BedLevel,
): Promise<{ beds: number; occupied: number }> {
  const { rows } = await sql<{ beds: number; occupied: number }>`
    SELECT coalesce((SELECT beds FROM hospital_bed WHERE hospital_id = ${hospitalId} AND level = ${level}), 0) AS beds,
           (SELECT count(*)::int FROM admission
             WHERE hospital_id = ${hospitalId} AND bed_level = ${level} AND outcome IS NULL) AS occupied`.execute(db);
  return rows[0] ?? { beds: 0, occupied: 0 };
}

export async function setBeds(db: Executor, hospitalId: number, beds: SetBedsBody, userId: number | null) {
  await sql`
    INSERT INTO hospital_bed (hospital_id, level, beds, updated_by)
    VALUES (${hospitalId}, 'general', ${beds.general}, ${userId}), (${hospitalId}, 'severe', ${beds.severe}, ${userId}),
           (${hospitalId}, 'icu', ${beds.icu}, ${userId})
    ON CONFLICT (hospital_id, level) DO UPDATE SET beds = excluded.beds, updated_by = excluded.updated_by,
                                                   updated_at = now()`.execute(db);
}
