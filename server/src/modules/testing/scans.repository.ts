import { sql } from 'kysely';
import type { Executor } from '../../core/db/database.ts';
import { countsFor } from './campaigns.repository.ts';
import type { AcceptedSample, TubeState } from './scan-rules.ts';

interface TubeRow {
  id: number;
  barcode: string;
  campaign_id: number;
  place_id: number;
  table_no: number;
  capacity: number;
  pooling: TubeState['pooling'];
  household_id: number | null;
  members: number;
  status: TubeState['status'];
  opened_at: Date;
  sealed_at: Date | null;
  sealed_scan_id: string | null;
}

/** The tubes named by a batch, locked in id order (so concurrent batches cannot deadlock on them). */
export async function lockTubes(db: Executor, barcodes: string[]): Promise<Map<string, TubeState>> {
  const { rows } = await sql<TubeRow>`
    SELECT id, barcode, campaign_id, place_id, table_no, capacity, pooling, household_id, members, status, opened_at,
           sealed_at, sealed_scan_id
      FROM test_tube WHERE barcode = ANY(${barcodes}::text[]) ORDER BY id FOR UPDATE`.execute(db);
  return new Map(
    rows.map((t) => [
      t.barcode,
      {
        id: t.id,
        barcode: t.barcode,
        campaignId: t.campaign_id,
        placeId: t.place_id,
        tableNo: t.table_no,
        capacity: t.capacity,
        pooling: t.pooling,
        householdId: t.household_id,
        members: t.members,
        status: t.status,
        openedAt: t.opened_at.toISOString(),
        sealedAt: t.sealed_at?.toISOString() ?? null,
        sealedScanId: t.sealed_scan_id,
        changed: false,
      },
    ]),
  );
}

export async function storedScanIds(db: Executor, campaignId: number, scanIds: string[]): Promise<Set<string>> {
  const { rows } = await sql<{ scan_id: string }>`
    SELECT scan_id FROM test_sample WHERE campaign_id = ${campaignId} AND scan_id = ANY(${scanIds}::uuid[])`.execute(
    db,
  );
  return new Set(rows.map((r) => r.scan_id));
}

export async function sampledAmong(db: Executor, campaignId: number, residentIds: number[]): Promise<Set<number>> {
  const { rows } = await sql<{ resident_id: number }>`
    SELECT resident_id FROM test_coverage
     WHERE campaign_id = ${campaignId} AND resident_id = ANY(${residentIds}::bigint[])`.execute(db);
  return new Set(rows.map((r) => r.resident_id));
}

/** Inserts the tubes a batch opened and sets their ids; false if another table took a barcode meanwhile. */
export async function insertTubes(db: Executor, tubes: TubeState[]): Promise<boolean> {
  if (tubes.length === 0) return true;
  const col = <K extends keyof TubeState>(key: K) => tubes.map((t) => t[key]);
  const { rows } = await sql<{ id: number; barcode: string }>`
    INSERT INTO test_tube (barcode, campaign_id, place_id, table_no, capacity, pooling, household_id, members, status, opened_at,
                           sealed_at, sealed_scan_id)
    SELECT * FROM unnest(${col('barcode')}::text[], ${col('campaignId')}::bigint[], ${col('placeId')}::bigint[],
                         ${col('tableNo')}::smallint[], ${col('capacity')}::smallint[], ${col('pooling')}::text[],
                         ${col('householdId')}::bigint[], ${col('members')}::smallint[],
                         ${col('status')}::text[], ${col('openedAt')}::timestamptz[], ${col('sealedAt')}::timestamptz[],
                         ${col('sealedScanId')}::uuid[])
    ON CONFLICT (barcode) DO NOTHING RETURNING id, barcode`.execute(db);
  const ids = new Map(rows.map((r) => [r.barcode, r.id]));
  for (const tube of tubes) tube.id = ids.get(tube.barcode) ?? null;
  return rows.length === tubes.length;
}

export async function updateTubes(db: Executor, tubes: TubeState[]): Promise<void> {
  if (tubes.length === 0) return;
  await sql`
    UPDATE test_tube t SET members = u.members, status = u.status, sealed_at = u.sealed_at, sealed_scan_id = u.sealed_scan_id
      FROM unnest(${tubes.map((t) => t.id)}::bigint[], ${tubes.map((t) => t.members)}::smallint[], ${tubes.map((t) => t.status)}::text[],
                  ${tubes.map((t) => t.sealedAt)}::timestamptz[], ${tubes.map((t) => t.sealedScanId)}::uuid[])
           AS u(id, members, status, sealed_at, sealed_scan_id)
     WHERE t.id = u.id`.execute(db);
}

export async function insertSamples(
  db: Executor,
  campaignId: number,
  collectedBy: number | null,
  samples: AcceptedSample[],
): Promise<void> {
  if (samples.length === 0) return;
  await sql`
    INSERT INTO test_sample (campaign_id, scan_id, tube_id, resident_id, grid_id, collected_at, collected_by)
    SELECT ${campaignId}, s, t, r, g, a, ${collectedBy}
      FROM unnest(${samples.map((x) => x.scanId)}::uuid[], ${samples.map((x) => x.tube.id)}::bigint[],
                  ${samples.map((x) => x.person.id)}::bigint[], ${samples.map((x) => x.person.gridId)}::bigint[],
                  ${samples.map((x) => x.at)}::timestamptz[]) AS u(s, t, r, g, a)`.execute(db);
}

/**
 * Records first samples of residents in the round; returns per grid (with its path) how many were newly
 * covered and how many of those had been exempted (they leave the exempt count: sampled after all).
 */
export async function coverFirstSamples(
  db: Executor,
  campaignId: number,
  samples: AcceptedSample[],
): Promise<{ grid_id: number; path: string; n: number; exempted: number }[]> {
  if (samples.length === 0) return [];
  const { rows } = await sql<{ grid_id: number; path: string; n: number; exempted: number }>`
    WITH fresh AS (
      INSERT INTO test_coverage (campaign_id, resident_id, grid_id, first_tube_id, first_sampled_at)
      SELECT DISTINCT ON (r) ${campaignId}, r, g, t, a
        FROM unnest(${samples.map((x) => x.person.id)}::bigint[], ${samples.map((x) => x.person.gridId)}::bigint[],
                    ${samples.map((x) => x.tube.id)}::bigint[], ${samples.map((x) => x.at)}::timestamptz[]) AS u(r, g, t, a)
       ORDER BY r, a
      ON CONFLICT DO NOTHING RETURNING grid_id, resident_id)
    SELECT f.grid_id, reg.path::text AS path, (count(*) FILTER (WHERE ${countsFor(sql`${campaignId}::bigint`, sql.ref('f.resident_id'))}))::int AS n,
           count(*) FILTER (WHERE EXISTS (SELECT 1 FROM test_exemption e
                                           WHERE e.campaign_id = ${campaignId} AND e.resident_id = f.resident_id)
                              AND ${countsFor(sql`${campaignId}::bigint`, sql.ref('f.resident_id'))})::int AS exempted
      FROM fresh f JOIN region reg ON reg.id = f.grid_id GROUP BY f.grid_id, reg.path ORDER BY f.grid_id`.execute(db);
  return rows;
}

/** Adds the batch's samples to its table's hourly counters (the progress board's only source). */
export async function bumpTableHours(
  db: Executor,
  table: { campaignId: number; placeId: number; tableNo: number },
  samples: AcceptedSample[],
): Promise<void> {
  if (samples.length === 0) return;
  await sql`
    INSERT INTO test_table_hour AS h (campaign_id, place_id, table_no, hour, samples)
    SELECT ${table.campaignId}, ${table.placeId}, ${table.tableNo}, date_trunc('hour', a), count(*)
      FROM unnest(${samples.map((s) => s.at)}::timestamptz[]) AS a GROUP BY 4 ORDER BY 4
    ON CONFLICT (campaign_id, place_id, table_no, hour) DO UPDATE SET samples = h.samples + excluded.samples`.execute(
    db,
  );
}

/** Key-post workers sampled in the batch are tested as of the sample, whatever the round. */
export async function touchKeypostWorkers(db: Executor, samples: AcceptedSample[]): Promise<void> {
  if (samples.length === 0) return;
  await sql`
    UPDATE keypost_worker w SET last_tested_at = greatest(w.last_tested_at, s.at)
      FROM (SELECT r, max(a) AS at FROM unnest(${samples.map((x) => x.person.id)}::bigint[], ${samples.map((x) => x.at)}::timestamptz[]) AS u(r, a)
             GROUP BY r) s
     WHERE w.resident_id = s.r`.execute(db);
}

/** Residents among these with an open single-tube re-sample task in the round: they go into a tube alone. */
export async function awaitingResample(db: Executor, campaignId: number, residentIds: number[]): Promise<Set<number>> {
  if (residentIds.length === 0) return new Set();
  const { rows } = await sql<{ resident_id: number }>`
    SELECT DISTINCT resident_id FROM test_resample_task
     WHERE campaign_id = ${campaignId} AND status = 'open' AND resident_id = ANY(${residentIds}::bigint[])`.execute(db);
  return new Set(rows.map((r) => r.resident_id));
}
