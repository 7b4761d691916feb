import { type RawBuilder, sql } from 'kysely';
import type { Executor } from '../../core/db/database.ts';
import { registryHeadcount } from './enterprises.repository.ts';
import type { EnterpriseReportBody } from './enterprises.schema.ts';
import type { ClosedLoopStatus } from './vocabulary.ts';

export interface ReportRow {
  day: string;
  on_duty: number;
  workers_back: number;
  in_closed_loop: number;
  symptomatic: number;
  tested: number;
  note: string | null;
  reported_by: string;
  reported_at: Date;
}

export interface DayRow {
  id: number;
  code: string;
  name: string;
  grid_id: number;
  grid_name: string;
  headcount: number;
  workers_back: number;
  on_duty: number;
  closed_loop: ClosedLoopStatus;
  liaison_name: string | null;
  liaison_phone: string | null;
  dormitories: number;
  dormitory_persons: number;
  canteen_open: boolean;
  staggered_meals: boolean;
  report: ReportRow | null;
}

const reportJson = sql`jsonb_build_object(
  'day', d.day::text, 'on_duty', d.on_duty, 'workers_back', d.workers_back, 'in_closed_loop', d.in_closed_loop,
  'symptomatic', d.symptomatic, 'tested', d.tested, 'note', d.note, 'reported_by', u.display_name,
  'reported_at', d.reported_at)`;

/** Stores today's report of an enterprise, replacing one filed earlier the same day. */
export async function upsertReport(
  db: Executor,
  placeId: number,
  day: string,
  body: EnterpriseReportBody,
  userId: number,
): Promise<void> {
  await sql`
    INSERT INTO enterprise_daily_report (place_id, day, on_duty, workers_back, in_closed_loop, symptomatic, tested,
                                         note, reported_by)
    VALUES (${placeId}, ${day}::date, ${body.onDuty}, ${body.workersBack}, ${body.inClosedLoop}, ${body.symptomatic},
            ${body.tested}, ${body.note ?? null}, ${userId})
    ON CONFLICT (place_id, day) DO UPDATE SET
      on_duty = excluded.on_duty, workers_back = excluded.workers_back, in_closed_loop = excluded.in_closed_loop,
      symptomatic = excluded.symptomatic, tested = excluded.tested, note = excluded.note,
      reported_by = excluded.reported_by, reported_at = now()`.execute(db);
}

export async function findReport(db: Executor, placeId: number, day: string): Promise<ReportRow | null> {
  const { rows } = await sql<{ report: ReportRow }>`
    SELECT ${reportJson} AS report FROM enterprise_daily_report d JOIN app_user u ON u.id = d.reported_by
     WHERE d.place_id = ${placeId} AND d.day = ${day}::date`.execute(db);
  return rows[0]?.report ?? null;
}

/** Every enterprise `where` admits with its ledger and its report of the day (null: not reported), by name. */
export async function dayRows(db: Executor, where: RawBuilder<boolean>, day: string): Promise<DayRow[]> {
  const { rows } = await sql<DayRow>`
    SELECT p.id, p.code, p.name, g.id AS grid_id, g.name AS grid_name,
           coalesce(l.headcount, ${registryHeadcount}, 0) AS headcount, coalesce(l.workers_back, 0) AS workers_back,
           coalesce(l.on_duty, 0) AS on_duty,
           coalesce(l.closed_loop, 'none') AS closed_loop, l.liaison_name, l.liaison_phone,
           coalesce(l.dormitories, 0) AS dormitories, coalesce(l.dormitory_persons, 0) AS dormitory_persons,
           coalesce(l.canteen_open, false) AS canteen_open, coalesce(l.staggered_meals, false) AS staggered_meals,
           (SELECT ${reportJson} FROM enterprise_daily_report d JOIN app_user u ON u.id = d.reported_by
             WHERE d.place_id = p.id AND d.day = ${day}::date) AS report
      FROM place p JOIN region g ON g.id = p.grid_id LEFT JOIN enterprise_ledger l ON l.place_id = p.id
     WHERE ${where}
     ORDER BY p.name, p.id
     LIMIT 5000`.execute(db);
  return rows;
}
