import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import type { PoolingMode, SampleRejection, ScanEvent, ScanOutcome } from './api';

/** One sampling table of one round: where the events were scanned. */
export type TableKey = { campaignId: number; placeId: number; tableNo: number };

export type EventStatus = 'pending' | 'synced' | 'rejected';

/** The server's reasons for one scan, and the phone's own when a whole batch can never be stored. */
export type RejectReason = SampleRejection | 'round_not_visible' | 'not_a_table_of_round' | 'invalid_batch';

/** A scan as the phone keeps it: written here before the screen moves on, then sent when it can be. */
export interface QueuedEvent extends TableKey, ScanEvent {
  /** Order of scanning on this phone; the server applies a table's events in this order. */
  seq: number;
  /** How the sampler said the tube is filled (kept on the phone only, to carry on the tube after a reload). */
  pooling?: PoolingMode;
  status: EventStatus;
  /** The server had it already (sent twice): stored all the same. */
  duplicate?: boolean;
  reason?: RejectReason;
  warning?: 'already_sampled';
  syncedAt?: string;
}

interface SamplingDb extends DBSchema {
  events: {
    key: string;
    value: QueuedEvent;
    // 'warning' and 'person' only hold the events that have one (IndexedDB skips a missing key path).
    indexes: { status: EventStatus; seq: number; tube: string; warning: string; person: string };
  };
}

const DB_NAME = 'fangkong-sampling';
/** Synced events are kept this long for the counts and the lists, then dropped; pending ones never are. */
const KEEP_SYNCED_MS = 3 * 24 * 3600 * 1000;

let opened: Promise<IDBPDatabase<SamplingDb>> | undefined;

function database(): Promise<IDBPDatabase<SamplingDb>> {
  opened ??= openDB<SamplingDb>(DB_NAME, 1, {
    upgrade(db) {
      const events = db.createObjectStore('events', { keyPath: 'scanId' });
      events.createIndex('status', 'status');
      events.createIndex('seq', 'seq', { unique: true });
      events.createIndex('tube', 'tube');
      events.createIndex('warning', 'warning');
      events.createIndex('person', 'person');
    },
    // Another tab upgrading the database: let go, the next call opens it again.
    blocking(_current, _next, event) {
      (event.target as IDBDatabase | null)?.close();
      opened = undefined;
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

// Listeners re-read what they show after any write, in this tab or another one.
const listeners = new Set<() => void>();
const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(DB_NAME);
if (channel) channel.onmessage = () => listeners.forEach((listener) => listener());

function changed(): void {
  listeners.forEach((listener) => listener());
  channel?.postMessage('changed');
}

export function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** A version 4 UUID; crypto.randomUUID exists only on https, which a table's phone may not have. */
export function newScanId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * Writes one scan to the phone's database and resolves once it is durably there: only then may the
 * screen say it was recorded. Rejects (nothing recorded) if the database cannot be written.
 */
export async function record(
  table: TableKey,
  scan: { kind: ScanEvent['kind']; tube: string; person?: string; pooling?: PoolingMode },
): Promise<QueuedEvent> {
  const db = await database();
  const tx = db.transaction('events', 'readwrite', { durability: 'strict' });
  const last = await tx.store.index('seq').openCursor(null, 'prev');
  const event: QueuedEvent = {
    ...table,
    scanId: newScanId(),
    seq: (last?.value.seq ?? 0) + 1,
    kind: scan.kind,
    tube: scan.tube,
    ...(scan.person === undefined ? {} : { person: scan.person }),
    ...(scan.pooling === undefined ? {} : { pooling: scan.pooling }),
    at: new Date().toISOString(),
    status: 'pending',
  };
  await tx.store.add(event);
  await tx.done;
  changed();
  return event;
}

export type QueueCounts = Record<EventStatus, number>;

export async function counts(): Promise<QueueCounts> {
  const db = await database();
  const tx = db.transaction('events');
  const index = tx.store.index('status');
  const [pending, synced, rejected] = await Promise.all([
    index.count('pending'),
    index.count('synced'),
    index.count('rejected'),
  ]);
  return { pending, synced, rejected };
}

const sameTable = (a: TableKey, b: TableKey) =>
  a.campaignId === b.campaignId && a.placeId === b.placeId && a.tableNo === b.tableNo;

/** Every event of one tube at one table, in scanning order. */
export async function tubeEvents(table: TableKey, tube: string): Promise<QueuedEvent[]> {
  const events = await (await database()).getAllFromIndex('events', 'tube', tube);
  return events.filter((e) => sameTable(e, table)).sort((a, b) => a.seq - b.seq);
}

/** The latest event scanned at this table, if any: an open tube is resumed from it after a reload. */
export async function lastEventAt(table: TableKey): Promise<QueuedEvent | undefined> {
  const db = await database();
  let cursor = await db.transaction('events').store.index('seq').openCursor(null, 'prev');
  // Usually the very last event; a phone moved between tables looks back a little further.
  for (let looked = 0; cursor && looked < 2000; looked += 1) {
    if (sameTable(cursor.value, table)) return cursor.value;
    cursor = await cursor.continue();
  }
  return undefined;
}

/** Sample events naming this person in this round (on this phone), not refused by the server. */
export async function samplesOfPerson(campaignId: number, person: string): Promise<QueuedEvent[]> {
  const events = await (await database()).getAllFromIndex('events', 'person', person);
  return events.filter((e) => e.campaignId === campaignId && e.kind === 'sample' && e.status !== 'rejected');
}

/** Scans the server refused, and stored ones it warned about, newest first. */
export async function problems(limit = 100): Promise<QueuedEvent[]> {
  const db = await database();
  const [rejected, warned] = await Promise.all([
    db.getAllFromIndex('events', 'status', 'rejected'),
    db.getAllFromIndex('events', 'warning'),
  ]);
  return [...rejected, ...warned].sort((a, b) => b.seq - a.seq).slice(0, limit);
}

/** A tube this phone sealed: `synced` once its seal (and so every scan into it) reached the server. */
export type SealedTube = { tube: string; tableNo: number; sealedAt: string; synced: boolean };

/**
 * The tubes this phone sealed at a sampling point in a round (a refused seal left out), newest first:
 * the server takes a tube into a box only once it knows the tube is sealed.
 */
export async function sealedTubes(campaignId: number, placeId: number): Promise<SealedTube[]> {
  const events = (await (await database()).getAll('events')).filter(
    (e) => e.campaignId === campaignId && e.placeId === placeId,
  );
  const waiting = new Set(events.filter((e) => e.status === 'pending').map((e) => `${e.tableNo}/${e.tube}`));
  return events
    .filter((e) => e.kind === 'seal' && e.status !== 'rejected')
    .sort((a, b) => b.seq - a.seq)
    .map((e) => ({
      tube: e.tube,
      tableNo: e.tableNo,
      sealedAt: e.at,
      synced: e.status === 'synced' && !waiting.has(`${e.tableNo}/${e.tube}`),
    }));
}

/** A batch for POST /testing/scans: events of one table in scanning order. */
export type Batch = { table: TableKey; events: QueuedEvent[] };

/**
 * Pending events cut into batches of at most `size`, per table, in scanning order (a tube's seal always
 * comes after its samples, in the same batch or a later one).
 */
export async function pendingBatches(size: number): Promise<Batch[]> {
  const pending = await (await database()).getAllFromIndex('events', 'status', 'pending');
  pending.sort((a, b) => a.seq - b.seq);
  const byTable = new Map<string, Batch[]>();
  for (const event of pending) {
    const key = `${event.campaignId}/${event.placeId}/${event.tableNo}`;
    const batches = byTable.get(key) ?? [];
    const current = batches.at(-1);
    if (current && current.events.length < size) current.events.push(event);
    else batches.push({ table: event, events: [event] });
    byTable.set(key, batches);
  }
  return [...byTable.values()].flat();
}

/** Records what the server said about each scan of a batch. */
export async function applyOutcomes(outcomes: ScanOutcome[]): Promise<void> {
  const db = await database();
  const tx = db.transaction('events', 'readwrite');
  const syncedAt = new Date().toISOString();
  for (const outcome of outcomes) {
    const event = await tx.store.get(outcome.scanId);
    if (!event || event.status !== 'pending') continue;
    const next: QueuedEvent = { ...event, syncedAt, status: outcome.status === 'rejected' ? 'rejected' : 'synced' };
    if (outcome.status === 'duplicate') next.duplicate = true;
    if (outcome.reason) next.reason = outcome.reason;
    if (outcome.warning) next.warning = outcome.warning;
    await tx.store.put(next);
  }
  await tx.done;
  changed();
}

/** Marks a whole batch as refused, for an answer that sending it again can never change. */
export async function rejectAll(scanIds: string[], reason: RejectReason): Promise<void> {
  const db = await database();
  const tx = db.transaction('events', 'readwrite');
  const syncedAt = new Date().toISOString();
  for (const scanId of scanIds) {
    const event = await tx.store.get(scanId);
    if (event?.status === 'pending') await tx.store.put({ ...event, status: 'rejected', reason, syncedAt });
  }
  await tx.done;
  changed();
}

/** Drops synced and refused events older than a few days; pending ones are kept however old. */
export async function pruneOld(now = Date.now()): Promise<void> {
  const db = await database();
  const tx = db.transaction('events', 'readwrite');
  let cursor = await tx.store.index('seq').openCursor();
  let dropped = 0;
  while (cursor) {
    const { status, syncedAt } = cursor.value;
    if (status !== 'pending' && syncedAt && now - Date.parse(syncedAt) > KEEP_SYNCED_MS) {
      await cursor.delete();
      dropped += 1;
    }
    cursor = await cursor.continue();
  }
  await tx.done;
  if (dropped > 0) changed();
}

/** A tube being filled at a table. */
export type OpenTube = { tube: string; pooling: PoolingMode };

/** The tube left open at this table (its last scan a sample, not yet closed), to carry on after a reload. */
export async function openTubeAt(table: TableKey): Promise<OpenTube | null> {
  const last = await lastEventAt(table);
  if (last?.kind !== 'sample') return null;
  const events = await tubeEvents(table, last.tube);
  if (events.some((e) => e.kind === 'seal' && e.status !== 'rejected')) return null;
  return { tube: last.tube, pooling: last.pooling ?? 'pooled' };
}
