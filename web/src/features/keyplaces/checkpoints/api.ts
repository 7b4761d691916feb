import { api, apiUrl } from '../../../app/api/client';
import type { Page, PageParams } from '../../../app/hooks/usePagedQuery';
import type {
  CheckpointPlace,
  CountsQuery,
  CountsReply,
  Entry,
  EntryBatchReply,
  EntryFilter,
  EntryInput,
} from '../../../../../server/src/modules/checkpoints/checkpoints.schema.ts';

export type { CheckpointPlace, CountsReply, Entry, EntryBatchReply, EntryFilter, EntryInput };
export type { DayCount, EntryRefusal } from '../../../../../server/src/modules/checkpoints/checkpoints.schema.ts';
export type {
  CheckpointAction,
  HealthCode,
  TestProof,
  VehicleKind,
} from '../../../../../server/src/modules/checkpoints/vocabulary.ts';
export {
  checkpointActions,
  directions,
  healthCodes,
  parsePlate,
  platedKinds,
  testProofs,
  vehicleKinds,
} from '../../../../../server/src/modules/checkpoints/vocabulary.ts';

/** The checkpoints the user reads or records at. */
export function fetchCheckpoints(signal?: AbortSignal): Promise<CheckpointPlace[]> {
  return api.get<CheckpointPlace[]>('/checkpoints', signal ? { signal } : {});
}

/** Sends a batch of entries from the phone; refused ones come back with row, field and reason. */
export function postEntries(entries: EntryInput[]): Promise<EntryBatchReply> {
  return api.post<EntryBatchReply>('/checkpoints/entries', { entries });
}

export function fetchEntriesPage(query: EntryFilter & PageParams, signal: AbortSignal): Promise<Page<Entry>> {
  return api.get<Page<Entry>>('/checkpoints/entries', { query, signal });
}

/** One entry with its people in full; the server audits every such read. */
export function fetchEntry(id: number, signal: AbortSignal): Promise<Entry> {
  return api.get<Entry>(`/checkpoints/entries/${id}`, { signal });
}

export function fetchCounts(query: CountsQuery, signal: AbortSignal): Promise<CountsReply> {
  return api.get<CountsReply>('/checkpoints/counts', { query, signal });
}

export const entriesWorkbookUrl = (filter: EntryFilter) => apiUrl('/checkpoints/entries.xlsx', filter);
