import { AppError } from '../../core/errors.ts';
import { parseLedgerTime } from '../../core/time/local-time.ts';
import { openLedger } from '../registry/import/source.ts';
import type { NumberedResult } from './results.service.ts';
import type { ResultBatchResult } from './testing.schema.ts';
import type { TestResult } from './vocabulary.ts';

// Headers labs actually use, zh-CN first; matched ignoring case and spaces.
const headerNames = {
  tube: ['试管编码', '试管条码', '试管号', '管码', '条码', 'tube', 'barcode'],
  result: ['检测结果', '结果', 'result'],
  ctValue: ['ct值', 'ct', 'ct_value', 'ctvalue'],
  lab: ['检测机构', '实验室', 'lab'],
  at: ['检测时间', '报告时间', '结果时间', '出结果时间', 'resultat', 'result_at', 'time'],
} as const;
// A lab clock a little ahead of ours is tolerated; a result from the future beyond that is a typo.
const CLOCK_SKEW_MS = 10 * 60_000;

const resultWords: Record<string, TestResult> = {
  阴性: 'negative',
  阳性: 'positive',
  无效: 'invalid',
  negative: 'negative',
  positive: 'positive',
  invalid: 'invalid',
};

type Column = keyof typeof headerNames;
const normal = (text: string) => text.replace(/\s/g, '').toLowerCase();

function columnsOf(headers: string[]): Partial<Record<Column, number>> {
  const found: Partial<Record<Column, number>> = {};
  for (const key of Object.keys(headerNames) as Column[]) {
    const index = headers.findIndex((h) => (headerNames[key] as readonly string[]).includes(normal(h)));
    if (index >= 0) found[key] = index;
  }
  return found;
}

type Rejection = ResultBatchResult['rejected'][number];

function parseRow(
  row: number,
  cells: string[],
  columns: Partial<Record<Column, number>>,
  timeZone: string,
): NumberedResult | Rejection {
  const cell = (key: Column) => (columns[key] === undefined ? '' : (cells[columns[key]] ?? '').trim());
  const tube = cell('tube');
  const result = resultWords[normal(cell('result'))];
  const ct = cell('ctValue');
  const ctValue = ct === '' ? null : Number(ct);
  if (!/^[0-9A-Za-z-]{4,40}$/.test(tube)) return { row, tube, reason: 'tube_invalid' };
  if (!result) return { row, tube, reason: 'result_invalid' };
  if (ctValue !== null && !(ctValue >= 0 && ctValue <= 60)) return { row, tube, reason: 'ct_invalid' };
  const at = cell('at') === '' ? null : parseLedgerTime(cell('at'), timeZone);
  if (cell('at') !== '' && (at === null || at.getTime() > Date.now() + CLOCK_SKEW_MS)) {
    return { row, tube, reason: 'time_invalid' };
  }
  return {
    row,
    tube,
    result,
    ctValue,
    ...(cell('lab') ? { lab: cell('lab') } : {}),
    ...(at ? { at: at.toISOString() } : {}),
  };
}

/**
 * A lab's result file (.xlsx or .csv, UTF-8 or GBK) in chunks of parsed rows with the rows that could not
 * be read, so a file of any size is recorded chunk by chunk (each chunk one transaction). A result time
 * without an offset is read in `timeZone`; without the column, the upload's time is the result's.
 */
export async function* resultChunks(
  file: string,
  timeZone: string,
  size = 5_000,
): AsyncGenerator<{ entries: NumberedResult[]; unreadable: Rejection[] }> {
  const source = await openLedger(file);
  const columns = columnsOf(source.headers);
  const missing = (['tube', 'result'] as const).filter((key) => columns[key] === undefined);
  if (missing.length > 0) {
    source.close();
    throw new AppError('IMPORT_COLUMNS_MISSING', { fields: missing.map((k) => headerNames[k][0]).join(', ') });
  }
  let chunk: { entries: NumberedResult[]; unreadable: Rejection[] } = { entries: [], unreadable: [] };
  for await (const record of source.records) {
    const parsed = parseRow(record.row, record.cells, columns, timeZone);
    if ('reason' in parsed) chunk.unreadable.push(parsed);
    else chunk.entries.push(parsed);
    if (chunk.entries.length + chunk.unreadable.length >= size) {
      yield chunk;
      chunk = { entries: [], unreadable: [] };
    }
  }
  if (chunk.entries.length + chunk.unreadable.length > 0) yield chunk;
}
