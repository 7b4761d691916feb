import { parseLedgerTime } from '../../core/time/local-time.ts';
import { type IdNumberProblem, parseIdNumber, parsePhone } from '../registry/id-number.ts';
import type { PersonEntry, RowRejection } from './screening.schema.ts';
import { type ListSource, type PersonField, personLimits } from './vocabulary.ts';

/** A person of a list with the row it came from (file row, or position in the request from 1). */
export interface NumberedPerson extends PersonEntry {
  row: number;
}

/** A person ready to store: trimmed, the ID number normalised, blanks as null. */
export interface CheckedPerson {
  row: number;
  idNumber: string;
  name: string;
  phone: string | null;
  address: string | null;
  fromArea: string | null;
  arrivedAt: string | null;
  note: string | null;
}

// Inbound travellers often carry a passport or a travel permit rather than a resident ID card.
const passportLike = /^[A-Z0-9]{6,20}$/;
const idReasons: Record<IdNumberProblem, RowRejection['reason']> = {
  format: 'id_format',
  birthDate: 'id_birth_date',
  checksum: 'id_checksum',
};

function checkIdNumber(
  raw: string,
  passportAllowed: boolean,
): { idNumber: string } | { reason: RowRejection['reason'] } {
  const parsed = parseIdNumber(raw);
  if (typeof parsed !== 'string') return { idNumber: parsed.idNumber };
  const value = raw.toUpperCase();
  return passportAllowed && parsed === 'format' && passportLike.test(value)
    ? { idNumber: value }
    : { reason: idReasons[parsed] };
}

const blankToNull = (value: string | undefined) => (value?.trim() ? value.trim() : null);

/**
 * Checks the rows of a batch: every problem of a row comes back with its field, so a list is fixed in one
 * pass; a row repeating an ID number of an earlier row of the batch is refused as a duplicate. Times are
 * ISO with an offset, or wall-clock times as ledgers write them, read in `timeZone`.
 */
export function checkPersons(
  rows: NumberedPerson[],
  source: ListSource,
  timeZone: string,
): { valid: CheckedPerson[]; rejected: RowRejection[] } {
  const valid: CheckedPerson[] = [];
  const rejected: RowRejection[] = [];
  const seen = new Set<string>();
  for (const person of rows) {
    const problems: RowRejection[] = [];
    const reject = (field: PersonField, reason: RowRejection['reason']) =>
      problems.push({ row: person.row, field, reason });
    const text = (field: keyof typeof personLimits, value: string | undefined) => {
      const clean = blankToNull(value);
      if (clean !== null && clean.length > personLimits[field]) reject(field, 'too_long');
      return clean;
    };
    const rawId = text('idNumber', person.idNumber);
    let idNumber = '';
    if (rawId === null) reject('idNumber', 'required');
    else if (problems.length === 0) {
      const id = checkIdNumber(rawId, source === 'inbound_traveller');
      if ('reason' in id) reject('idNumber', id.reason);
      else idNumber = id.idNumber;
    }
    const name = text('name', person.name);
    if (name === null) reject('name', 'required');
    const rawPhone = text('phone', person.phone);
    const phone = rawPhone === null ? null : parsePhone(rawPhone);
    if (rawPhone !== null && phone === null) reject('phone', 'invalid');
    const arrival = blankToNull(person.arrivedAt);
    const arrivedAt = arrival === null ? null : parseLedgerTime(arrival, timeZone);
    if (arrival !== null && arrivedAt === null) reject('arrivedAt', 'invalid');
    const checked = {
      row: person.row,
      idNumber,
      name: name ?? '',
      phone,
      address: text('address', person.address),
      fromArea: text('fromArea', person.fromArea),
      arrivedAt: arrivedAt?.toISOString() ?? null,
      note: text('note', person.note),
    };
    if (problems.length === 0 && seen.has(checked.idNumber)) reject('idNumber', 'duplicate');
    if (problems.length > 0) rejected.push(...problems);
    else {
      seen.add(checked.idNumber);
      valid.push(checked);
    }
  }
  return { valid, rejected };
}
