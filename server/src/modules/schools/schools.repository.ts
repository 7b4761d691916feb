import { type RawBuilder, sql } from 'kysely';
import type { Actor } from '../../core/auth/actor.ts';
import type { Executor } from '../../core/db/database.ts';
import {
  registryCount,
  type UnitReportRow,
  type UnitRow,
  unitFilter,
  unitsRepository,
} from '../keyplaces/units.repository.ts';
import type { SchoolClass, SchoolLedgerBody, SchoolListQuery, SchoolReportBody } from './schools.schema.ts';
import type { SchoolStatus } from './vocabulary.ts';

export interface SchoolRow extends UnitRow {
  status: SchoolStatus;
  students: number;
  staff: number;
  classes: number;
  sampling_percent: number;
  sampling_starts_on: string;
}

export interface SchoolReportRow extends UnitReportRow {
  present: number;
  absent_ill: number;
  fever: number;
}

/** School ledgers (学校台账) and their daily health reports; a school never edited reads as defaults. */
export const schoolUnits = unitsRepository<SchoolRow, SchoolReportRow, SchoolReportBody>({
  type: 'school',
  ledgerTable: 'school_ledger',
  reportTable: 'school_daily_report',
  ledgerColumns: (today) => sql`
    coalesce(l.status, 'open') AS status, coalesce(l.students, ${registryCount('students')}, 0) AS students,
    coalesce(l.staff, ${registryCount('staff')}, 0) AS staff,
    (SELECT count(*)::int FROM school_class c WHERE c.place_id = p.id) AS classes,
    coalesce(l.sampling_percent, 20) AS sampling_percent,
    coalesce(l.sampling_starts_on, ${today}::date)::text AS sampling_starts_on`,
  reportColumns: { present: 'present', absentIll: 'absent_ill', fever: 'fever' },
});

/** Schools the caller reads, narrowed to a region path and the list's filters. */
export function schoolFilter(
  actor: Actor,
  regionPath: string | null,
  q: Pick<SchoolListQuery, 'q' | 'status'>,
): RawBuilder<boolean> {
  return sql<boolean>`${unitFilter(actor, 'school', regionPath, q.q)}
    ${q.status ? sql`AND coalesce(l.status, 'open') = ${q.status}` : sql``}`;
}

export async function saveSchool(
  db: Executor,
  placeId: number,
  body: SchoolLedgerBody & { samplingStartsOn: string },
  userId: number,
) {
  await sql`
    INSERT INTO school_ledger (place_id, status, students, staff, sampling_percent, sampling_starts_on, updated_by)
    VALUES (${placeId}, ${body.status}, ${body.students}, ${body.staff}, ${body.samplingPercent},
            ${body.samplingStartsOn}::date, ${userId})
    ON CONFLICT (place_id) DO UPDATE SET status = excluded.status, students = excluded.students,
      staff = excluded.staff, sampling_percent = excluded.sampling_percent,
      sampling_starts_on = excluded.sampling_starts_on, updated_by = excluded.updated_by, updated_at = now()`.execute(
    db,
  );
}

export async function classesOf(db: Executor, placeId: number): Promise<SchoolClass[]> {
  const { rows } = await sql<SchoolClass>`
    SELECT name, size FROM school_class WHERE place_id = ${placeId} ORDER BY name COLLATE "C", id`.execute(db);
  return rows;
}

/** Replaces a school's classes: those named stay (with their new size), the others go. */
export async function replaceClasses(db: Executor, placeId: number, classes: SchoolClass[]): Promise<void> {
  const names = classes.map((c) => c.name);
  await sql`DELETE FROM school_class WHERE place_id = ${placeId} AND NOT (name = ANY(${names}::text[]))`.execute(db);
  if (classes.length === 0) return;
  await sql`
    INSERT INTO school_class (place_id, name, size)
    SELECT ${placeId}, name, size FROM unnest(${names}::text[], ${classes.map((c) => c.size)}::int[]) AS t(name, size)
    ON CONFLICT (place_id, name) DO UPDATE SET size = excluded.size`.execute(db);
}
