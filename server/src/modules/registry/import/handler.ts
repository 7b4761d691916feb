import type { Actor } from '../../../core/auth/actor.ts';
import type { Executor } from '../../../core/db/database.ts';
import type { FieldProblem } from './reasons.ts';

export interface Rejection extends FieldProblem {
  row: number;
}

export interface ParsedRow<T> {
  row: number;
  input: T;
}

export interface BatchOutcome {
  inserted: number;
  updated: number;
  unchanged: number;
  /** Rows refused by what only the database knows (unknown region, another grid's household…). */
  rejections: Rejection[];
}

/**
 * One kind of ledger. `parse` checks a row on its own (no database); `write` stores a batch of parsed
 * rows inside the caller's transaction, deciding per row whether it is new, changed or unchanged.
 */
export interface ImportHandler<T> {
  parse(values: Record<string, string>): T | FieldProblem[];
  /** The natural key (ID number, address, code) that makes re-imports idempotent. */
  key(input: T): string;
  write(trx: Executor, actor: Actor, rows: ParsedRow<T>[]): Promise<BatchOutcome>;
  /** Batches must be written one after another, in file order (otherwise two may run at once). */
  ordered?: boolean;
}

export const isProblemList = <T>(parsed: T | FieldProblem[]): parsed is FieldProblem[] => Array.isArray(parsed);

/** A required text value, or the problem of its absence. */
export function required(values: Record<string, string>, key: string, problems: FieldProblem[]): string {
  const value = values[key]?.trim() ?? '';
  if (value === '') problems.push({ field: key, value, reason: 'required' });
  return value;
}

export const optional = (values: Record<string, string>, key: string): string | null => {
  const value = values[key]?.trim() ?? '';
  return value === '' ? null : value;
};
