import { AppError } from '../../../core/errors.ts';
import { type FieldSpec, guessColumns } from './fields.ts';
import { openLedger } from './source.ts';

/** A data row of a ledger by field key (cells of absent optional columns are missing), with its row number. */
export interface LedgerRow {
  row: number;
  values: Partial<Record<string, string>>;
}

/**
 * Reads a ledger (.xlsx or .csv, UTF-8 or GBK) whose columns are recognised by the usual headers of `specs`,
 * in chunks of `size` rows, so a file of any size is stored chunk by chunk (each chunk one transaction).
 * A missing required column refuses the whole file before anything is stored.
 */
export async function* ledgerRows(file: string, specs: FieldSpec[], size = 5_000): AsyncGenerator<LedgerRow[]> {
  const source = await openLedger(file);
  const mapping = guessColumns(specs, source.headers);
  const missing = specs.filter((spec) => spec.required && mapping[spec.key] === undefined);
  if (missing.length > 0) {
    source.close();
    throw new AppError('IMPORT_COLUMNS_MISSING', { fields: missing.map((spec) => spec.labelZh).join(', ') });
  }
  const index = Object.entries(mapping).map(([key, header]) => [key, source.headers.indexOf(header)] as const);
  let chunk: LedgerRow[] = [];
  for await (const { row, cells } of source.records) {
    chunk.push({ row, values: Object.fromEntries(index.map(([key, at]) => [key, (cells[at] ?? '').trim()])) });
    if (chunk.length >= size) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length > 0) yield chunk;
}
