import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import { newScanId } from '../../testing/sampling/queue';
import type { ScanRefusal } from '../../../../../server/src/modules/passes/gate-rules.ts';
import type { GateScan } from './api';

/** The server's reasons, and the phone's own for a batch it can never send. */
export type LocalRefusal = ScanRefusal | 'invalid_batch';

export type ScanStatus = 'pending' | 'synced' | 'refused';

/** A gate scan as the phone keeps it: written before the screen says so, then sent when it can be. */
export interface LoggedScan extends GateScan {
  /** Order on this phone. */
  seq: number;
  /** The pass id, when a genuine pass was shown (for the phone's own double-exit check). */
  pid?: number;
  /** The holder's masked name, to list it. */
  name?: string;
  status: ScanStatus;
  reason?: LocalRefusal;
  syncedAt?: string;
}

interface GateDb extends DBSchema {
  scans: { key: string; value: LoggedScan; indexes: { status: ScanStatus; seq: number; pid: number } };
}

const DB_NAME = 'fangkong-gate';
const KEEP_SENT_MS = 3 * 24 * 3600 * 1000;

let opened: Promise<IDBPDatabase<GateDb>> | undefined;

function database(): Promise<IDBPDatabase<GateDb>> {
  opened ??= openDB<GateDb>(DB_NAME, 1, {
    upgrade(db) {
      const scans = db.createObjectStore('scans', { keyPath: 'scanId' });
      scans.createIndex('status', 'status');
      scans.createIndex('seq', 'seq', { unique: true });
      scans.createIndex('pid', 'pid');
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

/** Writes one scan durably; only then may the screen say it was recorded. */
export async function logScan(scan: Omit<LoggedScan, 'scanId' | 'seq' | 'status' | 'at'>): Promise<LoggedScan> {
  const db = await database();
  const tx = db.transaction('scans', 'readwrite', { durability: 'strict' });
  const last = await tx.store.index('seq').openCursor(null, 'prev');
  const entry: LoggedScan = {
    ...scan,
    scanId: newScanId(),
    seq: (last?.value.seq ?? 0) + 1,
    at: new Date().toISOString(),
    status: 'pending',
  };
  await tx.store.add(entry);
  await tx.done;
  changed();
  return entry;
}

/** The latest ordinary scan of a pass on this phone (an emergency moves no outing), not refused by the server. */
export async function lastScanOf(pid: number): Promise<LoggedScan | undefined> {
  const scans = await (await database()).getAllFromIndex('scans', 'pid', pid);
  return scans.filter((s) => s.status !== 'refused' && !s.emergency).sort((a, b) => b.seq - a.seq)[0];
}

export async function scanCounts(): Promise<Record<ScanStatus, number>> {
  const index = (await database()).transaction('scans').store.index('status');
  const [pending, synced, refused] = await Promise.all([
    index.count('pending'),
    index.count('synced'),
    index.count('refused'),
  ]);
  return { pending, synced, refused };
}

export async function recentScans(limit = 20): Promise<LoggedScan[]> {
  const db = await database();
  const found: LoggedScan[] = [];
  let cursor = await db.transaction('scans').store.index('seq').openCursor(null, 'prev');
  while (cursor && found.length < limit) {
    found.push(cursor.value);
    cursor = await cursor.continue();
  }
  return found;
}

export async function pendingScans(limit: number): Promise<LoggedScan[]> {
  const pending = await (await database()).getAllFromIndex('scans', 'status', 'pending');
  return pending.sort((a, b) => a.seq - b.seq).slice(0, limit);
}

/** Records what the server said of each scan sent (a duplicate it had refused stays refused). */
export async function applyOutcomes(outcomes: { scanId: string; reason?: LocalRefusal }[]): Promise<void> {
  const tx = (await database()).transaction('scans', 'readwrite');
  const syncedAt = new Date().toISOString();
  for (const outcome of outcomes) {
    const scan = await tx.store.get(outcome.scanId);
    if (scan?.status !== 'pending') continue;
    const status: ScanStatus = outcome.reason ? 'refused' : 'synced';
    await tx.store.put({ ...scan, status, syncedAt, ...(outcome.reason ? { reason: outcome.reason } : {}) });
  }
  await tx.done;
  changed();
}

/** Marks scans refused for good (a batch the server can never take). */
export async function refuseAll(scanIds: string[], reason: LocalRefusal): Promise<void> {
  await applyOutcomes(scanIds.map((scanId) => ({ scanId, reason })));
}

/** Drops sent and refused scans older than a few days; pending ones are kept however old. */
export async function pruneOld(now = Date.now()): Promise<void> {
  const tx = (await database()).transaction('scans', 'readwrite');
  let cursor = await tx.store.index('seq').openCursor();
  while (cursor) {
    const { status, syncedAt } = cursor.value;
    if (status !== 'pending' && syncedAt && now - Date.parse(syncedAt) > KEEP_SENT_MS) await cursor.delete();
    cursor = await cursor.continue();
  }
  await tx.done;
}
