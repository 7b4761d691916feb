import { AppError } from '../../core/errors.ts';

/** What is wrong with one field of a unit's figures, as a reason code the web translates. */
export interface FieldProblem {
  field: string;
  reason: string;
}

/** A problem of one row of an imported ledger (the header is row 1). */
export interface RowProblem extends FieldProblem {
  row: number;
}

/** VALIDATION_FAILED naming every problem (body.<field>: <reason>), or nothing when there is none. */
export function refuse(problems: FieldProblem[]): void {
  if (problems.length === 0) return;
  const errors = problems.map((p) => ({ path: `body.${p.field}`, message: p.reason }));
  throw new AppError('VALIDATION_FAILED', { details: errors.map((e) => `${e.path}: ${e.message}`).join('; ') }, errors);
}
