import { type RawBuilder, sql } from 'kysely';
import type { Actor } from '../../../core/auth/actor.ts';
import type { Executor } from '../../../core/db/database.ts';
import { checksPerDaySql, quarantineInReach } from './scope.ts';
import { slotWindows } from './slots.ts';

/** The most checks a day any protocol may ask for (document.ts: checksPerDay ≤ 6). */
const MAX_CHECKS_PER_DAY = 6;

export interface SheetRow {
  room_id: number;
  floor: number;
  number: string;
  quarantine_id: number;
  name: string;
  starts_at: Date;
  ended_at: Date | null;
  per_day: number;
}

/** The persons who stayed in a room of the site on the day (their last room of the day), room by room. */
export async function sheetRows(
  db: Executor,
  actor: Actor,
  siteId: number,
  dayStart: Date,
  dayEnd: Date,
): Promise<SheetRow[]> {
  const { rows } = await sql<SheetRow>`
    WITH stay AS (
      SELECT DISTINCT ON (st.quarantine_id) st.quarantine_id, st.room_id
        FROM quarantine_stay st
       WHERE st.site_id = ${siteId} AND st.room_id IS NOT NULL
         AND st.since < ${dayEnd} AND (st.until IS NULL OR st.until > ${dayStart})
       ORDER BY st.quarantine_id, st.since DESC)
    SELECT r.id AS room_id, r.floor, r.number, q.id AS quarantine_id, q.name, q.starts_at, q.ended_at,
           ${checksPerDaySql('p')} AS per_day
      FROM stay
      JOIN quarantine q ON q.id = stay.quarantine_id
      JOIN protocol p ON p.id = q.protocol_id
      JOIN isolation_room r ON r.id = stay.room_id
     WHERE ${quarantineInReach(actor, 'q')}
     ORDER BY r.floor, r.number, q.name, q.id`.execute(db);
  return rows;
}

/** Every protocol's possible slots of a day, as rows (per_day, slot, starts_at, due_at) for a join. */
function slotTable(day: string, timeZone: string): RawBuilder<unknown> {
  const windows = Array.from({ length: MAX_CHECKS_PER_DAY }, (_, i) =>
    slotWindows(day, timeZone, i + 1).map((w) => ({ perDay: i + 1, ...w })),
  ).flat();
  return sql`unnest(${windows.map((w) => w.perDay)}::int[], ${windows.map((w) => w.slot)}::int[],
                    ${windows.map((w) => w.startsAt.toISOString())}::timestamptz[],
                    ${windows.map((w) => w.dueAt.toISOString())}::timestamptz[]) AS sl(per_day, slot, starts_at, due_at)`;
}

export interface MissedRow {
  quarantine_id: number;
  name: string;
  mode: 'centralized' | 'home';
  site_id: number | null;
  site_name: string | null;
  room: string | null;
  slot: number;
  per_day: number;
  due_at: Date;
}

/**
 * The checks of a local day that are past due and missing: a slot counts for a person under quarantine
 * from its start to its due time. `reach` limits the quarantines (a jurisdiction, a site).
 */
export function missedChecksQuery(day: string, timeZone: string, now: Date, reach: RawBuilder<boolean>) {
  return sql<MissedRow>`
    SELECT q.id AS quarantine_id, q.name, q.mode, q.site_id, s.name AS site_name, r.number AS room, sl.slot,
           sl.per_day, sl.due_at
      FROM quarantine q
      JOIN protocol p ON p.id = q.protocol_id
      JOIN ${slotTable(day, timeZone)} ON sl.per_day = ${checksPerDaySql('p')}
      LEFT JOIN place s ON s.id = q.site_id
      LEFT JOIN isolation_room r ON r.id = q.room_id
     WHERE sl.due_at <= ${now} AND q.starts_at <= sl.starts_at AND (q.ended_at IS NULL OR q.ended_at > sl.due_at)
       AND ${reach}
       AND NOT EXISTS (SELECT 1 FROM health_check h
                        WHERE h.quarantine_id = q.id AND h.day = ${day}::date AND h.slot = sl.slot)`;
}

/** Missed checks of a day within the actor's reach, at one site or everywhere (home quarantine too). */
export async function missedChecks(
  db: Executor,
  actor: Actor,
  day: string,
  timeZone: string,
  siteId: number | undefined,
): Promise<MissedRow[]> {
  const site = siteId === undefined ? sql`true` : sql`q.site_id = ${siteId}`;
  const { rows } = await sql<MissedRow>`
    SELECT * FROM (${missedChecksQuery(day, timeZone, new Date(), sql<boolean>`${quarantineInReach(actor, 'q')} AND ${site}`)}) m
     ORDER BY m.site_name NULLS LAST, m.room, m.name, m.quarantine_id, m.slot`.execute(db);
  return rows;
}
