import { sql } from 'kysely';
import type { Executor } from '../../../core/db/database.ts';
import type { Rejection } from './handler.ts';

export interface RunTotals {
  processed: number;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
}

export interface NewRun {
  kind: string;
  fileName: string;
  encoding: string | null;
  mapping: Record<string, string>;
  createdBy: number | null;
  status?: 'queued' | 'running';
  uploadPath?: string;
}

export async function createRun(db: Executor, run: NewRun): Promise<number> {
  const { rows } = await sql<{ id: number }>`
    INSERT INTO import_run (kind, file_name, encoding, mapping, created_by, status, upload_path)
    VALUES (${run.kind}, ${run.fileName}, ${run.encoding}, ${JSON.stringify(run.mapping)}::jsonb, ${run.createdBy},
            ${run.status ?? 'running'}, ${run.uploadPath ?? null})
    RETURNING id`.execute(db);
  const row = rows[0];
  if (!row) throw new Error('import_run insert returned nothing');
  return row.id;
}

/** Adds a committed batch's figures to its run (in the batch's transaction: progress never runs ahead). */
export async function addBatch(
  db: Executor,
  runId: number,
  batch: RunTotals,
  rejections: Rejection[],
  fraction: number,
): Promise<void> {
  await sql`
    UPDATE import_run SET fraction = ${Math.min(1, fraction)}, processed_rows = processed_rows + ${batch.processed}, inserted = inserted + ${batch.inserted},
      updated = updated + ${batch.updated}, unchanged = unchanged + ${batch.unchanged}, rejected = rejected + ${batch.rejected}
     WHERE id = ${runId}`.execute(db);
  if (rejections.length === 0) return;
  await sql`
    INSERT INTO import_rejection (run_id, row_number, field, value, reason)
    SELECT ${runId}, r, f, v, why FROM unnest(${rejections.map((r) => r.row)}::int[], ${rejections.map((r) => r.field)}::text[],
      ${rejections.map((r) => r.value)}::text[], ${rejections.map((r) => r.reason)}::text[]) AS t(r, f, v, why)
    ON CONFLICT DO NOTHING`.execute(db);
}

/**
 * A queued run is picked up by the worker. A retried run (its worker died) starts over from nothing: the
 * file is read again from the top, and rows its first attempt committed now count as unchanged.
 */
export async function startRun(db: Executor, runId: number, encoding: string | null): Promise<void> {
  await sql`
    UPDATE import_run SET status = 'running', encoding = ${encoding}, started_at = now(), fraction = 0,
      processed_rows = 0, inserted = 0, updated = 0, unchanged = 0, rejected = 0, error = NULL
     WHERE id = ${runId}`.execute(db);
  await sql`DELETE FROM import_rejection WHERE run_id = ${runId}`.execute(db);
}

export async function finishRun(
  db: Executor,
  runId: number,
  outcome: { status: 'done' | 'failed'; error?: string; totalRows?: number },
): Promise<void> {
  await sql`
    UPDATE import_run SET status = ${outcome.status}, error = ${outcome.error ?? null}, finished_at = now(),
      fraction = CASE WHEN ${outcome.status} = 'done' THEN 1 ELSE fraction END,
      total_rows = coalesce(${outcome.totalRows ?? null}, processed_rows)
     WHERE id = ${runId}`.execute(db);
}

export interface RejectionRow {
  row_number: number;
  field: string;
  value: string | null;
  reason: string;
}

export async function* rejectionsOf(db: Executor, runId: number, pageSize = 5_000): AsyncGenerator<RejectionRow> {
  let after = { row: 0, field: '' };
  for (;;) {
    const { rows } = await sql<RejectionRow>`
      SELECT row_number, field, value, reason FROM import_rejection
       WHERE run_id = ${runId} AND (row_number, field) > (${after.row}, ${after.field})
       ORDER BY row_number, field LIMIT ${pageSize}`.execute(db);
    yield* rows;
    const last = rows.at(-1);
    if (!last || rows.length < pageSize) return;
    after = { row: last.row_number, field: last.field };
  }
}
