import { sql } from 'kysely';
import type { Executor } from '../../../core/db/database.ts';

/*
 * The natural keys an import run has written so far, to report a key given twice in one file. They live in
 * an unlogged table of the run's own rather than in memory, so a file of any size costs disk, not RAM, and
 * the table is dropped (not emptied row by row) when the run ends.
 */
const seenTable = (runId: number) => {
  if (!Number.isSafeInteger(runId)) throw new Error(`not a run id: ${runId}`);
  return sql.table(`import_seen_${runId}`);
};

/** Starts (or, for a retried run, restarts) the run's key table empty. */
export async function openSeenKeys(db: Executor, runId: number): Promise<void> {
  await sql`CREATE UNLOGGED TABLE IF NOT EXISTS ${seenTable(runId)} (key text PRIMARY KEY)`.execute(db);
  await sql`TRUNCATE ${seenTable(runId)}`.execute(db);
}

/**
 * Claims the keys for the calling batch inside its transaction; returns those another batch of the run
 * already holds. Keys are inserted in sorted order so two concurrent batches cannot deadlock on them.
 */
export async function claimKeys(db: Executor, runId: number, keys: string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const { rows } = await sql<{ key: string }>`
    INSERT INTO ${seenTable(runId)} (key) SELECT k FROM unnest(${keys}::text[]) AS k ORDER BY k
    ON CONFLICT DO NOTHING RETURNING key`.execute(db);
  const claimed = new Set(rows.map((r) => r.key));
  return new Set(keys.filter((k) => !claimed.has(k)));
}

export async function dropSeenKeys(db: Executor, runId: number): Promise<void> {
  await sql`DROP TABLE IF EXISTS ${seenTable(runId)}`.execute(db);
}

/** Drops key tables left by runs that ended without cleaning up (a killed process). */
export async function dropOrphanSeenKeys(db: Executor): Promise<number> {
  const { rows } = await sql<{ run_id: number }>`
    SELECT substring(c.relname FROM 13)::bigint AS run_id
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = current_schema() AND c.relkind = 'r' AND c.relname ~ '^import_seen_[0-9]+$'
       AND NOT EXISTS (SELECT 1 FROM import_run r
                        WHERE r.id = substring(c.relname FROM 13)::bigint AND r.status IN ('queued', 'running'))`.execute(
    db,
  );
  for (const { run_id } of rows) await dropSeenKeys(db, Number(run_id));
  return rows.length;
}
