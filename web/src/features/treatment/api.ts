import type { Static } from '@sinclair/typebox';
import { api } from '../../app/api/client';
import type { Page, PageParams } from '../../app/hooks/usePagedQuery';
import type {
  AdmissibleCase,
  AdmissionDetail,
  AdmissionListItem,
  AdmissionListQuery,
  AdmitBody,
  DischargeBody,
  PendingTransfer,
  SeverityBody,
} from '../../../../server/src/modules/treatment/admissions.schema.ts';
import type {
  Hospital,
  HospitalList as HospitalListSchema,
  HospitalListQuery,
  SetBedsBody,
} from '../../../../server/src/modules/treatment/hospitals.schema.ts';
import type { RatesQuery, RatesReply } from '../../../../server/src/modules/treatment/rates.schema.ts';

export type { AdmissibleCase, AdmissionDetail, AdmissionListItem, Hospital, PendingTransfer, RatesReply };
export type { BedsByLevel, LevelBeds } from '../../../../server/src/modules/treatment/hospitals.schema.ts';
export type { ClearingDay, Figure, Rate, RatesDay } from '../../../../server/src/modules/treatment/rates.schema.ts';
export type { BedLevel, Outcome, RateKey, Severity } from '../../../../server/src/modules/treatment/vocabulary.ts';
export { bedLevels, outcomes, rateKeys, severities } from '../../../../server/src/modules/treatment/vocabulary.ts';

export type HospitalFilters = Omit<HospitalListQuery, 'page' | 'pageSize'>;
export type HospitalList = Static<typeof HospitalListSchema>;
export type AdmissionFilters = Omit<AdmissionListQuery, 'page' | 'pageSize'>;

// Designated hospitals and their beds.

export function fetchHospitalsPage(query: HospitalFilters & PageParams, signal: AbortSignal): Promise<HospitalList> {
  return api.get<HospitalList>('/treatment/hospitals', { query, signal });
}

/** Sets the beds of each level; a level never shrinks below the patients in it. */
export function setBeds(hospitalId: number, beds: SetBedsBody): Promise<Hospital> {
  return api.put<Hospital>(`/treatment/hospitals/${hospitalId}/beds`, beds);
}

// Admissions.

export function fetchAdmissionsPage(
  query: AdmissionFilters & PageParams,
  signal: AbortSignal,
): Promise<Page<AdmissionListItem>> {
  return api.get<Page<AdmissionListItem>>('/treatment/admissions', { query, signal });
}

/** An admission in full (each read is audited). */
export function fetchAdmission(admissionId: number, signal: AbortSignal): Promise<AdmissionDetail> {
  return api.get<AdmissionDetail>(`/treatment/admissions/${admissionId}`, { signal });
}

export function admit(body: AdmitBody): Promise<AdmissionDetail> {
  return api.post<AdmissionDetail>('/treatment/admissions', body);
}

export function recordSeverity(admissionId: number, body: SeverityBody): Promise<AdmissionDetail> {
  return api.post<AdmissionDetail>(`/treatment/admissions/${admissionId}/severity`, body);
}

/** Saves the per-patient plan as its next version. */
export function revisePlan(admissionId: number, text: string): Promise<AdmissionDetail> {
  return api.put<AdmissionDetail>(`/treatment/admissions/${admissionId}/plan`, { text });
}

export function discharge(admissionId: number, body: DischargeBody): Promise<AdmissionDetail> {
  return api.post<AdmissionDetail>(`/treatment/admissions/${admissionId}/discharge`, body);
}

/** Cases of the jurisdiction to admit, by name prefix, case code or full ID number. */
export async function searchCases(q: string, signal?: AbortSignal): Promise<AdmissibleCase[]> {
  return (await api.get<{ items: AdmissibleCase[] }>('/treatment/cases', { query: { q }, signal })).items;
}

export async function fetchPendingTransfers(signal: AbortSignal): Promise<PendingTransfer[]> {
  return (await api.get<{ items: PendingTransfer[] }>('/treatment/transfers', { signal })).items;
}

// The four rates.

export function fetchRates(query: RatesQuery, signal: AbortSignal): Promise<RatesReply> {
  return api.get<RatesReply>('/treatment/rates', { query, signal });
}
