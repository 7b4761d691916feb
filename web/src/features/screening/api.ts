import { api, apiUrl } from '../../app/api/client';
import type { Page, PageParams } from '../../app/hooks/usePagedQuery';
import type {
  CreateListBody,
  ImportReply,
  KeyPerson,
  KeyPersonFilter,
  OutcomeBody,
  ScreeningList,
  SelfReportBody,
} from '../../../../server/src/modules/screening/screening.schema.ts';

export type {
  CreateListBody as NewList,
  ImportReply,
  KeyPerson,
  KeyPersonFilter,
  OutcomeBody as Outcome,
  PersonEntry,
  RowRejection,
  ScreeningList,
} from '../../../../server/src/modules/screening/screening.schema.ts';
export type { KeyPersonStatus, PersonField } from '../../../../server/src/modules/screening/vocabulary.ts';
export {
  importSources,
  keyPersonStatuses,
  outcomeStatuses,
  personFields,
  personLimits,
  rowRejections,
} from '../../../../server/src/modules/screening/vocabulary.ts';

type KeyPersonReply = { keyPerson: KeyPerson };

/** Lists concerning the jurisdiction, newest first, with their persons counted per status. */
export function fetchListsPage(query: PageParams, signal: AbortSignal): Promise<Page<ScreeningList>> {
  return api.get<Page<ScreeningList>>('/screening/lists', { query, signal });
}

// Enough of the newest lists to narrow the persons by; older ones are reached from the lists tab.
const LIST_CHOICES = 100;

export async function fetchRecentLists(signal: AbortSignal): Promise<ScreeningList[]> {
  return (await fetchListsPage({ page: 1, pageSize: LIST_CHOICES }, signal)).items;
}

/** A new list with its persons: each matched to the registry and dispatched, or left to wait for a grid. */
export function createList(body: CreateListBody): Promise<ImportReply> {
  return api.post<ImportReply>('/screening/lists', body);
}

/** Adds the persons of a list file (.xlsx or .csv) to a list; persons already on it are counted, not added. */
export function importListFile(listId: number, file: File): Promise<ImportReply> {
  const form = new FormData();
  form.append('file', file, file.name);
  return api.post<ImportReply>(`/screening/lists/${listId}/import`, form);
}

export function fetchKeyPersonsPage(
  query: KeyPersonFilter & PageParams,
  signal: AbortSignal,
): Promise<Page<KeyPerson>> {
  return api.get<Page<KeyPerson>>('/screening/key-persons', { query, signal });
}

/** The filtered key persons as an .xlsx (masked), for a plain download link (the session cookie goes along). */
export const keyPersonsWorkbookUrl = (filter: KeyPersonFilter) => apiUrl('/screening/key-persons.xlsx', filter);

/** What the grid worker found; only a pending person takes an outcome. */
export async function recordOutcome(id: number, body: OutcomeBody): Promise<KeyPerson> {
  return (await api.post<KeyPersonReply>(`/screening/key-persons/${id}/outcome`, body)).keyPerson;
}

/** One person with ID number and phone in full for those who may read them so (the read is audited). */
export async function fetchKeyPersonInFull(id: number): Promise<KeyPerson> {
  return (await api.get<KeyPersonReply>(`/screening/key-persons/${id}`)).keyPerson;
}

/** Gives a person the registry could not place a grid, so its grid worker gets them. */
export async function assignGrid(id: number, gridId: number): Promise<KeyPerson> {
  return (await api.post<KeyPersonReply>(`/screening/key-persons/${id}/assign`, { gridId })).keyPerson;
}

/** A resident's own report from the public page; the same person again the same day gets the same receipt. */
export async function submitSelfReport(body: SelfReportBody): Promise<string> {
  return (await api.post<{ reference: string }>('/public/self-reports', body)).reference;
}

/** The public page residents report on, to share as a link or a printed QR code. */
export const SELF_REPORT_PATH = '/report';
