import type { Static } from '@sinclair/typebox';
import { api, apiUrl } from '../../app/api/client';
import type { Page, PageParams } from '../../app/hooks/usePagedQuery';
import type {
  CaseDetail,
  CaseFromPositiveBody,
  CaseListItem,
  CaseListQuery,
  ClassifyBody,
  CreateCaseBody,
  Golden24Item as Golden24ItemSchema,
  MilestoneBody,
  Positive,
  RulesReply as RulesReplySchema,
  UpdateCaseBody,
} from '../../../../server/src/modules/tracing/cases.schema.ts';
import type {
  Contact,
  ContactDetail,
  ContactListQuery,
  ContactStatusBody,
  CreateContactBody,
} from '../../../../server/src/modules/tracing/contacts.schema.ts';
import type {
  Attachment as AttachmentSchema,
  TrajectoryBody,
  TrajectoryEntry,
} from '../../../../server/src/modules/tracing/investigation.schema.ts';
import type { TracingRules } from '../../../../server/src/modules/tracing/rules.ts';
import type {
  ConfirmSuggestionBody,
  DiscoveryResult as DiscoveryResultSchema,
  Suggestion as SuggestionSchema,
} from '../../../../server/src/modules/tracing/suggestions.schema.ts';

export type { CaseDetail, CaseListItem, Positive, Timer } from '../../../../server/src/modules/tracing/cases.schema.ts';
export type { Contact, ContactDetail, TrajectoryEntry, TracingRules };
export type {
  Classification,
  ContactKind,
  ContactSource,
  ContactStatus,
  FoundVia,
  Milestone,
  SuggestionVia,
} from '../../../../server/src/modules/tracing/vocabulary.ts';
export {
  classifications,
  contactKinds,
  contactStatuses,
  foundVias,
  milestones,
  suggestionVias,
} from '../../../../server/src/modules/tracing/vocabulary.ts';

export type CaseFilters = Omit<CaseListQuery, 'page' | 'pageSize'>;
export type ContactFilters = Omit<ContactListQuery, 'page' | 'pageSize'>;
export type Golden24Item = Static<typeof Golden24ItemSchema>;
export type RulesReply = Static<typeof RulesReplySchema>;
export type Attachment = Static<typeof AttachmentSchema>;
export type Suggestion = Static<typeof SuggestionSchema>;
export type DiscoveryResult = Static<typeof DiscoveryResultSchema>;
type ClassificationChange = Static<typeof ClassifyBody>;
type MilestoneRecord = Static<typeof MilestoneBody>;

// Cases: opening, the list, the record and its changes.

export function fetchCasesPage(query: CaseFilters & PageParams, signal: AbortSignal): Promise<Page<CaseListItem>> {
  return api.get<Page<CaseListItem>>('/tracing/cases', { query, signal });
}

/** A case in full (each read is audited); identifiers in full for those who may read them so. */
export function fetchCase(caseId: number, signal: AbortSignal): Promise<CaseDetail> {
  return api.get<CaseDetail>(`/tracing/cases/${caseId}`, { signal });
}

/** Opens a case by hand; a person missing from the registry needs a region (PERSON_REGION_REQUIRED). */
export function createCase(body: CreateCaseBody): Promise<CaseDetail> {
  return api.post<CaseDetail>('/tracing/cases', body);
}

export function caseFromPositive(body: CaseFromPositiveBody): Promise<CaseDetail> {
  return api.post<CaseDetail>('/tracing/cases/from-positive', body);
}

export function updateCase(caseId: number, change: UpdateCaseBody): Promise<CaseDetail> {
  return api.patch<CaseDetail>(`/tracing/cases/${caseId}`, change);
}

export function classifyCase(caseId: number, change: ClassificationChange): Promise<CaseDetail> {
  return api.post<CaseDetail>(`/tracing/cases/${caseId}/classification`, change);
}

/** Records a milestone once (now, or the time given); a recorded one is refused. */
export function recordMilestone(caseId: number, record: MilestoneRecord): Promise<CaseDetail> {
  return api.post<CaseDetail>(`/tracing/cases/${caseId}/milestones`, record);
}

export async function fetchPositives(days: number, signal: AbortSignal): Promise<Positive[]> {
  return (await api.get<{ items: Positive[] }>('/tracing/positives', { query: { days }, signal })).items;
}

export type Golden24Filters = { days: number; breachingOnly: boolean };

export async function fetchGolden24(query: Golden24Filters, signal: AbortSignal): Promise<Golden24Item[]> {
  return (await api.get<{ items: Golden24Item[] }>('/tracing/golden24', { query, signal })).items;
}

export function fetchRules(signal: AbortSignal): Promise<RulesReply> {
  return api.get<RulesReply>('/tracing/rules', { signal });
}

/** Saves the rules as a new version of the active protocol; cases opened before keep theirs. */
export function reviseRules(rules: TracingRules): Promise<RulesReply> {
  return api.put<RulesReply>('/tracing/rules', rules);
}

// The investigation: trajectory and files.

export async function fetchTrajectory(caseId: number, signal: AbortSignal): Promise<TrajectoryEntry[]> {
  return (await api.get<{ items: TrajectoryEntry[] }>(`/tracing/cases/${caseId}/trajectory`, { signal })).items;
}

/** Adds a stay; an inverted, future or overlapping interval is refused with the reason (TRAJECTORY_INVALID). */
export function addTrajectoryEntry(caseId: number, body: TrajectoryBody): Promise<TrajectoryEntry> {
  return api.post<TrajectoryEntry>(`/tracing/cases/${caseId}/trajectory`, body);
}

export function removeTrajectoryEntry(caseId: number, entryId: number): Promise<void> {
  return api.delete(`/tracing/cases/${caseId}/trajectory/${entryId}`);
}

export async function fetchAttachments(caseId: number, signal: AbortSignal): Promise<Attachment[]> {
  return (await api.get<{ items: Attachment[] }>(`/tracing/cases/${caseId}/attachments`, { signal })).items;
}

export function uploadAttachment(caseId: number, file: File): Promise<Attachment> {
  const form = new FormData();
  form.append('file', file, file.name);
  return api.post<Attachment>(`/tracing/cases/${caseId}/attachments`, form);
}

/** For a plain download link (the session cookie goes along; each download is audited). */
export const attachmentUrl = (caseId: number, attachmentId: number) =>
  apiUrl(`/tracing/cases/${caseId}/attachments/${attachmentId}`);

// Contacts and the suggestions they are confirmed from.

export function fetchContactsPage(query: ContactFilters & PageParams, signal: AbortSignal): Promise<Page<Contact>> {
  return api.get<Page<Contact>>('/tracing/contacts', { query, signal });
}

export function fetchContact(contactId: number, signal: AbortSignal): Promise<ContactDetail> {
  return api.get<ContactDetail>(`/tracing/contacts/${contactId}`, { signal });
}

/** Adds a contact of a case or of a contact; the same person and source twice is refused (CONTACT_DUPLICATE). */
export function addContact(body: CreateContactBody): Promise<ContactDetail> {
  return api.post<ContactDetail>('/tracing/contacts', body);
}

/** Moves the control status forward with its basis; never back. */
export function changeContactStatus(contactId: number, change: ContactStatusBody): Promise<ContactDetail> {
  return api.post<ContactDetail>(`/tracing/contacts/${contactId}/status`, change);
}

/** Looks for the case's contacts in every source of evidence, storing what it finds as suggestions. */
export function discoverContacts(caseId: number): Promise<DiscoveryResult> {
  return api.post<DiscoveryResult>(`/tracing/cases/${caseId}/discover`);
}

export async function fetchSuggestions(caseId: number, signal: AbortSignal): Promise<Suggestion[]> {
  return (await api.get<{ items: Suggestion[] }>(`/tracing/cases/${caseId}/suggestions`, { signal })).items;
}

export function confirmSuggestion(id: number, body: ConfirmSuggestionBody): Promise<{ contactId: number }> {
  return api.post<{ contactId: number }>(`/tracing/suggestions/${id}/confirm`, body);
}

export function dismissSuggestion(id: number, reason: string): Promise<void> {
  return api.post(`/tracing/suggestions/${id}/dismiss`, { reason });
}
