import { api } from '../../../app/api/client';
import type { Page, PageParams } from '../../../app/hooks/usePagedQuery';
import type {
  CreateQuarantineBody,
  IntakeBody,
  IntakeReply,
  QuarantineDetail,
  QuarantineListItem,
  QuarantineListQuery,
  RoomSuggestion,
  TransferBody,
} from '../../../../../server/src/modules/quarantine/quarantines.schema.ts';

export type {
  HomeConditions,
  IntakeOutcome,
  IntakeReply,
  Plan,
  QuarantineDetail,
  QuarantineListItem,
  RoomSuggestion,
} from '../../../../../server/src/modules/quarantine/quarantines.schema.ts';
export type {
  HomeConditionKey,
  QuarantineMode,
  QuarantineStatus,
} from '../../../../../server/src/modules/quarantine/vocabulary.ts';
export {
  homeConditionKeys,
  quarantineModes,
  quarantineStatuses,
} from '../../../../../server/src/modules/quarantine/vocabulary.ts';
export { quarantineGroups } from '../../../../../server/src/modules/protocol/document.ts';
export type { QuarantineGroup } from '../../../../../server/src/modules/protocol/document.ts';

export type QuarantineFilters = Omit<QuarantineListQuery, 'page' | 'pageSize'>;
/** Whom to suggest rooms for: residents or contacts. */
export type SuggestionFor = { residentIds: number[] } | { contactIds: number[] };

export function fetchQuarantinesPage(
  query: QuarantineFilters & PageParams,
  signal: AbortSignal,
): Promise<Page<QuarantineListItem>> {
  return api.get<Page<QuarantineListItem>>('/quarantines', { query, signal });
}

/** A quarantine in full with its plan and stays (each read is audited). */
export function fetchQuarantine(id: number, signal: AbortSignal): Promise<QuarantineDetail> {
  return api.get<QuarantineDetail>(`/quarantines/${id}`, { signal });
}

/** Puts a person under quarantine; refusals name their reason (already in quarantine, room, conditions…). */
export function createQuarantine(body: CreateQuarantineBody): Promise<QuarantineDetail> {
  return api.post<QuarantineDetail>('/quarantines', body);
}

export function transferQuarantine(id: number, body: TransferBody): Promise<QuarantineDetail> {
  return api.post<QuarantineDetail>(`/quarantines/${id}/transfer`, body);
}

export async function fetchRoomSuggestions(siteId: number, who: SuggestionFor): Promise<RoomSuggestion[]> {
  const query =
    'residentIds' in who
      ? { siteId, residentIds: who.residentIds.join(',') }
      : { siteId, contactIds: who.contactIds.join(',') };
  return (await api.get<{ items: RoomSuggestion[] }>('/quarantines/room-suggestions', { query })).items;
}

/** Takes a list into a site: each person placed in a suggested room or refused with the reason. */
export function intake(body: IntakeBody): Promise<IntakeReply> {
  return api.post<IntakeReply>('/quarantines/intake', body);
}
