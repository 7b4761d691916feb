import { api, ApiError } from '../../../app/api/client';
import type { Page, PageParams } from '../../../app/hooks/usePagedQuery';
import type {
  PharmacyPlace,
  Sale,
  SaleBatchReply,
  SaleFilter,
  SaleInput,
} from '../../../../../server/src/modules/pharmacies/pharmacies.schema.ts';

export type { PharmacyPlace, Sale, SaleBatchReply, SaleFilter, SaleInput };
export type {
  DrugCategory,
  SaleField,
  SaleRejection,
} from '../../../../../server/src/modules/pharmacies/vocabulary.ts';
export { drugCategories } from '../../../../../server/src/modules/pharmacies/vocabulary.ts';
export { keyPersonStatuses } from '../../../../../server/src/modules/screening/vocabulary.ts';

export function fetchPharmacies(signal?: AbortSignal): Promise<PharmacyPlace[]> {
  return api.get<PharmacyPlace[]>('/pharmacies', signal ? { signal } : {});
}

export function fetchSalesPage(query: SaleFilter & PageParams, signal: AbortSignal): Promise<Page<Sale>> {
  return api.get<Page<Sale>>('/pharmacies/sales', { query, signal });
}

/** One sale; the full view is audited. */
export function fetchSale(saleId: number, signal: AbortSignal): Promise<Sale> {
  return api.get<Sale>(`/pharmacies/sales/${saleId}`, { signal });
}

export function recordSales(pharmacyId: number, sales: SaleInput[]): Promise<SaleBatchReply> {
  return api.post<SaleBatchReply>('/pharmacies/sales', { pharmacyId, sales });
}

export function importSales(pharmacyId: number, file: File): Promise<SaleBatchReply> {
  const body = new FormData();
  body.append('file', file);
  return api.post<SaleBatchReply>(`/pharmacies/${pharmacyId}/sales/import`, body);
}

/** A refused row of a batch: the server names it rows[n].field with the reason as message. */
export type RowProblem = { row: number; field: string; reason: string };

/** The rows a refused batch names, or none when the refusal was about something else. */
export function rowProblems(error: unknown): RowProblem[] {
  if (!(error instanceof ApiError)) return [];
  return error.errors.flatMap(({ path, message }) => {
    const m = /^rows\[(\d+)\]\.(\w+)$/.exec(path);
    return m ? [{ row: Number(m[1]), field: m[2] ?? '', reason: message }] : [];
  });
}
