import { api } from '../../../app/api/client';
import type { Page, PageParams } from '../../../app/hooks/usePagedQuery';
import type {
  CreatePlanBody,
  Inspector,
  PlanDetail,
  PlanListItem,
  PlanTarget,
  TargetOption,
} from '../../../../../server/src/modules/supervision/plans.schema.ts';

export type { CreatePlanBody, Inspector, PlanDetail, PlanListItem, PlanTarget, TargetOption };
export type { PlanStatus } from '../../../../../server/src/modules/supervision/vocabulary.ts';

export type PlanFilters = { status?: 'planned' | 'done' | 'cancelled' };

export function fetchPlansPage(query: PlanFilters & PageParams, signal: AbortSignal): Promise<Page<PlanListItem>> {
  return api.get<Page<PlanListItem>>('/supervision/plans', { query, signal });
}

export function fetchPlan(planId: number, signal?: AbortSignal): Promise<PlanDetail> {
  return api.get<PlanDetail>(`/supervision/plans/${planId}`, { signal });
}

export function createPlan(body: CreatePlanBody): Promise<PlanDetail> {
  return api.post<PlanDetail>('/supervision/plans', body);
}

export function cancelPlan(planId: number, reason: string): Promise<PlanDetail> {
  return api.post<PlanDetail>(`/supervision/plans/${planId}/cancel`, { reason });
}

/** Places and areas of the jurisdiction whose name contains q. */
export async function searchTargets(q: string): Promise<TargetOption[]> {
  return (await api.get<{ items: TargetOption[] }>('/supervision/targets', { query: { q } })).items;
}

export async function searchInspectors(q: string): Promise<Inspector[]> {
  return (await api.get<{ items: Inspector[] }>('/supervision/inspectors', { query: { q } })).items;
}
