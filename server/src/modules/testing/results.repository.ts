import { sql } from 'kysely';
import type { Executor } from '../../core/db/database.ts';
import { countsFor } from './campaigns.repository.ts';
import type { TestResult } from './vocabulary.ts';

export interface ResultTube {
  id: number;
  barcode: string;
  campaign_id: number;
  members: number;
  result: TestResult | null;
  opened_at: Date;
}

export async function lockResultTubes(db: Executor, barcodes: string[]): Promise<Map<string, ResultTube>> {
  const { rows } = await sql<ResultTube>`
    SELECT id, barcode, campaign_id, members, result, opened_at FROM test_tube
     WHERE barcode = ANY(${barcodes}::text[]) ORDER BY id FOR UPDATE`.execute(db);
  return new Map(rows.map((t) => [t.barcode, t]));
}

export interface TubeResult {
  tubeId: number;
  campaignId: number;
  /** More than one person in the tube: a positive is a pool to break up, not a person's result. */
  pooled: boolean;
  result: TestResult;
  ctValue: number | null;
  lab: string | null;
  at: string;
}

export async function recordResults(db: Executor, results: TubeResult[]): Promise<void> {
  await sql`
    UPDATE test_tube t SET status = 'resulted', result = u.result, ct_value = u.ct, lab = coalesce(u.lab, t.lab),
           resulted_at = u.at, reported_at = now(),
           sealed_at = coalesce(t.sealed_at, u.at), received_at = coalesce(t.received_at, u.at)
      FROM unnest(${results.map((r) => r.tubeId)}::bigint[], ${results.map((r) => r.result)}::text[],
                  ${results.map((r) => r.ctValue)}::real[], ${results.map((r) => r.lab)}::text[],
                  ${results.map((r) => r.at)}::timestamptz[]) AS u(id, result, ct, lab, at)
     WHERE t.id = u.id`.execute(db);
}

/**
 * Moves the coverage of the tubes' members to their result: a pool-positive or invalid result overrides
 * a negative one of an earlier tube. Returns the increments of the live counts per round and grid.
 */
export async function resultCoverage(
  db: Executor,
  results: TubeResult[],
): Promise<{ campaign_id: number; grid_id: number; path: string; resulted: number; pool_positive: number }[]> {
  const { rows } = await sql<{
    campaign_id: number;
    grid_id: number;
    path: string;
    resulted: number;
    pool_positive: number;
  }>`
    WITH outcome AS (
      SELECT s.campaign_id, s.resident_id, u.at,
             CASE u.result WHEN 'positive' THEN 'pool_positive' ELSE u.result END AS result
        FROM unnest(${results.map((r) => r.tubeId)}::bigint[], ${results.map((r) => r.campaignId)}::bigint[],
                    ${results.map((r) => r.result)}::text[], ${results.map((r) => r.at)}::timestamptz[]) AS u(tube_id, campaign_id, result, at)
        JOIN test_sample s ON s.campaign_id = u.campaign_id AND s.tube_id = u.tube_id),
    worst AS (
      SELECT DISTINCT ON (campaign_id, resident_id) * FROM outcome
       ORDER BY campaign_id, resident_id, (result = 'pool_positive') DESC, (result = 'invalid') DESC),
    before AS (
      SELECT c.campaign_id, c.resident_id, c.grid_id, c.result AS old, w.result AS new, w.at
        FROM test_coverage c JOIN worst w USING (campaign_id, resident_id)
       WHERE c.result IS NULL OR (c.result <> 'pool_positive' AND w.result = 'pool_positive')
         OR (c.result = 'negative' AND w.result = 'invalid')
       ORDER BY c.campaign_id, c.resident_id FOR UPDATE OF c),
    moved AS (
      UPDATE test_coverage c SET result = b.new, result_at = b.at FROM before b
       WHERE c.campaign_id = b.campaign_id AND c.resident_id = b.resident_id
      RETURNING c.campaign_id, c.grid_id, c.resident_id, b.old, b.new)
    SELECT m.campaign_id, m.grid_id, r.path::text AS path,
           count(*) FILTER (WHERE m.old IS NULL)::int AS resulted,
           (count(*) FILTER (WHERE m.new = 'pool_positive') - count(*) FILTER (WHERE m.old = 'pool_positive'))::int AS pool_positive
      FROM moved m JOIN region r ON r.id = m.grid_id
     WHERE ${countsFor(sql.ref('m.campaign_id'), sql.ref('m.resident_id'))}
     GROUP BY m.campaign_id, m.grid_id, r.path`.execute(db);
  return rows;
}

/**
 * One single-tube re-sample task per member of each positive or invalid tube, and per member of their
 * household where the round says so; returns how many are new.
 */
export async function createResampleTasks(db: Executor, results: TubeResult[]): Promise<number> {
  const flagged = results.filter((r) => r.result !== 'negative');
  if (flagged.length === 0) return 0;
  const { rows } = await sql<{ n: number }>`
    WITH members AS (
      SELECT s.campaign_id, s.resident_id, s.tube_id, u.result, u.pooled
        FROM unnest(${flagged.map((r) => r.tubeId)}::bigint[], ${flagged.map((r) => r.campaignId)}::bigint[],
                    ${flagged.map((r) => r.result)}::text[], ${flagged.map((r) => r.pooled)}::boolean[])
             AS u(tube_id, campaign_id, result, pooled)
        JOIN test_sample s ON s.campaign_id = u.campaign_id AND s.tube_id = u.tube_id),
    -- A positive single tube is that person's own result (for tracing), not a pool to break up; an invalid
    -- one is done again. Their household is re-sampled where the round says so.
    everyone AS (
      SELECT campaign_id, resident_id, tube_id, result FROM members WHERE pooled OR result = 'invalid'
      UNION
      SELECT m.campaign_id, kin.id, m.tube_id, m.result
        FROM members m JOIN test_campaign c ON c.id = m.campaign_id AND c.resample_households
        JOIN resident r ON r.id = m.resident_id JOIN resident kin ON kin.household_id = r.household_id
       WHERE m.pooled OR kin.id <> m.resident_id),
    made AS (
      INSERT INTO test_resample_task (campaign_id, resident_id, grid_id, path, source_tube_id, reason)
      SELECT e.campaign_id, e.resident_id, r.grid_id, r.path, e.tube_id, e.result
        FROM everyone e JOIN resident r ON r.id = e.resident_id
       ORDER BY e.tube_id, e.resident_id
      ON CONFLICT DO NOTHING RETURNING 1)
    SELECT count(*)::int AS n FROM made`.execute(db);
  return rows[0]?.n ?? 0;
}

/** A single tube of a person with an open re-sample task closes that task, whatever its result. */
export async function closeResampleTasks(db: Executor, results: TubeResult[]): Promise<void> {
  const singles = results.filter((r) => !r.pooled);
  if (singles.length === 0) return;
  await sql`
    UPDATE test_resample_task t SET status = 'done', done_at = now()
      FROM unnest(${singles.map((r) => r.tubeId)}::bigint[], ${singles.map((r) => r.campaignId)}::bigint[]) AS u(tube_id, campaign_id)
      JOIN test_sample s ON s.campaign_id = u.campaign_id AND s.tube_id = u.tube_id
     WHERE t.campaign_id = s.campaign_id AND t.resident_id = s.resident_id AND t.status = 'open'
       AND t.source_tube_id <> s.tube_id`.execute(db);
}
