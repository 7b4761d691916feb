import { type RawBuilder, sql } from 'kysely';
import type { Actor } from '../../core/auth/actor.ts';
import type { Executor } from '../../core/db/database.ts';
import { readsUnit } from '../enterprises/unit-access.ts';
import type { SchoolClass, SchoolLedgerBody, SchoolListQuery, SchoolReportBody } from './schools.schema.ts';
import type { SchoolStatus } from './vocabulary.ts';

export interface SchoolRow {
  id: number;
  code: string;
  name: string;
  grid_id: number;
  grid_name: string;
  kept: boolean;
  status: SchoolStatus;
  students: number;
  staff: number;
  classes: number;
  sampling_percent: number;
  sampling_starts_on: string;
  reported_today: boolean;
  updated_at: Date | null;
}

export interface SchoolReportRow {
  day: string;
  present: number;
  absent_ill: number;
  fever: number;
  note: string | null;
  reported_by: string;
  reported_at: string;
}

// The registry may already hold students and staff (place.attributes, from the places import).
const attribute = (key: string) =>
  sql`CASE WHEN p.attributes->>${key} ~ '^[0-9]{1,7}$' THEN (p.attributes->>${key})::int END`;

const schoolColumns = (today: string) => sql`
  p.id, p.code, p.name, g.id AS grid_id, g.name AS grid_name, l.place_id IS NOT NULL AS kept,
  coalesce(l.status, 'open') AS status, coalesce(l.students, ${attribute('students')}, 0) AS students,
  coalesce(l.staff, ${attribute('staff')}, 0) AS staff,
  (SELECT count(*)::int FROM school_class c WHERE c.place_id = p.id) AS classes,
  coalesce(l.sampling_percent, 20) AS sampling_percent,
  coalesce(l.sampling_starts_on, ${today}::date)::text AS sampling_starts_on, l.updated_at,
  EXISTS (SELECT 1 FROM school_daily_report d WHERE d.place_id = p.id AND d.day = ${today}::date) AS reported_today`;

const fromSchool = sql`place p JOIN region g ON g.id = p.grid_id LEFT JOIN school_ledger l ON l.place_id = p.id`;

const reportJson = sql`jsonb_build_object(
  'day', d.day::text, 'present', d.present, 'absent_ill', d.absent_ill, 'fever', d.fever, 'note', d.note,
  'reported_by', u.display_name, 'reported_at', d.reported_at)`;

/** Schools the caller reads, narrowed to a region path and the list's filters. */
export function schoolFilter(
  actor: Actor,
  regionPath: string | null,
  q: Pick<SchoolListQuery, 'q' | 'status'> = {},
): RawBuilder<boolean> {
  return sql<boolean>`p.type = 'school' AND ${readsUnit(actor, 'p.id', 'p.path')}
    ${regionPath === null ? sql`` : sql`AND p.path <@ ${regionPath}::ltree`}
    ${q.q ? sql`AND p.name LIKE ${`%${q.q.replace(/[\\%_]/g, '\\$&')}%`}` : sql``}
    ${q.status ? sql`AND coalesce(l.status, 'open') = ${q.status}` : sql``}`;
}

export async function listSchools(
  db: Executor,
  where: RawBuilder<boolean>,
  today: string,
  page: { limit: number; offset: number },
): Promise<{ rows: SchoolRow[]; total: number }> {
  const [{ rows }, count] = await Promise.all([
    sql<SchoolRow>`SELECT ${schoolColumns(today)} FROM ${fromSchool} WHERE ${where}
                    ORDER BY p.name, p.id LIMIT ${page.limit} OFFSET ${page.offset}`.execute(db),
    sql<{ total: number }>`SELECT count(*)::int AS total FROM ${fromSchool} WHERE ${where}`.execute(db),
  ]);
  return { rows, total: count.rows[0]?.total ?? 0 };
}

/** One school's ledger (the caller's reach is checked before: see unit-access). */
export async function findSchool(db: Executor, placeId: number, today: string): Promise<SchoolRow | null> {
  const { rows } =
    await sql<SchoolRow>`SELECT ${schoolColumns(today)} FROM ${fromSchool} WHERE p.id = ${placeId}`.execute(db);
  return rows[0] ?? null;
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

export async function upsertReport(db: Executor, placeId: number, day: string, body: SchoolReportBody, userId: number) {
  await sql`
    INSERT INTO school_daily_report (place_id, day, present, absent_ill, fever, note, reported_by)
    VALUES (${placeId}, ${day}::date, ${body.present}, ${body.absentIll}, ${body.fever}, ${body.note ?? null}, ${userId})
    ON CONFLICT (place_id, day) DO UPDATE SET present = excluded.present, absent_ill = excluded.absent_ill,
      fever = excluded.fever, note = excluded.note, reported_by = excluded.reported_by, reported_at = now()`.execute(
    db,
  );
}

export async function findReport(db: Executor, placeId: number, day: string): Promise<SchoolReportRow | null> {
  const { rows } = await sql<{ report: SchoolReportRow }>`
    SELECT ${reportJson} AS report FROM school_daily_report d JOIN app_user u ON u.id = d.reported_by
     WHERE d.place_id = ${placeId} AND d.day = ${day}::date`.execute(db);
  return rows[0]?.report ?? null;
}

/** Every school `where` admits with its ledger and its report of the day (null: not reported), by name. */
export async function dayRows(db: Executor, where: RawBuilder<boolean>, day: string) {
  const { rows } = await sql<SchoolRow & { report: SchoolReportRow | null }>`
    SELECT ${schoolColumns(day)},
           (SELECT ${reportJson} FROM school_daily_report d JOIN app_user u ON u.id = d.reported_by
             WHERE d.place_id = p.id AND d.day = ${day}::date) AS report
      FROM ${fromSchool} WHERE ${where} ORDER BY p.name, p.id LIMIT 5000`.execute(db);
  return rows;
}

export async function lockSchool(db: Executor, placeId: number): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(hashtext('school'), ${placeId}::int)`.execute(db);
}
