import { api, apiUrl } from '../../../app/api/client';
import type { Static } from '@sinclair/typebox';
import type { Page, PageParams } from '../../../app/hooks/usePagedQuery';
import type { Place } from '../../registry/places/api';
import type {
  CreateKeypostGroupBody,
  KeypostGroup as KeypostGroupSchema,
  OverdueQuery,
  OverdueWorker as OverdueWorkerSchema,
  RegisterWorkersBody,
  RegisterWorkersResult as RegisterWorkersResultSchema,
} from '../../../../../server/src/modules/testing/testing.schema.ts';

export type { CreateKeypostGroupBody as NewKeypostGroup, RegisterWorkersBody as Registration };
export type { Place };

/** A kind of key-post worker tested every `intervalHours` (overdue after `graceHours` more). */
export type KeypostGroup = Static<typeof KeypostGroupSchema>;
/** A worker past their interval plus grace since their last test (or since registered), masked. */
export type OverdueWorker = Static<typeof OverdueWorkerSchema>;
export type RegisterWorkersResult = Static<typeof RegisterWorkersResultSchema>;
export type OverdueFilters = Omit<OverdueQuery, 'page' | 'pageSize'>;

export async function fetchKeypostGroups(signal: AbortSignal): Promise<KeypostGroup[]> {
  return (await api.get<{ items: KeypostGroup[] }>('/testing/keypost/groups', { signal })).items;
}

/** Creates a group (a group of the same name takes the new interval and grace). */
export function createKeypostGroup(body: CreateKeypostGroupBody): Promise<KeypostGroup> {
  return api.post<KeypostGroup>('/testing/keypost/groups', body);
}

/** Registers residents by ID number as workers of a workplace; those registered there already are counted. */
export function registerWorkers(body: RegisterWorkersBody): Promise<RegisterWorkersResult> {
  return api.post<RegisterWorkersResult>('/testing/keypost/workers', body);
}

export function fetchOverduePage(
  query: OverdueFilters & PageParams,
  signal: AbortSignal,
): Promise<Page<OverdueWorker>> {
  return api.get<Page<OverdueWorker>>('/testing/keypost/overdue', { query, signal });
}

/** The overdue list as an .xlsx, for a plain download link (the session cookie goes along). */
export const overdueWorkbookUrl = ({ groupId, placeId }: OverdueFilters) =>
  apiUrl('/testing/keypost/overdue.xlsx', { groupId, placeId });
