import { type RawBuilder, sql } from 'kysely';
import type { Actor } from '../../../core/auth/actor.ts';
import type { Executor } from '../../../core/db/database.ts';
import type { Basis } from '../../protocol/basis.ts';
import { quarantineInReach } from './scope.ts';
import type { TestResult, TestStage } from './vocabulary.ts';

export interface TestRow {
  id: number;
  quarantine_id: number;
  due_date: string;
  stage: TestStage;
  day: number;
  basis: Basis;
  sampled_at: Date | null;
  result: TestResult | null;
  tube: string | null;
}

const testColumns = sql`t.id, t.quarantine_id, t.due_date::text AS due_date, t.stage, t.day, t.basis, t.sampled_at,
  t.result, tube.barcode AS tube`;

/**
 * Links mass-testing samples to the scheduled tests they serve: the person's sample collected on the due
 * day (platform time zone), preferring one whose tube has a result. A pooled tube's positive result counts
 * as positive here (the person is re-sampled alone by mass testing anyway). Returns the tests it changed.
 * `which` limits the tests considered (a quarantine, a day).
 */
export async function linkResults(
  trx: Executor,
  timeZone: string,
  today: string,
  which: RawBuilder<boolean>,
): Promise<{ id: number; result: TestResult | null }[]> {
  const { rows } = await sql<{ id: number; result: TestResult | null }>`
    UPDATE quarantine_test qt
       SET sampled_at = m.collected_at, tube_id = m.tube_id, result = m.result
      FROM (
        SELECT DISTINCT ON (t.id) t.id, s.collected_at, s.tube_id,
               CASE WHEN tube.result IN ('negative', 'positive') THEN tube.result END AS result
          FROM quarantine_test t
          JOIN quarantine q ON q.id = t.quarantine_id
          JOIN test_sample s ON s.resident_id = q.resident_id
                            AND s.collected_at >= (t.due_date::timestamp AT TIME ZONE ${timeZone})
                            AND s.collected_at < ((t.due_date + 1)::timestamp AT TIME ZONE ${timeZone})
          JOIN test_tube tube ON tube.id = s.tube_id
         WHERE t.result IS NULL AND t.due_date <= ${today}::date AND ${which}
         ORDER BY t.id, (tube.result IN ('negative', 'positive')) DESC NULLS LAST, s.collected_at DESC) m
     WHERE qt.id = m.id
       AND (qt.tube_id IS DISTINCT FROM m.tube_id OR qt.result IS DISTINCT FROM m.result)
    RETURNING qt.id, qt.result`.execute(trx);
  return rows;
}

export async function testsOf(db: Executor, quarantineId: number): Promise<TestRow[]> {
  const { rows } = await sql<TestRow>`
    SELECT ${testColumns} FROM quarantine_test t LEFT JOIN test_tube tube ON tube.id = t.tube_id
     WHERE t.quarantine_id = ${quarantineId} ORDER BY t.due_date, t.stage, t.day`.execute(db);
  return rows;
}

export interface DueRow extends TestRow {
  name: string;
  site_id: number | null;
  site_name: string | null;
  room: string | null;
}

/** Tests due on a day for persons under quarantine that day, within reach, at one site or anywhere. */
export async function testsDue(
  db: Executor,
  actor: Actor,
  day: string,
  dayStart: Date,
  siteId: number | undefined,
): Promise<DueRow[]> {
  const { rows } = await sql<DueRow>`
    SELECT ${testColumns}, q.name, q.site_id, s.name AS site_name, r.number AS room
      FROM quarantine_test t
      JOIN quarantine q ON q.id = t.quarantine_id
      LEFT JOIN test_tube tube ON tube.id = t.tube_id
      LEFT JOIN place s ON s.id = q.site_id
      LEFT JOIN isolation_room r ON r.id = q.room_id
     WHERE t.due_date = ${day}::date AND (q.ended_at IS NULL OR q.ended_at > ${dayStart})
       AND ${siteId === undefined ? sql`true` : sql`q.site_id = ${siteId}`} AND ${quarantineInReach(actor, 'q')}
     ORDER BY s.name NULLS LAST, r.number, q.name, t.id`.execute(db);
  return rows;
}
