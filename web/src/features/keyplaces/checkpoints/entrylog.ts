import type { DBSchema } from 'idb';
import { newScanId, OfflineQueue } from '../../../app/offline/queue';
import type { EntryInput, EntryRefusal } from './api';

export type EntryStatus = 'pending' | 'synced' | 'refused';

/** Why the server refused an entry (the first problem), or 'invalid_batch' for a batch it can never take. */
export type EntryReason = EntryRefusal['reason'] | 'invalid_batch';

/** An entry as the phone keeps it: written before the screen says so, then sent when the network allows. */
export interface LoggedEntry {
  /** The entry's own id, its key on the phone. */
  entryId: string;
  entry: EntryInput;
  /** Order on this phone. */
  seq: number;
  status: EntryStatus;
  reason?: EntryReason;
  field?: string;
  syncedAt?: string;
}

// The database, store and records are those the page kept before the shared queue, so entries a phone
// still holds pending are read and sent as they are.
interface CheckpointDb extends DBSchema {
  entries: { key: string; value: LoggedEntry; indexes: { status: EntryStatus; seq: number } };
}

const log = new OfflineQueue<CheckpointDb, LoggedEntry>({
  name: 'fangkong-checkpoint',
  store: 'entries',
  upgrade(db) {
    const entries = db.createObjectStore('entries', { keyPath: 'entryId' });
    entries.createIndex('status', 'status');
    entries.createIndex('seq', 'seq', { unique: true });
  },
  keepSettledMs: 3 * 24 * 3600 * 1000,
});

export const subscribe = log.subscribe;

/** Writes one entry durably with a new entry id; only then may the screen say it was recorded. */
export function logEntry(entry: Omit<EntryInput, 'entryId'>): Promise<LoggedEntry> {
  const entryId = newScanId();
  return log.append((seq) => ({ entryId, entry: { ...entry, entryId }, seq, status: 'pending' }));
}

export function entryCounts(): Promise<Record<EntryStatus, number>> {
  return log.countByStatus(['pending', 'synced', 'refused']);
}

/** The latest entries on this phone, newest first. */
export function recentEntries(limit = 10): Promise<LoggedEntry[]> {
  return log.latest(limit);
}

export async function pendingEntries(limit: number): Promise<LoggedEntry[]> {
  return (await log.withStatus('pending')).slice(0, limit);
}

type Refusal = { reason: EntryReason; field?: string };

/** Records what the server said of each entry sent: stored (now or before) or refused with its reason. */
export function applyOutcomes(outcomes: { entryId: string; refusal?: Refusal }[]): Promise<void> {
  return log.settle(
    outcomes.map(({ entryId, refusal }) => ({ scanId: entryId, refusal })),
    (logged, { refusal }, syncedAt) => ({ ...logged, ...refusal, status: refusal ? 'refused' : 'synced', syncedAt }),
  );
}

/** Marks entries refused for good (a batch the server can never take). */
export function refuseAll(entryIds: string[], reason: EntryReason): Promise<void> {
  return applyOutcomes(entryIds.map((entryId) => ({ entryId, refusal: { reason } })));
}

/** Drops sent and refused entries older than a few days; pending ones are kept however old. */
export async function pruneOld(now = Date.now()): Promise<void> {
  await log.prune(now);
}
