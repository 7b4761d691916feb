import { createHash } from 'node:crypto';
import path from 'node:path';
import { sql } from 'kysely';
import type { Actor } from '../../../core/auth/actor.ts';
import { type AuditContext, appendAudit } from '../../../core/audit/audit.ts';
import type { Db, Executor } from '../../../core/db/database.ts';
import { AppError } from '../../../core/errors.ts';
import { type ColumnMapping, fieldValues, guessMapping, type ImportKind, resolveMapping } from './fields.ts';
import { type ImportHandler, isProblemList, type ParsedRow, type Rejection } from './handler.ts';
import { addBatch, createRun, finishRun, type RunTotals, startRun } from './runs.repository.ts';
import { claimKeys, dropSeenKeys, openSeenKeys } from './seen-keys.ts';
import { type Encoding, openLedger, type SourceRecord } from './source.ts';

export interface ImportProgress extends RunTotals {
  runId: number;
  /** Share of the file read, 0..1. */
  fraction: number;
  rowsPerSecond: number;
}

export interface ImportRequest<T> {
  kind: ImportKind;
  file: string;
  /** Shown in the run list; defaults to the file's name. */
  fileName?: string;
  handler: ImportHandler<T>;
  mapping?: ColumnMapping;
  encoding?: Encoding | 'auto';
  batchSize?: number;
  onProgress?: (progress: ImportProgress) => void;
  /** A run created earlier (queued by the web upload); otherwise one is created. */
  runId?: number;
}

/**
 * Streams a ledger through parse → de-duplicate → write, one transaction per batch: each committed batch
 * is complete (rows, counts, rejections, progress, one audit entry), so a killed import leaves the
 * database consistent and running the same file again finishes it (writes are upserts on natural keys).
 */
export async function runImport<T>(
  db: Db,
  actor: Actor,
  audit: AuditContext,
  request: ImportRequest<T>,
): Promise<ImportProgress> {
  const source = await openLedger(request.file, request.encoding ?? 'auto');
  const mapping = request.mapping ?? guessMapping(request.kind, source.headers);
  const resolved = resolveMapping(request.kind, source.headers, mapping);
  if (resolved.missing.length > 0)
    throw new AppError('IMPORT_COLUMNS_MISSING', { fields: resolved.missing.join(', ') });
  const fileName = request.fileName ?? path.basename(request.file);
  const newRun = { kind: request.kind, fileName, encoding: source.encoding, mapping, createdBy: actor.userId || null };
  const runId = request.runId ?? (await createRun(db, newRun));
  if (request.runId !== undefined) await startRun(db, runId, source.encoding);
  await openSeenKeys(db, runId);
  const totals: RunTotals = { processed: 0, inserted: 0, updated: 0, unchanged: 0, rejected: 0 };
  const started = performance.now();
  const report = (): ImportProgress => ({
    runId,
    ...totals,
    fraction: source.progress(),
    rowsPerSecond: totals.processed / Math.max(0.001, (performance.now() - started) / 1000),
  });
  // Batches claim their keys in file order, so that of two rows with one key the earlier one wins even when
  // the later one's batch reaches the database first; the writes themselves still overlap.
  let previousClaim: Promise<void> = Promise.resolve();
  const writeBatch = (batch: SourceRecord[]) => {
    const parsed = parseBatch(batch, resolved.columns, request.handler);
    const turn = previousClaim;
    let claimed = (): void => undefined;
    previousClaim = new Promise<void>((resolve) => (claimed = resolve));
    const written = db.transaction().execute(async (trx) => {
      let rows: ParsedRow<T>[];
      try {
        await turn;
        rows = await withoutEarlierKeys(trx, runId, parsed);
      } finally {
        claimed();
      }
      const written = await request.handler.write(trx, actor, rows);
      const rejections = [...parsed.rejections, ...written.rejections];
      const figures = {
        processed: batch.length,
        inserted: written.inserted,
        updated: written.updated,
        unchanged: written.unchanged,
        rejected: new Set(rejections.map((r) => r.row)).size,
      };
      await addBatch(trx, runId, figures, rejections, source.progress());
      await appendAudit(trx, audit, {
        action: `registry.import.${request.kind}`,
        entity: 'import_run',
        entityId: runId,
        summary: { file: fileName, rows: [batch[0]?.row, batch.at(-1)?.row], ...figures, digest: digest(batch) },
      });
      return figures;
    });
    // A transaction that never started must not hold up the batches behind it.
    return written.finally(claimed);
  };
  const add = (figures: RunTotals): void => {
    for (const key of ['processed', 'inserted', 'updated', 'unchanged', 'rejected'] as const)
      totals[key] += figures[key];
    request.onProgress?.(report());
  };
  try {
    // Two writers overlap (one transaction commits while the next is written and the file read on), unless the
    // kind needs its batches in order (a region's parent must exist before it).
    await inFlight(
      batches(source.records, request.batchSize ?? 5_000),
      request.handler.ordered ? 1 : 2,
      writeBatch,
      add,
    );
    // After a large load the planner's statistics are stale until autovacuum comes by; refresh them now,
    // or the first searches run on plans made for a small table.
    if (totals.inserted + totals.updated > LARGE_IMPORT)
      await sql`ANALYZE ${sql.table(tableOf[request.kind])}`.execute(db);
    await finishRun(db, runId, { status: 'done' });
    return { ...report(), fraction: 1 };
  } catch (error) {
    await finishRun(db, runId, { status: 'failed', error: (error as Error).message });
    throw error;
  } finally {
    await dropSeenKeys(db, runId);
  }
}

const LARGE_IMPORT = 50_000;
const tableOf: Record<ImportKind, string> = {
  regions: 'region',
  buildings: 'building',
  households: 'household',
  residents: 'resident',
  places: 'place',
};

/** Runs `work` over the items with at most `limit` at once; the first failure stops it after the others settle. */
async function inFlight<I, O>(
  items: AsyncIterable<I>,
  limit: number,
  work: (item: I) => Promise<O>,
  done: (output: O) => void,
): Promise<void> {
  const running = new Set<Promise<void>>();
  const state: { failure?: Error } = {}; // set from callbacks, so an object TypeScript does not narrow
  for await (const item of items) {
    if (state.failure) break;
    const task: Promise<void> = work(item)
      .then(done, (error: unknown) => {
        state.failure ??= error instanceof Error ? error : new Error(String(error));
      })
      .finally(() => running.delete(task));
    running.add(task);
    if (running.size >= limit) await Promise.race(running);
  }
  await Promise.all(running);
  if (state.failure) throw state.failure;
}

async function* batches(records: AsyncIterable<SourceRecord>, size: number): AsyncGenerator<SourceRecord[]> {
  let batch: SourceRecord[] = [];
  for await (const record of records) {
    batch.push(record);
    if (batch.length >= size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

interface ParsedBatch<T> {
  rows: (ParsedRow<T> & { key: string })[];
  rejections: Rejection[];
}

/** Parses a batch on its own; a key repeated inside the batch is rejected here, across batches by the database. */
function parseBatch<T>(batch: SourceRecord[], columns: Map<string, number>, handler: ImportHandler<T>): ParsedBatch<T> {
  const rows: ParsedBatch<T>['rows'] = [];
  const rejections: Rejection[] = [];
  const keys = new Set<string>();
  for (const record of batch) {
    const parsed = handler.parse(fieldValues(record.cells, columns));
    if (isProblemList(parsed)) {
      rejections.push(...parsed.map((problem) => ({ ...problem, row: record.row })));
      continue;
    }
    const key = handler.key(parsed);
    if (keys.has(key)) rejections.push(duplicate(record.row, key));
    else {
      keys.add(key);
      rows.push({ row: record.row, input: parsed, key });
    }
  }
  return { rows, rejections };
}

const duplicate = (row: number, key: string): Rejection => ({
  row,
  field: '',
  value: key,
  reason: 'duplicate_in_file',
});

/** The batch's rows whose key no other batch of the run has claimed; the rest join its rejections. */
async function withoutEarlierKeys<T>(trx: Executor, runId: number, batch: ParsedBatch<T>): Promise<ParsedRow<T>[]> {
  const taken = await claimKeys(
    trx,
    runId,
    batch.rows.map((r) => r.key),
  );
  if (taken.size === 0) return batch.rows;
  for (const r of batch.rows) if (taken.has(r.key)) batch.rejections.push(duplicate(r.row, r.key));
  return batch.rows.filter((r) => !taken.has(r.key));
}

/** A digest of the batch's content, so the audit entry pins down exactly what was imported. */
function digest(batch: SourceRecord[]): string {
  const hash = createHash('sha256');
  for (const record of batch) hash.update(record.cells.join('\u001f')).update('\u001e');
  return hash.digest('hex');
}
