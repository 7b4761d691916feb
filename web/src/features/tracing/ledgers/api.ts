import { api, apiUrl } from '../../../app/api/client';
import type {
  CaseLedgerQuery,
  ContactLedgerQuery,
} from '../../../../../server/src/modules/tracing/ledgers/export.schema.ts';
import type { LedgerImportResult } from '../../../../../server/src/modules/tracing/ledgers/import.schema.ts';

export type LedgerKind = 'cases' | 'contacts';

export type { LedgerImportResult } from '../../../../../server/src/modules/tracing/ledgers/import.schema.ts';

/** The filters a ledger export takes (a subset of the list's), without the unmasking switch. */
export type LedgerFilters = Omit<CaseLedgerQuery, 'unmasked'> | Omit<ContactLedgerQuery, 'unmasked'>;

/** The case or contact ledger (台账) as .xlsx, for a plain download link (the session cookie goes along). */
export const ledgerUrl = (kind: LedgerKind, filters: LedgerFilters, unmasked: boolean) =>
  apiUrl(`/tracing/${kind}.xlsx`, { ...filters, unmasked: unmasked || undefined });

/** Brings in an existing ledger (.xlsx or .csv); persons outside the registry are placed in `regionId`. */
export function importLedger(kind: LedgerKind, file: File, regionId?: number): Promise<LedgerImportResult> {
  const form = new FormData();
  form.append('file', file, file.name);
  const query = regionId === undefined ? '' : `?regionId=${regionId}`;
  return api.post<LedgerImportResult>(`/tracing/${kind}/import${query}`, form);
}
