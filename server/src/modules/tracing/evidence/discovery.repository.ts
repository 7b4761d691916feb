import { sql } from 'kysely';
import type { Executor } from '../../../core/db/database.ts';
import { DAY_MS, utcDayOf } from './partitions.ts';

/** Who the case is, as the evidence names people: its ID number and the phones it carries. */
export interface CaseIdentity {
  idNumber: string;
  /** The phone whose records are the case's: the case's own, else its resident's. */
  phone: string | null;
  /** Every phone known to be the case's (never its own companion). */
  phones: string[];
}

export async function caseIdentity(db: Executor, caseId: number): Promise<CaseIdentity | null> {
  const { rows } = await sql<{ id_number: string; phone: string | null; resident_phone: string | null }>`
    SELECT c.id_number, c.phone, r.phone AS resident_phone
      FROM tracing_case c LEFT JOIN resident r ON r.id = c.resident_id
     WHERE c.id = ${caseId}`.execute(db);
  const row = rows[0];
  if (!row) return null;
  return {
    idNumber: row.id_number,
    phone: row.phone ?? row.resident_phone,
    phones: [row.phone, row.resident_phone].filter((p): p is string => p !== null),
  };
}

/** One person's scans at one trajectory entry's place within its margins. */
export interface VenueHitRow {
  id_number: string;
  name: string | null;
  phone: string | null;
  entry_id: number;
  place_id: number;
  place_name: string;
  /** The first five scans at the entry, in time order. */
  scanned_at: Date[];
  /** The later of the person's last scan and the case's leaving (a departure is never scanned). */
  exposure_at: Date;
}

/**
 * Everyone who scanned in at a place of the case's trajectory from `marginMinutes` before the case came to
 * `marginMinutes` after it left (both ends included), but the case itself: one row per person and entry.
 * One index range scan of venue_scan (place_id, scanned_at) per entry, in its days' partitions only.
 */
export async function venueHits(
  db: Executor,
  caseId: number,
  idNumber: string,
  marginMinutes: number,
): Promise<VenueHitRow[]> {
  const margin = sql`make_interval(mins => ${marginMinutes}::int)`;
  const { rows } = await sql<VenueHitRow>`
    WITH entry AS MATERIALIZED (
      SELECT t.id, t.place_id, upper(t.during) AS left_at,
             lower(t.during) - ${margin} AS from_at, upper(t.during) + ${margin} AS to_at
        FROM case_trajectory t
       WHERE t.case_id = ${caseId} AND t.place_id IS NOT NULL)
    SELECT s.id_number, e.id AS entry_id, e.place_id, p.name AS place_name,
           (array_agg(s.scanned_at ORDER BY s.scanned_at))[1:5] AS scanned_at,
           greatest(max(s.scanned_at), e.left_at) AS exposure_at,
           (array_agg(s.name ORDER BY s.scanned_at DESC) FILTER (WHERE s.name IS NOT NULL))[1] AS name,
           (array_agg(s.phone ORDER BY s.scanned_at DESC) FILTER (WHERE s.phone IS NOT NULL))[1] AS phone
      FROM entry e
      -- OFFSET 0 keeps this one range scan per entry, place and times both in the index condition and the
      -- times pruning the partitions; flattened, the planner filters every scan of the place instead.
      CROSS JOIN LATERAL (
        SELECT v.id_number, v.name, v.phone, v.scanned_at FROM venue_scan v
         WHERE v.place_id = e.place_id AND v.scanned_at BETWEEN e.from_at AND e.to_at OFFSET 0) s
      JOIN place p ON p.id = e.place_id
     WHERE s.id_number <> ${idNumber}
     GROUP BY s.id_number, e.id, e.place_id, e.left_at, p.name
     ORDER BY s.id_number, e.id`.execute(db);
  return rows;
}

/** One phone's time with the case in one cell over the window, and both parties' time in that cell. */
export interface CompanionCellRow {
  phone: string;
  cell: string;
  together_slots: number;
  case_slots: number;
  other_minutes: number;
  last_together_at: Date;
}

export interface CompanionQuery {
  phone: string;
  /** Phones of the case, never its companions. */
  excluded: string[];
  from: Date;
  to: Date;
  resolutionMinutes: number;
  minTogetherMinutes: number;
  minCellHours: number;
}

/**
 * Phones sharing (cell, slot) records with the case's phone in [from, to) for more than minTogetherMinutes
 * in one cell, where the case or the other phone spent more than minCellHours in that cell over the
 * window: one row per phone and qualifying cell. Every step is an index lookup: the case's records by the
 * primary key (phone, seen_at, …); each of its slots by (cell_id, seen_at) INCLUDE (phone), pruned at run
 * time to that day's partition; each pair's time in the cell from location_cell_day for the whole UTC days
 * of the window, and from the records (two partitions at most) for the partial days at its ends.
 */
export async function companionCells(db: Executor, q: CompanionQuery): Promise<CompanionCellRow[]> {
  const firstDay = new Date(Math.ceil(q.from.getTime() / DAY_MS) * DAY_MS);
  const endDay = new Date(utcDayOf(q.to));
  const date = (d: Date) => d.toISOString().slice(0, 10);
  const countIn = (from: Date, to: Date) => sql`
    (SELECT count(*) FROM location_record r
      WHERE r.phone = t.phone AND r.cell_id = t.cell_id AND r.seen_at >= ${from} AND r.seen_at < ${to})`;
  const { rows } = await sql<CompanionCellRow>`
    WITH mine AS MATERIALIZED (
      SELECT cell_id, seen_at FROM location_record
       WHERE phone = ${q.phone} AND seen_at >= ${q.from} AND seen_at < ${q.to}),
    together AS (
      SELECT o.phone, m.cell_id, count(*)::int AS slots, max(m.seen_at) AS last_at
        FROM mine m
        -- OFFSET 0 keeps this a lookup per slot: flattened into a join, the planner, costing every
        -- partition it cannot yet prune, would rather hash-join a scan of the whole window.
        CROSS JOIN LATERAL (
          SELECT r.phone FROM location_record r WHERE r.cell_id = m.cell_id AND r.seen_at = m.seen_at OFFSET 0) o
       WHERE o.phone <> ALL(${q.excluded}::text[])
       GROUP BY o.phone, m.cell_id
      HAVING count(*) * ${q.resolutionMinutes}::int > ${q.minTogetherMinutes}::int),
    case_cells AS (SELECT cell_id, count(*)::int AS slots FROM mine GROUP BY cell_id),
    scored AS (
      SELECT t.*, c.slots AS case_slots,
             (SELECT coalesce(sum(d.minutes), 0) FROM location_cell_day d
               WHERE d.phone = t.phone AND d.cell_id = t.cell_id
                 AND d.day >= ${date(firstDay)}::date AND d.day < ${date(endDay)}::date)
             + (${countIn(q.from, firstDay)} + ${countIn(endDay, q.to)}) * ${q.resolutionMinutes}::int AS other_minutes
        FROM together t JOIN case_cells c USING (cell_id))
    SELECT s.phone, l.code AS cell, s.slots AS together_slots, s.case_slots, s.other_minutes::int AS other_minutes,
           s.last_at AS last_together_at
      FROM scored s JOIN location_cell l ON l.id = s.cell_id
     WHERE greatest(s.case_slots * ${q.resolutionMinutes}::int, s.other_minutes) > ${q.minCellHours}::numeric * 60
     ORDER BY s.phone, l.code`.execute(db);
  return rows;
}
