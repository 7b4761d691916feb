import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Actor } from '../../../core/auth/actor.ts';
import { actorByUserId } from '../../../core/auth/actor.ts';
import { type AuditContext, appendAudit } from '../../../core/audit/audit.ts';
import type { Config } from '../../../core/config.ts';
import type { Db } from '../../../core/db/database.ts';
import { AppError, notFound } from '../../../core/errors.ts';
import type { JobQueue } from '../../../core/jobs.ts';
import type { ExportRun, StartExportBody } from './exports.schema.ts';
import { sheetFor } from './sheets.ts';

export const EXPORT_QUEUE = 'registry.export';

type RunRow = {
  id: number;
  kind: string;
  status: ExportRun['status'];
  total_rows: number | null;
  written_rows: number;
  unmasked: boolean;
  created_at: Date;
  error: string | null;
};

const toRun = (row: RunRow): ExportRun => ({
  id: row.id,
  kind: row.kind,
  status: row.status,
  totalRows: row.total_rows,
  writtenRows: row.written_rows,
  fraction: row.status === 'done' ? 1 : row.total_rows ? Math.min(1, row.written_rows / row.total_rows) : 0,
  unmasked: row.unmasked,
  downloadUrl: row.status === 'done' ? `/api/v1/exports/${row.id}/file` : null,
  createdAt: row.created_at.toISOString(),
  error: row.error,
});

/** An export belongs to whoever asked for it (it holds personal data of their jurisdiction). */
export async function getExport(db: Db, actor: Actor, id: number): Promise<ExportRun & { filePath: string | null }> {
  const row = await db
    .selectFrom('export_run')
    .selectAll()
    .where('id', '=', id)
    .where('created_by', '=', actor.userId)
    .executeTakeFirst();
  if (!row) throw notFound();
  return { ...toRun(row), filePath: row.file_path };
}

/** Queues an export of a resident search; the list is read as the requesting user, in their jurisdiction. */
export async function startExport(
  db: Db,
  jobs: JobQueue,
  actor: Actor,
  audit: AuditContext,
  body: StartExportBody,
): Promise<ExportRun> {
  const unmasked = body.unmasked ?? false;
  if (unmasked && !actor.permissions.has('registry.read_full'))
    throw new AppError('FORBIDDEN', { permission: 'registry.read_full' });
  const row = await db
    .insertInto('export_run')
    .values({
      kind: body.kind,
      filters: JSON.stringify(body.filters),
      unmasked,
      status: 'queued',
      created_by: actor.userId,
      total_rows: null,
      file_path: null,
      error: null,
      finished_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await appendAudit(db, audit, {
    action: 'registry.export',
    entity: 'export_run',
    entityId: row.id,
    summary: { kind: body.kind, filters: body.filters, unmasked },
  });
  await jobs.send(EXPORT_QUEUE, { exportId: row.id }, { retryLimit: 1 });
  const { filePath: _path, ...run } = await getExport(db, actor, row.id);
  return run;
}

/** The export job: streams the list into an .xlsx in the data folder, recording progress per page. */
export async function runExport(db: Db, config: Config, exportId: number): Promise<void> {
  const run = await db.selectFrom('export_run').selectAll().where('id', '=', exportId).executeTakeFirst();
  const actor = run ? await actorByUserId(db, run.created_by) : null;
  if (!run || !actor) return;
  const sheet = sheetFor({ kind: run.kind, filters: run.filters } as StartExportBody); // stored from a validated body
  const dir = path.join(config.dataDir, 'exports');
  await mkdir(dir, { recursive: true });
  const filePath = path.join(dir, `${run.kind}-${exportId}.xlsx`);
  const progress = (values: { status?: 'running'; written_rows?: number; total_rows?: number }) =>
    db.updateTable('export_run').set(values).where('id', '=', exportId).execute();
  try {
    await progress({ status: 'running', total_rows: await sheet.count(db, actor) });
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
      stream: createWriteStream(filePath),
      useSharedStrings: false,
    });
    const worksheet = workbook.addWorksheet(sheet.name);
    worksheet.columns = sheet.columns;
    let written = 0;
    for await (const page of sheet.pages(db, actor, run.unmasked)) {
      for (const row of page) worksheet.addRow(row).commit();
      written += page.length;
      await progress({ written_rows: written });
    }
    worksheet.commit();
    await workbook.commit();
    await db
      .updateTable('export_run')
      .set({ status: 'done', total_rows: written, file_path: filePath, finished_at: new Date() })
      .where('id', '=', exportId)
      .execute();
  } catch (error) {
    await db
      .updateTable('export_run')
      .set({ status: 'failed', error: (error as Error).message, finished_at: new Date() })
      .where('id', '=', exportId)
      .execute();
    throw error;
  }
}
