import type { DBSchema } from 'idb';
import { newScanId, OfflineQueue } from '../../../app/offline/queue';
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

const queue = new OfflineQueue<SamplingDb, QueuedEvent>({
  name: 'fangkong-sampling',
  store: 'events',
  upgrade(db) {
    const events = db.createObjectStore('events', { keyPath: 'scanId' });
    events.createIndex('status', 'status');
    events.createIndex('seq', 'seq', { unique: true });
    events.createIndex('tube', 'tube');
    events.createIndex('warning', 'warning');
    events.createIndex('person', 'person');
  },
  /** Synced events are kept this long for the counts and the lists, then dropped; pending ones never are. */
  keepSettledMs: 3 * 24 * 3600 * 1000,
  // Listeners re-read what they show after any write, in this tab or another one.
  acrossTabs: true,
});

const database = queue.database;

export const subscribe = queue.subscribe;

/**
 * Writes one scan to the phone's database and resolves once it is durably there: only then may the
 * screen say it was recorded. Rejects (nothing recorded) if the database cannot be written.
 */
export function record(
  table: TableKey,
  scan: { kind: ScanEvent['kind']; tube: string; person?: string; pooling?: PoolingMode },
): Promise<QueuedEvent> {
  return queue.append((seq) => ({
    ...table,
    scanId: newScanId(),
    seq,
    kind: scan.kind,
    tube: scan.tube,
    ...(scan.person === undefined ? {} : { person: scan.person }),
    ...(scan.pooling === undefined ? {} : { pooling: scan.pooling }),
    at: new Date().toISOString(),
    status: 'pending',
  }));
}

export type QueueCounts = Record<EventStatus, number>;

export function counts(): Promise<QueueCounts> {
  return queue.countByStatus(['pending', 'synced', 'rejected']);
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
  const pending = await queue.withStatus('pending');
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
export function applyOutcomes(outcomes: ScanOutcome[]): Promise<void> {
  return queue.settle(outcomes, (event, outcome, syncedAt) => {
    const next: QueuedEvent = { ...event, syncedAt, status: outcome.status === 'rejected' ? 'rejected' : 'synced' };
    if (outcome.status === 'duplicate') next.duplicate = true;
    if (outcome.reason) next.reason = outcome.reason;
    if (outcome.warning) next.warning = outcome.warning;
    return next;
  });
}

/** Marks a whole batch as refused, for an answer that sending it again can never change. */
export function rejectAll(scanIds: string[], reason: RejectReason): Promise<void> {
  return queue.settle(
    scanIds.map((scanId) => ({ scanId })),
    (event, _outcome, syncedAt) => ({ ...event, status: 'rejected', reason, syncedAt }),
  );
}

/** Drops synced and refused events older than a few days; pending ones are kept however old. */
export async function pruneOld(now = Date.now()): Promise<void> {
  await queue.prune(now);
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
