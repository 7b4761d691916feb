import { sql } from 'kysely';
import type { Executor } from '../../core/db/database.ts';
import type { CoverageFigures } from './testing.schema.ts';

export interface CountDelta {
  gridId: number;
  path: string;
  sampled?: number;
  resulted?: number;
  poolPositive?: number;
  exempt?: number;
}

/**
 * Adds a batch's increments to the round's per-grid counts in the batch's transaction, in grid order so
 * concurrent batches cannot deadlock. A grid outside the target (a visitor sampled) gets a row of its own.
 */
export async function bumpCounts(db: Executor, campaignId: number, deltas: CountDelta[]): Promise<void> {
  if (deltas.length === 0) return;
  const sorted = [...deltas].sort((a, b) => a.gridId - b.gridId);
  const col = (key: 'sampled' | 'resulted' | 'poolPositive' | 'exempt') => sorted.map((d) => d[key] ?? 0);
  await sql`
    INSERT INTO test_count AS c (campaign_id, grid_id, path, sampled, resulted, pool_positive, exempt)
    SELECT ${campaignId}, g, p::ltree, s, r, pp, e
      FROM unnest(${sorted.map((d) => d.gridId)}::bigint[], ${sorted.map((d) => d.path)}::text[], ${col('sampled')}::int[],
                  ${col('resulted')}::int[], ${col('poolPositive')}::int[], ${col('exempt')}::int[]) AS t(g, p, s, r, pp, e)
    ON CONFLICT (campaign_id, grid_id) DO UPDATE SET sampled = c.sampled + excluded.sampled,
      resulted = c.resulted + excluded.resulted, pool_positive = c.pool_positive + excluded.pool_positive,
      exempt = c.exempt + excluded.exempt`.execute(db);
}

/** The round's figures summed under each path (a node's grids), in the order of `paths`. */
export async function coverageUnder(db: Executor, campaignId: number, paths: string[]): Promise<CoverageFigures[]> {
  if (paths.length === 0) return [];
  const { rows } = await sql<Omit<CoverageFigures, 'missing'> & { i: number; missing: number }>`
    SELECT t.i, coalesce(sum(c.target), 0)::int AS target, coalesce(sum(c.sampled), 0)::int AS sampled,
           coalesce(sum(c.resulted), 0)::int AS resulted, coalesce(sum(c.pool_positive), 0)::int AS "poolPositive",
           coalesce(sum(c.exempt), 0)::int AS exempt,
           coalesce(sum(greatest(c.target - c.sampled - c.exempt, 0)), 0)::int AS missing
      FROM unnest(${paths}::text[]) WITH ORDINALITY AS t(path, i)
      LEFT JOIN test_count c ON c.campaign_id = ${campaignId} AND c.path <@ t.path::ltree
     GROUP BY t.i ORDER BY t.i`.execute(db);
  return rows.map(({ i: _i, ...figures }) => figures);
}
