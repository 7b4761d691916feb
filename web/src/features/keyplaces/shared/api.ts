import { api } from '../../../app/api/client';
import type { DayQuery, LedgerImportResult } from '../../../../../server/src/modules/keyplaces/units.schema.ts';

export type { DayQuery, LedgerImportResult };

/** Sends a ledger file (.xlsx or .csv) to a kind's import (/enterprises/import…); a bad row refuses it whole. */
export function importLedger(path: string, file: File): Promise<LedgerImportResult> {
  const form = new FormData();
  form.append('file', file, file.name);
  return api.post<LedgerImportResult>(path, form);
}
