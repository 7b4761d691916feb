import type { DBSchema } from 'idb';
import { newScanId, OfflineQueue } from '../../../app/offline/queue';
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

const log = new OfflineQueue<GateDb, LoggedScan>({
  name: 'fangkong-gate',
  store: 'scans',
  upgrade(db) {
    const scans = db.createObjectStore('scans', { keyPath: 'scanId' });
    scans.createIndex('status', 'status');
    scans.createIndex('seq', 'seq', { unique: true });
    scans.createIndex('pid', 'pid');
  },
  keepSettledMs: 3 * 24 * 3600 * 1000,
});

export const subscribe = log.subscribe;

/** Writes one scan durably; only then may the screen say it was recorded. */
export function logScan(scan: Omit<LoggedScan, 'scanId' | 'seq' | 'status' | 'at'>): Promise<LoggedScan> {
  return log.append((seq) => ({
    ...scan,
    scanId: newScanId(),
    seq,
    at: new Date().toISOString(),
    status: 'pending',
  }));
}

/** The latest ordinary scan of a pass on this phone (an emergency moves no outing), not refused by the server. */
export async function lastScanOf(pid: number): Promise<LoggedScan | undefined> {
  const scans = await (await log.database()).getAllFromIndex('scans', 'pid', pid);
  return scans.filter((s) => s.status !== 'refused' && !s.emergency).sort((a, b) => b.seq - a.seq)[0];
}

export function scanCounts(): Promise<Record<ScanStatus, number>> {
  return log.countByStatus(['pending', 'synced', 'refused']);
}

export function recentScans(limit = 20): Promise<LoggedScan[]> {
  return log.latest(limit);
}

export async function pendingScans(limit: number): Promise<LoggedScan[]> {
  return (await log.withStatus('pending')).slice(0, limit);
}

/** Records what the server said of each scan sent (a duplicate it had refused stays refused). */
export function applyOutcomes(outcomes: { scanId: string; reason?: LocalRefusal }[]): Promise<void> {
  return log.settle(outcomes, (scan, outcome, syncedAt) => ({
    ...scan,
    status: outcome.reason ? 'refused' : 'synced',
    syncedAt,
    ...(outcome.reason ? { reason: outcome.reason } : {}),
  }));
}

/** Marks scans refused for good (a batch the server can never take). */
export async function refuseAll(scanIds: string[], reason: LocalRefusal): Promise<void> {
  await applyOutcomes(scanIds.map((scanId) => ({ scanId, reason })));
}

/** Drops sent and refused scans older than a few days; pending ones are kept however old. */
export async function pruneOld(now = Date.now()): Promise<void> {
  await log.prune(now);
}
