import { PassThrough, type Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Actor } from '../../../core/auth/actor.ts';
import { type AuditContext, appendAudit } from '../../../core/audit/audit.ts';
import type { Db } from '../../../core/db/database.ts';
import { AppError } from '../../../core/errors.ts';
import { regionRefs } from '../../regions/regions.service.ts';
import * as repo from './export.repository.ts';
import type { CaseLedgerQuery, ContactLedgerQuery } from './export.schema.ts';
import {
  caseColumns,
  caseSheetRow,
  contactColumns,
  contactSheetRow,
  type LedgerColumn,
  type RowContext,
} from './export.sheets.ts';

// Rows read and written per round trip: a ledger of 100,000 contacts is 20 pages, never all in memory.
const PAGE_ROWS = 5_000;

export interface LedgerFile {
  name: string;
  content: Readable;
}

/** Writes pages of rows into a one-sheet .xlsx as they come (ExcelJS's streaming writer). */
function workbookStream(sheetName: string, columns: LedgerColumn[], pages: AsyncIterable<object[]>): Readable {
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false });
  const sheet = workbook.addWorksheet(sheetName);
  sheet.columns = columns;
  const write = async () => {
    for await (const page of pages) for (const row of page) sheet.addRow(row).commit();
    sheet.commit();
    await workbook.commit();
  };
  // A failure half-way aborts the download rather than leaving a truncated file that looks complete.
  write().catch((error: unknown) => out.destroy(error instanceof Error ? error : new Error(String(error))));
  return out;
}

/** Fills `names` with the regions of these paths it does not hold yet (path labels are region ids). */
async function learnRegionNames(db: Db, paths: string[], names: Map<number, string>): Promise<void> {
  const missing = [...new Set(paths.flatMap((p) => p.split('.').map(Number)))].filter((id) => !names.has(id));
  for (const ref of await regionRefs(db, missing)) names.set(ref.id, ref.name);
}

/** The rows of `ids` page by page, numbered from 1 (序号) across pages. */
async function* sheetPages<R extends { path: string }>(
  db: Db,
  ids: number[],
  ctx: RowContext,
  fetch: (chunk: number[]) => Promise<R[]>,
  toSheetRow: (row: R, no: number, ctx: RowContext) => object,
) {
  let no = 0;
  for (let start = 0; start < ids.length; start += PAGE_ROWS) {
    const rows = await fetch(ids.slice(start, start + PAGE_ROWS));
    await learnRegionNames(
      db,
      rows.map((r) => r.path),
      ctx.regionNames,
    );
    yield rows.map((row) => toSheetRow(row, (no += 1), ctx));
  }
}

/** Full identifiers only for whoever may read them in full (the export's audit entry says which). */
function unmaskedFor(actor: Actor, asked: boolean): boolean {
  if (asked && !actor.permissions.has('registry.read_full'))
    throw new AppError('FORBIDDEN', { permission: 'registry.read_full' });
  return asked;
}

const localDate = (timeZone: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());

/** The case ledger (病例台账) of the jurisdiction as a streamed .xlsx, with one audit entry of its size. */
export async function caseLedger(
  db: Db,
  actor: Actor,
  audit: AuditContext,
  timeZone: string,
  query: CaseLedgerQuery,
): Promise<LedgerFile> {
  const { unmasked: asked, ...filters } = query;
  const unmasked = unmaskedFor(actor, asked);
  const ids = await repo.caseIds(db, actor, timeZone, query);
  await appendAudit(db, audit, {
    action: 'tracing.ledger.export',
    entity: 'tracing_case',
    summary: { rows: ids.length, unmasked, filters },
  });
  const ctx: RowContext = { unmasked, regionNames: new Map(), today: localDate(timeZone) };
  const pages = sheetPages(db, ids, ctx, (chunk) => repo.caseRows(db, actor, timeZone, chunk), caseSheetRow);
  return { name: `病例台账-${ctx.today}.xlsx`, content: workbookStream('病例台账', caseColumns, pages) };
}

/** The contact ledger (密接/次密接台账) of the jurisdiction as a streamed .xlsx, with one audit entry of its size. */
export async function contactLedger(
  db: Db,
  actor: Actor,
  audit: AuditContext,
  timeZone: string,
  query: ContactLedgerQuery,
): Promise<LedgerFile> {
  const { unmasked: asked, ...filters } = query;
  const unmasked = unmaskedFor(actor, asked);
  const ids = await repo.contactIds(db, actor, timeZone, query);
  await appendAudit(db, audit, {
    action: 'tracing.ledger.export',
    entity: 'tracing_contact',
    summary: { rows: ids.length, unmasked, filters },
  });
  const ctx: RowContext = { unmasked, regionNames: new Map(), today: localDate(timeZone) };
  const pages = sheetPages(db, ids, ctx, (chunk) => repo.contactRows(db, actor, timeZone, chunk), contactSheetRow);
  return {
    name: `接触者台账-${ctx.today}.xlsx`,
    content: workbookStream('接触者台账', contactColumns, pages),
  };
}
