import { type IdNumberProblem, parseIdNumber, parsePhone } from '../registry/id-number.ts';
import type { CheckedEntry } from './checkpoints.repository.ts';
import type { EntryInput, EntryRefusal } from './checkpoints.schema.ts';
import { type EntryRejection, parsePlate, platedKinds } from './vocabulary.ts';

// A phone's clock may run a little ahead of the server's; more than this is a wrong time, not drift.
const CLOCK_SKEW_MS = 5 * 60_000;

const idReasons: Record<IdNumberProblem, EntryRejection> = {
  format: 'id_format',
  birthDate: 'id_birth_date',
  checksum: 'id_checksum',
};

const blankToNull = (value: string | null | undefined) => (value?.trim() ? value.trim() : null);

/**
 * Checks the entries of a batch (numbered from 1) against `paths`, the checkpoints the recorder may record
 * at: every problem of an entry comes back with its field, and only entries without any are stored.
 */
export function checkEntries(
  entries: EntryInput[],
  paths: Map<number, string>,
  now = Date.now(),
): { valid: CheckedEntry[]; rejected: EntryRefusal[] } {
  const valid: CheckedEntry[] = [];
  const rejected: EntryRefusal[] = [];
  entries.forEach((entry, index) => {
    const problems: EntryRefusal[] = [];
    const reject = (field: string, reason: EntryRejection) =>
      problems.push({ row: index + 1, entryId: entry.entryId, field, reason });
    const path = paths.get(entry.checkpointId);
    if (path === undefined) reject('checkpointId', 'checkpoint_unknown');
    if (Date.parse(entry.at) > now + CLOCK_SKEW_MS) reject('at', 'in_future');
    const rawPlate = blankToNull(entry.plate);
    const plate = rawPlate === null ? null : parsePlate(rawPlate);
    if (rawPlate !== null && entry.vehicleKind === 'pedestrian') reject('plate', 'plate_for_pedestrian');
    else if (rawPlate !== null && plate === null) reject('plate', 'plate_format');
    else if (rawPlate === null && platedKinds.includes(entry.vehicleKind)) reject('plate', 'required');
    const people = (entry.people ?? []).map((person, i) => {
      const name = blankToNull(person.name);
      if (name === null) reject(`people[${i}].name`, 'required');
      const rawId = blankToNull(person.idNumber);
      const parsed = rawId === null ? null : parseIdNumber(rawId);
      if (typeof parsed === 'string') reject(`people[${i}].idNumber`, idReasons[parsed]);
      const rawPhone = blankToNull(person.phone);
      const phone = rawPhone === null ? null : parsePhone(rawPhone);
      if (rawPhone !== null && phone === null) reject(`people[${i}].phone`, 'invalid');
      return {
        name: name ?? '',
        idNumber: parsed !== null && typeof parsed !== 'string' ? parsed.idNumber : null,
        phone,
      };
    });
    if (people.length > entry.persons) reject('persons', 'too_few');
    if (problems.length > 0 || path === undefined) {
      rejected.push(...problems);
      return;
    }
    valid.push({
      entryId: entry.entryId.toLowerCase(),
      checkpointId: entry.checkpointId,
      path,
      at: new Date(entry.at).toISOString(),
      direction: entry.direction,
      plate: entry.vehicleKind === 'pedestrian' ? null : plate,
      vehicleKind: entry.vehicleKind,
      origin: blankToNull(entry.origin),
      destination: blankToNull(entry.destination),
      persons: entry.persons,
      people,
      healthCode: entry.healthCode,
      testProof: entry.testProof,
      action: entry.action,
      note: blankToNull(entry.note),
    });
  });
  return { valid, rejected };
}
