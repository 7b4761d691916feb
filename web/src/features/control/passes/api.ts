import { api } from '../../../app/api/client';
import type { Page, PageParams } from '../../../app/hooks/usePagedQuery';
import type {
  ClosedArea,
  ClosedHousehold,
  HouseholdQuery,
  IssuedPass,
  IssuePassBody,
  PassListQuery,
  PassView,
} from '../../../../../server/src/modules/passes/passes.schema.ts';

export type { ClosedArea, ClosedHousehold, IssuedPass, PassView };
export type { ScanRefusal } from '../../../../../server/src/modules/passes/gate-rules.ts';

export type HouseholdFilters = Omit<HouseholdQuery, 'page' | 'pageSize'>;
export type PassFilters = Omit<PassListQuery, 'page' | 'pageSize'>;
export type PassScan = {
  at: string;
  direction: 'exit' | 'return';
  gate: string;
  outcome: 'stored' | 'refused';
  reason: string | null;
  emergencyReason: string | null;
};

/** The closed (sealed or controlled) areas touching the jurisdiction, with their quota. */
export async function fetchClosedAreas(signal: AbortSignal): Promise<ClosedArea[]> {
  return (await api.get<{ items: ClosedArea[] }>('/passes/areas', { signal })).items;
}

/** Households of closed areas with their members and how much of the quota is used. */
export function fetchHouseholdsPage(
  query: HouseholdFilters & PageParams,
  signal: AbortSignal,
): Promise<Page<ClosedHousehold>> {
  return api.get<Page<ClosedHousehold>>('/passes/households', { query, signal });
}

/** Issues a pass; a used quota is a 409 PASS_QUOTA_EXCEEDED saying when the next may start. */
export function issuePass(body: IssuePassBody): Promise<IssuedPass> {
  return api.post<IssuedPass>('/passes', body);
}

export function fetchPassesPage(query: PassFilters & PageParams, signal: AbortSignal): Promise<Page<PassView>> {
  return api.get<Page<PassView>>('/passes', { query, signal });
}

/** A pass with its token (to print again) and its gate scans. */
export function fetchPass(passId: number): Promise<{ pass: PassView; token: string; scans: PassScan[] }> {
  return api.get(`/passes/${passId}`);
}

export function revokePass(passId: number, reason: string): Promise<PassView> {
  return api.post<PassView>(`/passes/${passId}/revoke`, { reason });
}

export async function fetchLatePasses(signal: AbortSignal): Promise<PassView[]> {
  return (await api.get<{ items: PassView[] }>('/passes/late', { signal })).items;
}

export function acknowledgeLate(passId: number, note?: string): Promise<PassView> {
  return api.post<PassView>(`/passes/${passId}/late/acknowledge`, note ? { note } : {});
}
