import { api } from '../../../app/api/client';
import type { Page, PageParams } from '../../../app/hooks/usePagedQuery';
import type {
  Override,
  ProposeOverrideBody,
  ResidentStatus,
  StatusListItem,
  Summary,
} from '../../../../../server/src/modules/healthstatus/healthstatus.schema.ts';

export type {
  Colour,
  Override,
  ProposeOverrideBody,
  ResidentStatus,
  StatusListItem,
  Summary,
} from '../../../../../server/src/modules/healthstatus/healthstatus.schema.ts';

export type StatusFilters = { regionId?: number; colour?: 'yellow' | 'red' };

/** Residents per colour under a region (or the whole jurisdiction). */
export function fetchSummary(regionId: number | undefined, signal: AbortSignal): Promise<Summary> {
  return api.get<Summary>('/health-status/summary', { query: { regionId }, signal });
}

export function fetchStatusPage(query: StatusFilters & PageParams, signal: AbortSignal): Promise<Page<StatusListItem>> {
  return api.get<Page<StatusListItem>>('/health-status/residents', { query, signal });
}

/** A resident's status in full; the server audits every read. */
export function fetchResidentStatus(residentId: number, signal: AbortSignal): Promise<ResidentStatus> {
  return api.get<ResidentStatus>(`/health-status/residents/${residentId}`, { signal });
}

export function fetchPendingOverrides(query: PageParams, signal: AbortSignal): Promise<Page<Override>> {
  return api.get<Page<Override>>('/health-status/overrides', { query: { ...query, state: 'pending' }, signal });
}

export const proposeOverride = (body: ProposeOverrideBody) => api.post<Override>('/health-status/overrides', body);

export const decideOverride = (id: number, decision: 'approve' | 'reject') =>
  api.post<Override>(`/health-status/overrides/${id}/${decision}`);
