import { ledgerImport } from '../keyplaces/ledger-import.ts';
import { enterpriseUnits, type LedgerRow, saveLedger } from './enterprises.repository.ts';
import type { EnterpriseLedgerBody } from './enterprises.schema.ts';
import { ledgerBodyOf } from './enterprises.service.ts';
import { enterpriseLedgerFields, patchOfRow } from './import.rows.ts';
import { ledgerProblems, normalisedLedger } from './ledger-rules.ts';

/** Imports an enterprise ledger (企业防控台账) as one batch. */
export const importEnterpriseLedger = ledgerImport<LedgerRow, EnterpriseLedgerBody>({
  units: enterpriseUnits,
  fields: enterpriseLedgerFields,
  otherType: 'not_an_enterprise',
  patchOf: patchOfRow,
  bodyOf: ledgerBodyOf,
  problems: ledgerProblems,
  normalised: normalisedLedger,
  save: saveLedger,
});
