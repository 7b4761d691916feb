import { TIME_ZONE } from '../../../app/format';
import { parseLedgerTime } from '../../../../../server/src/core/time/local-time.ts';
import { personFields, personLimits } from '../api';
import type { PersonEntry, PersonField, RowRejection } from '../api';

/** A person as pasted, with the line it stands on (1-based, counting blank lines). */
export type PersonLine = { line: number; person: PersonEntry };

/** As many persons as the server takes in one list; more come as a file. */
export const MAX_PERSONS = 5_000;

const TEXT_FIELDS = ['idNumber', 'name', 'phone', 'address', 'fromArea', 'note'] as const;
// A header row copied along from the spreadsheet is not a person.
const HEADER = /^(身份证号|证件号码)/;

/**
 * The cells of a line in the order of the file's columns: tabs when pasted from a spreadsheet, else commas
 * (either width). The note, last, keeps the rest of the line, separators and all.
 */
function cellsOf(raw: string): string[] {
  const separator = raw.includes('\t') ? /\t/ : /[,，]/;
  const cells: string[] = [];
  let rest = raw;
  while (cells.length < personFields.length - 1) {
    const at = rest.search(separator);
    if (at < 0) break;
    cells.push(rest.slice(0, at).trim());
    rest = rest.slice(at + 1);
  }
  return [...cells, rest.trim()];
}

/**
 * Reads pasted rows, one person a line. What the server would refuse for the whole batch (an overlong
 * cell, a time it cannot read) is set aside here by line; the rest of the checks are the server's, row by row.
 * Times read as the file import reads them, on Beijing wall-clock time.
 */
export function parsePersonLines(text: string): { persons: PersonLine[]; invalid: RowRejection[] } {
  const persons: PersonLine[] = [];
  const invalid: RowRejection[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '') return;
    const cells = cellsOf(raw);
    if (HEADER.test(cells[0] ?? '')) return;
    const cell = (field: PersonField) => cells[personFields.indexOf(field)] ?? '';
    const problems: RowRejection[] = TEXT_FIELDS.filter((field) => cell(field).length > personLimits[field]).map(
      (field) => ({ row: line, field, reason: 'too_long' }),
    );
    const arrival = cell('arrivedAt');
    const arrivedAt = arrival === '' ? null : parseLedgerTime(arrival, TIME_ZONE);
    if (arrival !== '' && arrivedAt === null) problems.push({ row: line, field: 'arrivedAt', reason: 'invalid' });
    if (problems.length > 0) {
      invalid.push(...problems);
      return;
    }
    const optional = (field: PersonField) => cell(field) || undefined;
    persons.push({
      line,
      person: {
        idNumber: cell('idNumber'),
        name: cell('name'),
        phone: optional('phone'),
        address: optional('address'),
        fromArea: optional('fromArea'),
        arrivedAt: arrivedAt?.toISOString(),
        note: optional('note'),
      },
    });
  });
  return { persons, invalid };
}
