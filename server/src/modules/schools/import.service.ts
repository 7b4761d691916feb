import { ledgerImport } from '../keyplaces/ledger-import.ts';
import { patchOfRow, schoolLedgerFields } from './import.rows.ts';
import { saveSchool, type SchoolRow, schoolUnits } from './schools.repository.ts';
import type { SchoolLedgerBody } from './schools.schema.ts';
import { ledgerBodyOf } from './schools.service.ts';

/** Imports a school ledger (学校防控台账) as one batch; the day's export imports as it is. */
export const importSchoolLedger = ledgerImport<SchoolRow, SchoolLedgerBody & { samplingStartsOn: string }>({
  units: schoolUnits,
  fields: schoolLedgerFields,
  otherType: 'not_a_school',
  patchOf: patchOfRow,
  // The rotation keeps its start unless the file gives one, as on the form.
  bodyOf: ledgerBodyOf,
  save: saveSchool,
});
