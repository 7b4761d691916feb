import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Executor } from '../../../core/db/database.ts';
import { reasonText } from './reasons.ts';
import { rejectionsOf } from './runs.repository.ts';

/**
 * The error report of an import run as .xlsx, streamed row by row (constant memory): row number,
 * field, value and the reason in Chinese and English, so the ledger keeper can fix the file.
 */
export async function writeRejectionReport(db: Executor, runId: number, output: Writable): Promise<number> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useSharedStrings: false, useStyles: true });
  const sheet = workbook.addWorksheet('错误报告 Rejections');
  sheet.columns = [
    { header: '行号 Row', key: 'row', width: 10 },
    { header: '字段 Field', key: 'field', width: 18 },
    { header: '值 Value', key: 'value', width: 28 },
    { header: '原因', key: 'zh', width: 40 },
    { header: 'Reason', key: 'en', width: 48 },
  ];
  sheet.getRow(1).font = { bold: true };
  let count = 0;
  for await (const rejection of rejectionsOf(db, runId)) {
    sheet
      .addRow({
        row: rejection.row_number,
        field: rejection.field,
        value: rejection.value,
        zh: reasonText(rejection.reason, 'zh-CN'),
        en: reasonText(rejection.reason, 'en'),
      })
      .commit();
    count += 1;
  }
  sheet.commit();
  await workbook.commit();
  return count;
}
