import { randomUUID } from 'node:crypto';
import { createWriteStream, existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { sql } from 'kysely';
import type { Actor } from '../../../core/auth/actor.ts';
import { type AuditContext, appendAudit } from '../../../core/audit/audit.ts';
import type { Config } from '../../../core/config.ts';
import type { Db } from '../../../core/db/database.ts';
import { AppError, notFound } from '../../../core/errors.ts';
import type { JobQueue } from '../../../core/jobs.ts';
import { guessMapping, type ImportKind, importFields, resolveMapping } from './fields.ts';
import type { ImportListQuery, ImportPreview, ImportRun, StartImportBody } from './imports.schema.ts';
import { listMappings, saveMapping } from './mappings.repository.ts';
import { createRun } from './runs.repository.ts';
import { type Encoding, openLedger } from './source.ts';
import { uploadsDir } from './uploads.ts';

export const IMPORT_QUEUE = 'registry.import';
const SAMPLE_ROWS = 5;

function uploadPath(config: Config, uploadId: string): string {
  for (const ext of ['.xlsx', '.csv']) {
    const candidate = path.join(uploadsDir(config), uploadId + ext);
    if (existsSync(candidate)) return candidate;
  }
  throw notFound();
}

/** Stores an uploaded ledger and shows its headers, first rows and a proposed column mapping. */
export async function previewUpload(
  db: Db,
  config: Config,
  upload: { stream: Readable; fileName: string; kind: ImportKind; encoding: Encoding | 'auto' },
): Promise<ImportPreview> {
  const uploadId = randomUUID();
  const ext = /\.xlsx$/i.test(upload.fileName) ? '.xlsx' : '.csv';
  await mkdir(uploadsDir(config), { recursive: true });
  const file = path.join(uploadsDir(config), uploadId + ext);
  await pipeline(upload.stream, createWriteStream(file));
  const source = await openLedger(file, upload.encoding);
  const sample: string[][] = [];
  for await (const record of source.records) {
    sample.push(record.cells);
    if (sample.length >= SAMPLE_ROWS) break;
  }
  source.close();
  return {
    uploadId,
    fileName: upload.fileName,
    encoding: source.encoding,
    headers: source.headers,
    sample,
    fields: importFields[upload.kind].map(({ key, required, labelZh, labelEn }) => ({
      key,
      required,
      labelZh,
      labelEn,
    })),
    guessedMapping: guessMapping(upload.kind, source.headers),
    savedMappings: (await listMappings(db, upload.kind)).map(({ name, columns }) => ({ name, columns })),
  };
}

/** Queues the import of an uploaded ledger; a worker runs it (see registry.jobs.ts). */
export async function startImport(
  db: Db,
  config: Config,
  jobs: JobQueue,
  actor: Actor,
  audit: AuditContext,
  body: StartImportBody,
): Promise<ImportRun> {
  const file = uploadPath(config, body.uploadId);
  const fileName = body.fileName ?? path.basename(file);
  const source = await openLedger(file, body.encoding ?? 'auto');
  source.close();
  const { missing } = resolveMapping(body.kind, source.headers, body.mapping);
  if (missing.length > 0) throw new AppError('IMPORT_COLUMNS_MISSING', { fields: missing.join(', ') });
  if (body.saveMappingAs)
    await saveMapping(db, { kind: body.kind, name: body.saveMappingAs, columns: body.mapping }, actor.userId);
  const runId = await createRun(db, {
    kind: body.kind,
    fileName,
    encoding: source.encoding,
    mapping: body.mapping,
    createdBy: actor.userId,
    status: 'queued',
    uploadPath: file,
  });
  await appendAudit(db, audit, {
    action: 'registry.import.queued',
    entity: 'import_run',
    entityId: runId,
    summary: { kind: body.kind, file: fileName },
  });
  await jobs.send(IMPORT_QUEUE, { runId, encoding: body.encoding ?? 'auto' }, { retryLimit: 1 });
  return getRun(db, actor, runId);
}

interface RunRow {
  id: number;
  kind: ImportKind;
  file_name: string;
  status: ImportRun['status'];
  processed_rows: number;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
  fraction: number;
  started_at: Date;
  finished_at: Date | null;
  error: string | null;
}

function toRun(row: RunRow): ImportRun {
  const elapsed = ((row.finished_at ?? new Date()).getTime() - row.started_at.getTime()) / 1000;
  const running = row.status === 'running' && row.fraction > 0;
  return {
    id: row.id,
    kind: row.kind,
    fileName: row.file_name,
    status: row.status,
    processedRows: row.processed_rows,
    inserted: row.inserted,
    updated: row.updated,
    unchanged: row.unchanged,
    rejected: row.rejected,
    fraction: row.fraction,
    rowsPerSecond: elapsed > 0 && row.status !== 'queued' ? row.processed_rows / elapsed : 0,
    secondsLeft: running ? (elapsed * (1 - row.fraction)) / row.fraction : null,
    startedAt: row.started_at.toISOString(),
    finishedAt: row.finished_at?.toISOString() ?? null,
    error: row.error,
  };
}

// Runs (and their error reports, which repeat ID numbers) belong to whoever started them; users over the
// whole tree see all.
const runsOf = (db: Db, actor: Actor) =>
  db
    .selectFrom('import_run')
    .select([
      'id',
      'file_name',
      'status',
      'processed_rows',
      'inserted',
      'updated',
      'unchanged',
      'rejected',
      'fraction',
      'started_at',
      'finished_at',
      'error',
    ])
    .select(sql<ImportKind>`kind`.as('kind'))
    .where((eb) => (actor.scopeAll ? eb.val(true) : eb('created_by', '=', actor.userId)));

export async function getRun(db: Db, actor: Actor, id: number): Promise<ImportRun> {
  const row = await runsOf(db, actor).where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound();
  return toRun(row);
}

export async function listRuns(
  db: Db,
  actor: Actor,
  query: ImportListQuery,
): Promise<{ items: ImportRun[]; total: number }> {
  let runs = runsOf(db, actor);
  if (query.kind) runs = runs.where('kind', '=', query.kind);
  const rows = await runs
    .orderBy('id', 'desc')
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize)
    .execute();
  const total = await runs
    .clearSelect()
    .select(sql<number>`count(*)::int`.as('n'))
    .executeTakeFirstOrThrow();
  return { items: rows.map(toRun), total: total.n };
}
