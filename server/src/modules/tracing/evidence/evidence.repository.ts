import { sql } from 'kysely';
import type { Executor } from '../../../core/db/database.ts';

/** A venue scan as stored: ID number normalised, time parsed. */
export interface VenueScanRow {
  scanId: string;
  placeId: number;
  scannedAt: Date;
  idNumber: string;
  name: string | null;
  phone: string | null;
}

/** A location record as stored: time floored to the resolution, cell as its code. */
export interface LocationRow {
  phone: string;
  cell: string;
  seenAt: Date;
}

/** The ids among these that are places of the registry. */
export async function existingPlaces(db: Executor, ids: number[]): Promise<Set<number>> {
  const { rows } = await sql<{ id: number }>`SELECT id FROM place WHERE id = ANY(${ids}::bigint[])`.execute(db);
  return new Set(rows.map((r) => r.id));
}

/** Place ids by code, for the codes that name a place. */
export async function placesByCode(db: Executor, codes: string[]): Promise<Map<string, number>> {
  const { rows } = await sql<{ id: number; code: string }>`
    SELECT id, code FROM place WHERE code = ANY(${codes}::text[])`.execute(db);
  return new Map(rows.map((r) => [r.code, r.id]));
}

/** Inserts the scans not stored before (same scan id and time); returns how many were new. */
export async function insertVenueScans(db: Executor, scans: VenueScanRow[]): Promise<number> {
  if (scans.length === 0) return 0;
  const col = <K extends keyof VenueScanRow>(key: K) => scans.map((s) => s[key]);
  const { rows } = await sql<{ n: number }>`
    WITH stored AS (
      INSERT INTO venue_scan (scan_id, place_id, scanned_at, id_number, name, phone)
      SELECT * FROM unnest(${col('scanId')}::uuid[], ${col('placeId')}::bigint[], ${col('scannedAt')}::timestamptz[],
                           ${col('idNumber')}::text[], ${col('name')}::text[], ${col('phone')}::text[])
      ON CONFLICT DO NOTHING RETURNING 1)
    SELECT count(*)::int AS n FROM stored`.execute(db);
  return rows[0]?.n ?? 0;
}

/**
 * Adds the cell codes not seen before, in code order so that concurrent batches adding the same new codes
 * wait for each other instead of deadlocking; codes already known are skipped before the insert so they
 * use up no identity values.
 */
export async function addCells(db: Executor, codes: string[]): Promise<void> {
  await sql`
    INSERT INTO location_cell (code)
    SELECT DISTINCT c FROM unnest(${codes}::text[]) AS c
     WHERE NOT EXISTS (SELECT 1 FROM location_cell l WHERE l.code = c)
     ORDER BY c
    ON CONFLICT (code) DO NOTHING`.execute(db);
}

/**
 * Inserts the records not stored before (same phone, slot and cell), and adds the new ones' minutes to
 * location_cell_day in (phone, cell, day) order, so that concurrent batches wait instead of deadlocking.
 * Returns how many were new.
 */
export async function insertLocations(
  db: Executor,
  records: LocationRow[],
  resolutionMinutes: number,
): Promise<number> {
  if (records.length === 0) return 0;
  const { rows } = await sql<{ n: number }>`
    WITH stored AS (
      INSERT INTO location_record (phone, seen_at, cell_id)
      SELECT u.phone, u.seen_at, l.id
        FROM unnest(${records.map((r) => r.phone)}::text[], ${records.map((r) => r.seenAt)}::timestamptz[],
                    ${records.map((r) => r.cell)}::text[]) AS u(phone, seen_at, cell)
        JOIN location_cell l ON l.code = u.cell
      ON CONFLICT DO NOTHING RETURNING phone, cell_id, seen_at),
    counted AS (
      INSERT INTO location_cell_day AS d (phone, cell_id, day, minutes)
      SELECT phone, cell_id, (seen_at AT TIME ZONE 'UTC')::date, count(*) * ${resolutionMinutes}::int
        FROM stored GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
      ON CONFLICT (phone, cell_id, day) DO UPDATE SET minutes = d.minutes + excluded.minutes)
    SELECT count(*)::int AS n FROM stored`.execute(db);
  return rows[0]?.n ?? 0;
}

/** A resident a candidate turned out to be: where they belong decides who may see the suggestion. */
export interface ResidentMatch {
  id: number;
  idNumber: string;
  name: string;
  phone: string | null;
  gridId: number;
  path: string;
}

interface ResidentMatchRow {
  id: number;
  id_number: string;
  name: string;
  phone: string | null;
  grid_id: number;
  path: string;
}

const toMatch = (r: ResidentMatchRow): ResidentMatch => ({
  id: r.id,
  idNumber: r.id_number,
  name: r.name,
  phone: r.phone,
  gridId: r.grid_id,
  path: r.path,
});

// System-scoped on purpose: a candidate living outside the investigator's jurisdiction is still a
// candidate; the caller decides what to show and where to keep it.
/** Residents by ID number, across the whole registry. */
export async function residentsByIdNumber(db: Executor, idNumbers: string[]): Promise<Map<string, ResidentMatch>> {
  if (idNumbers.length === 0) return new Map();
  const { rows } = await sql<ResidentMatchRow>`
    SELECT id, id_number, name, phone, grid_id, path::text AS path FROM resident
     WHERE id_number = ANY(${idNumbers}::text[])`.execute(db);
  return new Map(rows.map((r) => [r.id_number, toMatch(r)]));
}

/**
 * Residents by phone, across the whole registry, for the phones that name exactly one resident: a phone a
 * household shares does not say which of them carried it.
 */
export async function residentsByPhone(db: Executor, phones: string[]): Promise<Map<string, ResidentMatch>> {
  if (phones.length === 0) return new Map();
  const { rows } = await sql<ResidentMatchRow>`
    SELECT r.id, r.id_number, r.name, r.phone, r.grid_id, r.path::text AS path
      FROM resident r
     WHERE r.phone = ANY(${phones}::text[])
       AND NOT EXISTS (SELECT 1 FROM resident o WHERE o.phone = r.phone AND o.id <> r.id)`.execute(db);
  return new Map(rows.map((r) => [r.phone ?? '', toMatch(r)]));
}
