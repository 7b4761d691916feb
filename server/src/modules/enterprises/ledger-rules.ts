import { type FieldProblem, refuse } from '../keyplaces/field-problems.ts';
import { parsePhone } from '../registry/id-number.ts';
import type { EnterpriseLedgerBody } from './enterprises.schema.ts';

/**
 * What is wrong with an enterprise's figures, field by field: nobody is on duty who is not back, nobody is
 * back who is not on the payroll, and the liaison's phone is a real number. Shared by the form and the import.
 */
export function ledgerProblems(body: EnterpriseLedgerBody): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (body.workersBack > body.headcount) problems.push({ field: 'workersBack', reason: 'exceeds_headcount' });
  if (body.onDuty > body.workersBack) problems.push({ field: 'onDuty', reason: 'exceeds_workers_back' });
  if (body.liaisonPhone !== null && parsePhone(body.liaisonPhone) === null)
    problems.push({ field: 'liaisonPhone', reason: 'invalid' });
  return problems;
}

/** The ledger as it is stored: the liaison's name trimmed, their phone in one form (checked before). */
export function normalisedLedger(body: EnterpriseLedgerBody): EnterpriseLedgerBody {
  const liaisonName = body.liaisonName?.trim() || null;
  return { ...body, liaisonName, liaisonPhone: body.liaisonPhone === null ? null : parsePhone(body.liaisonPhone) };
}

/** The ledger with its phone normalised, or VALIDATION_FAILED naming each bad field and why. */
export function checkedLedger(body: EnterpriseLedgerBody): EnterpriseLedgerBody {
  refuse(ledgerProblems(body));
  return normalisedLedger(body);
}
