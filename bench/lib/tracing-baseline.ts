import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { sql } from 'kysely';
import { from as copyFrom } from 'pg-copy-streams';
import type { Db } from '../../server/src/core/db/database.ts';
import type { TracingRules } from '../../server/src/modules/tracing/rules.ts';
import { DAY_MS } from '../../server/src/modules/tracing/evidence/partitions.ts';
import type { BenchDatabase } from './database.ts';
import { type TracingCity, venueScans } from './tracing-city.ts';

/** Streams text into `COPY … FROM STDIN` on one connection; returns the seconds it took. */
export async function copyText(database: BenchDatabase, statement: string, text: Iterable<string>): Promise<number> {
  const client = await database.pool.connect();
  try {
    const started = performance.now();
    await pipeline(Readable.from(text), client.query(copyFrom(statement)));
    return (performance.now() - started) / 1000;
  } finally {
    client.release();
  }
}

/** Rows joined into ~1 MB chunks: COPY is fed in a few large writes, not millions of tiny ones. */
export function* chunksOf(lines: Iterable<string>): Generator<string> {
  let chunk = '';
  for (const line of lines) {
    chunk += line;
    if (chunk.length > 1 << 20) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}

/**
 * The baseline of venue-scan ingest: COPY of the very rows the API stored into a table partitioned and
 * indexed like venue_scan (so only the API path differs), then dropped. Returns seconds.
 */
export async function venueCopySeconds(database: BenchDatabase, city: TracingCity): Promise<number> {
  const db = database.db;
  await sql`CREATE TABLE venue_scan_copy (LIKE venue_scan INCLUDING ALL) PARTITION BY RANGE (scanned_at)`.execute(db);
  try {
    for (const day of city.days) {
      const bounds = [day, day + DAY_MS].map((ms) => sql.lit(new Date(ms).toISOString()));
      await sql`CREATE TABLE ${sql.id(`venue_scan_copy_${day}`)} PARTITION OF venue_scan_copy
                FOR VALUES FROM (${bounds[0]}) TO (${bounds[1]})`.execute(db);
    }
    function* lines() {
      for (const s of venueScans(city))
        yield `${s.scanId}\t${s.placeId}\t${new Date(s.at).toISOString()}\t${s.idNumber}\t${s.name}\t${s.phone}\n`;
    }
    return await copyText(
      database,
      'COPY venue_scan_copy (scan_id, place_id, scanned_at, id_number, name, phone) FROM STDIN',
      chunksOf(lines()),
    );
  } finally {
    await sql`DROP TABLE venue_scan_copy`.execute(db);
  }
}

/** Unindexed, unpartitioned copies of the evidence: what a straightforward join runs on. */
export async function makeUnindexedCopies(db: Db): Promise<void> {
  await sql`CREATE UNLOGGED TABLE venue_scan_flat AS TABLE venue_scan`.execute(db);
  await sql`CREATE UNLOGGED TABLE location_record_flat AS TABLE location_record`.execute(db);
  await sql`ANALYZE venue_scan_flat, location_record_flat`.execute(db);
}

/**
 * The venue question as one straightforward join over the unindexed copy: (case, person) pairs of
 * everyone who scanned in at a trajectory place within the margin, the case excepted.
 */
export async function venueJoin(db: Db, caseIds: number[], marginMinutes: number): Promise<number> {
  const margin = sql`make_interval(mins => ${marginMinutes}::int)`;
  const { rows } = await sql<{ n: number }>`
    SELECT count(DISTINCT (t.case_id, s.id_number))::int AS n
      FROM case_trajectory t JOIN tracing_case c ON c.id = t.case_id
      JOIN venue_scan_flat s ON s.place_id = t.place_id
       AND s.scanned_at BETWEEN lower(t.during) - ${margin} AND upper(t.during) + ${margin}
     WHERE t.case_id = ANY(${caseIds}::bigint[]) AND s.id_number <> c.id_number`.execute(db);
  return rows[0]?.n ?? 0;
}

/**
 * The companion question as one straightforward join over the unindexed copy: (case, phone) pairs
 * together over minTogetherMinutes in a cell where either spent over minCellHours, the case's phones excepted.
 */
export async function companionJoin(
  db: Db,
  caseIds: number[],
  rules: TracingRules['companion'],
  asOf: Date,
): Promise<number> {
  const from = new Date(asOf.getTime() - rules.windowDays * DAY_MS);
  const { rows } = await sql<{ n: number }>`
    WITH cp AS (
      SELECT c.id AS case_id, coalesce(c.phone, r.phone) AS phone, array_remove(ARRAY[c.phone, r.phone], NULL) AS own
        FROM tracing_case c LEFT JOIN resident r ON r.id = c.resident_id
       WHERE c.id = ANY(${caseIds}::bigint[])),
    mine AS (
      SELECT cp.case_id, cp.own, f.cell_id, f.seen_at FROM cp JOIN location_record_flat f ON f.phone = cp.phone
       WHERE f.seen_at >= ${from} AND f.seen_at < ${asOf}),
    together AS (
      SELECT m.case_id, f.phone, m.cell_id FROM mine m
        JOIN location_record_flat f ON f.cell_id = m.cell_id AND f.seen_at = m.seen_at
       WHERE f.phone <> ALL(m.own)
       GROUP BY 1, 2, 3 HAVING count(*) * ${rules.resolutionMinutes}::int > ${rules.minTogetherMinutes}::int),
    case_hours AS (SELECT case_id, cell_id, count(*) AS slots FROM mine GROUP BY 1, 2),
    other_hours AS (
      SELECT f.phone, f.cell_id, count(*) AS slots
        FROM location_record_flat f JOIN (SELECT DISTINCT phone, cell_id FROM together) p USING (phone, cell_id)
       WHERE f.seen_at >= ${from} AND f.seen_at < ${asOf} GROUP BY 1, 2)
    SELECT count(DISTINCT (t.case_id, t.phone))::int AS n
      FROM together t JOIN case_hours c USING (case_id, cell_id) JOIN other_hours o USING (phone, cell_id)
     WHERE greatest(c.slots, o.slots) * ${rules.resolutionMinutes}::int > ${rules.minCellHours}::numeric * 60`.execute(
    db,
  );
  return rows[0]?.n ?? 0;
}
