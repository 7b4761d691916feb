import { api, apiUrl } from '../../../app/api/client';
import type { Page, PageParams } from '../../../app/hooks/usePagedQuery';
import type {
  AnswersBody,
  CheckInBody,
  Finding,
  FindingBody,
  InspectionDetail,
  InspectionListItem,
  Photo,
} from '../../../../../server/src/modules/supervision/inspections.schema.ts';
import type { ChecklistItem } from '../../../../../server/src/modules/supervision/checklists.schema.ts';

export type { ChecklistItem, Finding, InspectionDetail, InspectionListItem, Photo };
export type { FindingDisposition, FindingSeverity } from '../../../../../server/src/modules/supervision/vocabulary.ts';
export { findingSeverities } from '../../../../../server/src/modules/supervision/vocabulary.ts';

export type InspectionFilters = { state?: 'open' | 'submitted'; planId?: number };

export function fetchInspectionsPage(
  query: InspectionFilters & PageParams,
  signal: AbortSignal,
): Promise<Page<InspectionListItem>> {
  return api.get<Page<InspectionListItem>>('/supervision/inspections', { query, signal });
}

export function fetchInspection(inspectionId: number, signal?: AbortSignal): Promise<InspectionDetail> {
  return api.get<InspectionDetail>(`/supervision/inspections/${inspectionId}`, { signal });
}

/** Checks in on site; the target's unit can see the plan from now on. */
export function checkIn(body: CheckInBody): Promise<InspectionDetail> {
  return api.post<InspectionDetail>('/supervision/inspections', body);
}

export function answer(inspectionId: number, answers: AnswersBody['answers']): Promise<InspectionDetail> {
  return api.post<InspectionDetail>(`/supervision/inspections/${inspectionId}/answers`, { answers });
}

export function addFinding(inspectionId: number, body: FindingBody): Promise<InspectionDetail> {
  return api.post<InspectionDetail>(`/supervision/inspections/${inspectionId}/findings`, body);
}

export function submitInspection(inspectionId: number, note: string | undefined): Promise<InspectionDetail> {
  return api.post<InspectionDetail>(`/supervision/inspections/${inspectionId}/submit`, note ? { note } : {});
}

const asForm = (file: File) => {
  const form = new FormData();
  form.append('file', file);
  return form;
};

export function uploadInspectionPhoto(inspectionId: number, file: File): Promise<Photo> {
  return api.post<Photo>(`/supervision/inspections/${inspectionId}/photos`, asForm(file));
}

export function uploadFindingPhoto(findingId: number, file: File): Promise<Photo> {
  return api.post<Photo>(`/supervision/findings/${findingId}/photos`, asForm(file));
}

export function fixOnSpot(findingId: number, note: string): Promise<Finding> {
  return api.post<Finding>(`/supervision/findings/${findingId}/fixed-on-spot`, { note });
}

export const photoUrl = (photoId: number) => apiUrl(`/supervision/photos/${photoId}`);
