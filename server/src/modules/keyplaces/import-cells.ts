import type { LedgerRow } from '../registry/import/ledger-rows.ts';
import { wordValue } from '../tracing/ledgers/import.fields.ts';
import type { RowProblem } from './field-problems.ts';

/** The figures one row of a ledger gives: absent columns and blank optional cells leave the ledger's own. */
export type LedgerPatch<Body> = Partial<Body> & { row: number; code: string };

/** The words a vocabulary's exports write (封闭管理…), each to its value, for reading them back in. */
export const wordsOf = <T extends string>(labels: Record<T, string>): Record<string, T> =>
  Object.fromEntries(Object.entries<string>(labels).map(([value, label]) => [label, value as T]));

/**
 * Reads the cells of one row of a ledger, field by field. A blank cell reads as undefined; so does an
 * unreadable one, whose problem is kept: read the cells in column order and a row's problems come in that order.
 */
export function rowCells(source: LedgerRow) {
  const problems: RowProblem[] = [];
  const refuse = (field: string, reason: string) => {
    problems.push({ row: source.row, field, reason });
    return undefined;
  };
  const text = (field: string) => source.values[field]?.trim() || undefined;
  /** The cell as `parse` reads it (null: refused for `reason`); a blank cell is refused when required. */
  const parsed = <T>(field: string, parse: (raw: string) => T | null, reason: string, required = false) => {
    const raw = text(field);
    if (raw === undefined) return required ? refuse(field, 'required') : undefined;
    return parse(raw) ?? refuse(field, reason);
  };
  return {
    text,
    parsed,
    /** The place code every row names. */
    code: () => text('code') ?? refuse('code', 'required') ?? '',
    /** A head count (0 to 9,999,999). */
    count: (field: string, required = false) =>
      parsed(field, (raw) => (/^\d{1,7}$/.test(raw) ? Number(raw) : null), 'not_a_count', required),
    /** One of the words a ledger writes for a value (封闭管理…), or the value itself. */
    word: <T extends string>(field: string, words: Record<string, T>) =>
      parsed(field, (raw) => wordValue(words, raw), 'unknown_value'),
    /** The row's patch, or the problems of its cells when there are any. */
    patch: <Body>(patch: LedgerPatch<Body>): LedgerPatch<Body> | RowProblem[] =>
      problems.length > 0 ? problems : patch,
  };
}
