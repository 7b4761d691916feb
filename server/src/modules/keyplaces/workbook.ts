import ExcelJS from 'exceljs';
import type { FastifyReply } from 'fastify';

/** A worksheet column as ExcelJS takes it. */
export interface SheetColumn {
  header: string;
  key: string;
  width: number;
}

export interface WorkbookFile {
  name: string;
  content: Buffer;
}

/**
 * A one-sheet .xlsx of a day's ledger. A region's units of one day are hundreds of rows at most, so the
 * workbook is built in memory (the tracing ledgers stream theirs: they run to 100,000 rows).
 */
export async function sheetFile(
  name: string,
  sheetName: string,
  columns: SheetColumn[],
  rows: object[],
): Promise<WorkbookFile> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  sheet.columns = columns;
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(row);
  return { name, content: Buffer.from(await workbook.xlsx.writeBuffer()) };
}

export const sendWorkbook = (reply: FastifyReply, file: WorkbookFile) =>
  reply
    .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`)
    .send(file.content);

/** A share as a ledger writes it (87.5%), blank when there is none. */
export const percentText = (share: number | null) => (share === null ? '' : `${(share * 100).toFixed(1)}%`);

export const yesNo = (value: boolean) => (value ? '是' : '否');
