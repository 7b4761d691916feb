import type { Static } from '@sinclair/typebox';
import { api, apiUrl } from '../../../app/api/client';
import { type DayQuery, importLedger, type LedgerImportResult } from '../shared/api';
import type {
  MySchools,
  SamplingDay,
  SchoolClass,
  SchoolDay,
  SchoolDetail,
  SchoolLedger,
  SchoolLedgerBody,
  SchoolList as SchoolListSchema,
  SchoolListQuery,
  SchoolReport,
  SchoolReportBody,
} from '../../../../../server/src/modules/schools/schools.schema.ts';

export type {
  MySchools,
  SamplingDay,
  SchoolClass,
  SchoolDay,
  SchoolDetail,
  SchoolLedger,
  SchoolLedgerBody,
  SchoolReportBody,
};
export type { SchoolStatus } from '../../../../../server/src/modules/schools/vocabulary.ts';
export { schoolStatuses } from '../../../../../server/src/modules/schools/vocabulary.ts';

export type SchoolFilters = Omit<SchoolListQuery, 'page' | 'pageSize'>;
export type SchoolList = Static<typeof SchoolListSchema>;

export function fetchSchools(query: SchoolFilters & { page: number; pageSize: number }, signal: AbortSignal) {
  return api.get<SchoolList>('/schools', { query, signal });
}

export function fetchSchool(placeId: number, signal: AbortSignal): Promise<SchoolDetail> {
  return api.get<SchoolDetail>(`/schools/${placeId}`, { signal });
}

export function saveSchool(placeId: number, body: SchoolLedgerBody): Promise<SchoolDetail> {
  return api.put<SchoolDetail>(`/schools/${placeId}`, body);
}

/** Replaces the school's classes (a class left out is removed). */
export function saveClasses(placeId: number, classes: SchoolClass[]): Promise<SchoolDetail> {
  return api.put<SchoolDetail>(`/schools/${placeId}/classes`, { classes });
}

export function fetchSampling(placeId: number, day: string, signal: AbortSignal): Promise<SamplingDay> {
  return api.get<SamplingDay>(`/schools/${placeId}/sampling`, { query: { day }, signal });
}

export function fetchMySchools(signal: AbortSignal): Promise<MySchools> {
  return api.get<MySchools>('/schools/mine', { signal });
}

export function fileSchoolReport(placeId: number, body: SchoolReportBody): Promise<SchoolReport> {
  return api.put<SchoolReport>(`/schools/${placeId}/reports/today`, body);
}

export function fetchSchoolDay(query: DayQuery, signal: AbortSignal): Promise<SchoolDay> {
  return api.get<SchoolDay>('/schools/reports', { query, signal });
}

export const schoolDayUrl = (query: DayQuery) => apiUrl('/schools/reports.xlsx', query);

/** Imports a school ledger (.xlsx or .csv, the day's export among them); a bad row refuses the whole file. */
export const importSchools = (file: File): Promise<LedgerImportResult> => importLedger('/schools/import', file);
