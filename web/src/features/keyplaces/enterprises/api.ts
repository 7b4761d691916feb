import type { Static } from '@sinclair/typebox';
import { api, apiUrl } from '../../../app/api/client';
import { type DayQuery, importLedger, type LedgerImportResult } from '../shared/api';
import type {
  EnterpriseDay,
  EnterpriseDetail,
  EnterpriseLedger,
  EnterpriseLedgerBody,
  EnterpriseList as EnterpriseListSchema,
  EnterpriseListQuery,
  EnterpriseReport,
  EnterpriseReportBody,
  MyEnterprises,
} from '../../../../../server/src/modules/enterprises/enterprises.schema.ts';

export type {
  EnterpriseDay,
  EnterpriseDetail,
  EnterpriseLedger,
  EnterpriseLedgerBody,
  EnterpriseReport,
  EnterpriseReportBody,
  MyEnterprises,
};
export type { ClosedLoopStatus, ResumptionStatus } from '../../../../../server/src/modules/enterprises/vocabulary.ts';
export { closedLoopStatuses, resumptionStatuses } from '../../../../../server/src/modules/enterprises/vocabulary.ts';

export type EnterpriseFilters = Omit<EnterpriseListQuery, 'page' | 'pageSize'>;
export type EnterpriseList = Static<typeof EnterpriseListSchema>;

export function fetchEnterprises(
  query: EnterpriseFilters & { page: number; pageSize: number },
  signal: AbortSignal,
): Promise<EnterpriseList> {
  return api.get<EnterpriseList>('/enterprises', { query, signal });
}

export function fetchEnterprise(placeId: number, signal: AbortSignal): Promise<EnterpriseDetail> {
  return api.get<EnterpriseDetail>(`/enterprises/${placeId}`, { signal });
}

export function saveEnterprise(placeId: number, body: EnterpriseLedgerBody): Promise<EnterpriseDetail> {
  return api.put<EnterpriseDetail>(`/enterprises/${placeId}`, body);
}

export function requestResumption(placeId: number, note?: string): Promise<EnterpriseDetail> {
  return api.post<EnterpriseDetail>(`/enterprises/${placeId}/resumption`, { note });
}

export function decideResumption(placeId: number, approve: boolean, note: string): Promise<EnterpriseDetail> {
  return api.post<EnterpriseDetail>(`/enterprises/${placeId}/resumption/decision`, { approve, note });
}

export function fetchMyEnterprises(signal: AbortSignal): Promise<MyEnterprises> {
  return api.get<MyEnterprises>('/enterprises/mine', { signal });
}

/** Files today's report (filed again the same day, it replaces the first). */
export function fileEnterpriseReport(placeId: number, body: EnterpriseReportBody): Promise<EnterpriseReport> {
  return api.put<EnterpriseReport>(`/enterprises/${placeId}/reports/today`, body);
}

export function fetchEnterpriseDay(query: DayQuery, signal: AbortSignal): Promise<EnterpriseDay> {
  return api.get<EnterpriseDay>('/enterprises/reports', { query, signal });
}

/** The day's ledger as .xlsx, for a plain download link (the session cookie goes along). */
export const enterpriseDayUrl = (query: DayQuery) => apiUrl('/enterprises/reports.xlsx', query);

/** Imports an enterprise ledger (.xlsx or .csv); a bad row refuses the whole file. */
export const importEnterprises = (file: File): Promise<LedgerImportResult> => importLedger('/enterprises/import', file);

/** 到岗率 as a percentage with one decimal, or a dash. */
export const rateText = (share: number | null) => (share === null ? '—' : `${(share * 100).toFixed(1)}%`);
