import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';

export type Encoding = 'utf8' | 'gbk';

/** One data row of a ledger: its row number in the file (header = row 1) and its cells by header. */
export interface SourceRecord {
  row: number;
  cells: string[];
}

export interface LedgerSource {
  headers: string[];
  encoding: Encoding | null;
  records: AsyncGenerator<SourceRecord>;
  /** Share of the file read so far, 0..1, for progress and time left. */
  progress(): number;
  /** Stops reading early (a preview needs only the first rows). */
  close(): void;
}

/**
 * UTF-8 (with or without BOM) or GBK: a BOM or a first 64 KiB that decodes as strict UTF-8 means UTF-8
 * (a multi-byte character cut at the end is allowed); anything else is taken as GBK (GB18030).
 */
export async function detectEncoding(file: string): Promise<Encoding> {
  const handle = await open(file, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(65_536), 0, 65_536, 0);
    const head = buffer.subarray(0, bytesRead);
    if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf8';
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(head.subarray(0, lastCompleteUtf8(head)));
      return 'utf8';
    } catch {
      return 'gbk';
    }
  } finally {
    await handle.close();
  }
}

// Index after the last complete UTF-8 sequence, so a character split by the 64 KiB cut is not an error.
function lastCompleteUtf8(bytes: Buffer): number {
  for (let i = bytes.length - 1; i >= Math.max(0, bytes.length - 4); i -= 1) {
    const byte = bytes[i] ?? 0;
    if ((byte & 0xc0) !== 0x80) {
      const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
      return i + length <= bytes.length ? bytes.length : i;
    }
  }
  return bytes.length;
}

/** A cell as text: Excel gives numbers, dates, rich text, hyperlinks and formula results too. */
function clean(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  // Excel keeps the wall-clock reading, which ExcelJS hands over as that reading in UTC: a date stays a
  // date, a date-time keeps its time (read later in the platform's zone).
  if (value instanceof Date) {
    const text = value.toISOString();
    return text.endsWith('T00:00:00.000Z') ? text.slice(0, 10) : text.slice(0, 19).replace('T', ' ');
  }
  if (typeof value === 'object') {
    const cell = value as { text?: unknown; result?: unknown; richText?: { text: string }[] };
    if (cell.richText)
      return cell.richText
        .map((part) => part.text)
        .join('')
        .trim();
    if (cell.text !== undefined) return clean(cell.text);
    if (cell.result !== undefined) return clean(cell.result);
  }
  return '';
}

async function* csvRecords(parser: AsyncIterable<string[]>): AsyncGenerator<SourceRecord> {
  let row = 1; // the header was row 1
  for await (const cells of parser) {
    row += 1;
    if (cells.some((cell) => cell.trim() !== '')) yield { row, cells: cells.map(clean) };
  }
}

async function openCsv(file: string, encoding: Encoding, size: number): Promise<LedgerSource> {
  const raw = createReadStream(file);
  const text = (encoding === 'gbk' ? raw.pipe(iconv.decodeStream('gb18030')) : raw.setEncoding('utf8')) as Readable;
  const parser = text.pipe(parse({ bom: true, relax_column_count: true, skip_empty_lines: true }));
  const iterator = parser[Symbol.asyncIterator]() as AsyncIterator<string[]>;
  const first = await iterator.next();
  const headers = first.done ? [] : first.value.map(clean);
  const rest: AsyncIterable<string[]> = { [Symbol.asyncIterator]: () => iterator };
  return {
    headers,
    encoding,
    records: csvRecords(rest),
    progress: () => (size ? raw.bytesRead / size : 1),
    close: () => raw.destroy(),
  };
}

async function openXlsx(file: string, size: number): Promise<LedgerSource> {
  const raw = createReadStream(file);
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(raw, { sharedStrings: 'cache', worksheets: 'emit' });
  const sheets = workbook[Symbol.asyncIterator]();
  const sheet = await sheets.next();
  if (sheet.done)
    return {
      headers: [],
      encoding: null,
      records: (async function* () {})(),
      progress: () => 1,
      close: () => raw.destroy(),
    };
  const rows = sheet.value[Symbol.asyncIterator]();
  const toCells = (values: unknown): string[] => (Array.isArray(values) ? values.slice(1).map(clean) : []);
  const header = await rows.next();
  const headers = header.done ? [] : toCells(header.value.values);
  async function* records(): AsyncGenerator<SourceRecord> {
    for (let next = await rows.next(); !next.done; next = await rows.next()) {
      const cells = toCells(next.value.values);
      if (cells.some((cell) => cell !== '')) yield { row: next.value.number, cells };
    }
  }
  return {
    headers,
    encoding: null,
    records: records(),
    progress: () => (size ? raw.bytesRead / size : 1),
    close: () => raw.destroy(),
  };
}

/** Opens a .csv or .xlsx ledger as a stream of rows (constant memory whatever the file size). */
export async function openLedger(file: string, encoding: Encoding | 'auto' = 'auto'): Promise<LedgerSource> {
  const { size } = await stat(file);
  if (/\.xlsx$/i.test(file)) return openXlsx(file, size);
  return openCsv(file, encoding === 'auto' ? await detectEncoding(file) : encoding, size);
}
