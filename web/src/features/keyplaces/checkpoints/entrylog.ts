import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import { newScanId } from '../../../app/offline/queue';
import type { EntryInput, EntryRefusal } from './api';

export type EntryStatus = 'pending' | 'synced' | 'refused';

/** An entry as the phone keeps it: written before the screen says so, then sent when the network allows. */
export interface LoggedEntry {
  entry: EntryInput;
  /** Order on this phone. */
  seq: number;
  status: EntryStatus;
  /** Why the server refused it (the first problem), or 'invalid_batch' for a batch it can never take. */
  reason?: EntryRefusal['reason'] | 'invalid_batch';
  field?: string;
  syncedAt?: string;
}

interface CheckpointDb extends DBSchema {
  entries: { key: string; value: LoggedEntry & { entryId: string }; indexes: { status: EntryStatus; seq: number } };
}

const DB_NAME = 'fangkong-checkpoint';
const KEEP_SENT_MS = 3 * 24 * 3600 * 1000;

let opened: Promise<IDBPDatabase<CheckpointDb>> | undefined;

function database(): Promise<IDBPDatabase<CheckpointDb>> {
  opened ??= openDB<CheckpointDb>(DB_NAME, 1, {
    upgrade(db) {
      const entries = db.createObjectStore('entries', { keyPath: 'entryId' });
      entries.createIndex('status', 'status');
      entries.createIndex('seq', 'seq', { unique: true });
    },
    terminated() {
      opened = undefined;
    },
  }).catch((error: unknown) => {
    opened = undefined;
    throw error;
  });
  return opened;
}

const listeners = new Set<() => void>();
const changed = () => listeners.forEach((listener) => listener());

export function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Writes one entry durably with a new entry id; only then may the screen say it was recorded. */
export async function logEntry(entry: Omit<EntryInput, 'entryId'>): Promise<LoggedEntry> {
  const db = await database();
  const tx = db.transaction('entries', 'readwrite', { durability: 'strict' });
  const last = await tx.store.index('seq').openCursor(null, 'prev');
  const entryId = newScanId();
  const logged = { entryId, entry: { ...entry, entryId }, seq: (last?.value.seq ?? 0) + 1, status: 'pending' as const };
  await tx.store.add(logged);
  await tx.done;
  changed();
  return logged;
}

export async function entryCounts(): Promise<Record<EntryStatus, number>> {
  const index = (await database()).transaction('entries').store.index('status');
  const [pending, synced, refused] = await Promise.all([
    index.count('pending'),
    index.count('synced'),
    index.count('refused'),
  ]);
  return { pending, synced, refused };
}

/** The latest entries on this phone, newest first. */
export async function recentEntries(limit = 10): Promise<LoggedEntry[]> {
  const found: LoggedEntry[] = [];
  let cursor = await (await database()).transaction('entries').store.index('seq').openCursor(null, 'prev');
  while (cursor && found.length < limit) {
    found.push(cursor.value);
    cursor = await cursor.continue();
  }
  return found;
}

export async function pendingEntries(limit: number): Promise<LoggedEntry[]> {
  const pending = await (await database()).getAllFromIndex('entries', 'status', 'pending');
  return pending.sort((a, b) => a.seq - b.seq).slice(0, limit);
}

/** Records what the server said of each entry sent: stored (now or before) or refused with its reason. */
export async function applyOutcomes(
  outcomes: { entryId: string; refusal?: Pick<LoggedEntry, 'reason' | 'field'> }[],
): Promise<void> {
  const tx = (await database()).transaction('entries', 'readwrite');
  const syncedAt = new Date().toISOString();
  for (const { entryId, refusal } of outcomes) {
    const logged = await tx.store.get(entryId);
    if (logged?.status !== 'pending') continue;
    await tx.store.put({ ...logged, ...refusal, status: refusal ? 'refused' : 'synced', syncedAt });
  }
  await tx.done;
  changed();
}

/** Drops sent and refused entries older than a few days; pending ones are kept however old. */
export async function pruneOld(now = Date.now()): Promise<void> {
  const tx = (await database()).transaction('entries', 'readwrite');
  let cursor = await tx.store.index('seq').openCursor();
  while (cursor) {
    const { status, syncedAt } = cursor.value;
    if (status !== 'pending' && syncedAt && now - Date.parse(syncedAt) > KEEP_SENT_MS) await cursor.delete();
    cursor = await cursor.continue();
  }
  await tx.done;
}
