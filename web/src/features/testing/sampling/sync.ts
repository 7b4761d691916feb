import { ApiError } from '../../../app/api/client';
import { type ScanBatchBody, type ScanBatchResult, postScans } from './api';
import { applyOutcomes, pendingBatches, rejectAll } from './queue';

/** Why the last attempt to send did not get through. */
export type SyncProblem = 'offline' | 'network' | 'server' | 'busy' | 'forbidden' | 'signedOut' | 'storage';

export interface SyncState {
  online: boolean;
  syncing: boolean;
  /** When the server last took a batch (or there was nothing to send). */
  lastSyncAt: number | null;
  problem: SyncProblem | null;
  /** When the next attempt is due after a failure. */
  retryAt: number | null;
}

/** The server takes up to 1,000 scans at once; smaller batches keep each request short on a weak network. */
export const BATCH_SIZE = 500;
export const SYNC_INTERVAL_MS = 15_000;
const MAX_BACKOFF_MS = 60_000;

/**
 * Sends the phone's pending scans to the server, batch by batch, and records each scan's outcome.
 * Runs after each scan, every 15 s and when the network comes back; after a failure it waits longer
 * each time (up to a minute) unless a new scan or the network coming back asks again. A 401 stops it
 * until the sampler has signed in again.
 */
export class SyncLoop {
  private state: SyncState = {
    online: typeof navigator === 'undefined' ? true : navigator.onLine,
    syncing: false,
    lastSyncAt: null,
    problem: null,
    retryAt: null,
  };
  private readonly listeners = new Set<() => void>();
  private running = false;
  private again = false;
  private failures = 0;
  private started = false;
  private interval: ReturnType<typeof setInterval> | undefined;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly send: (body: ScanBatchBody) => Promise<ScanBatchResult> = postScans) {}

  private readonly onOnline = () => {
    this.set({ online: true });
    this.kick(true);
  };
  private readonly onOffline = () => this.set({ online: false, problem: 'offline' });

  start(): void {
    if (this.started) return;
    this.started = true;
    window.addEventListener('online', this.onOnline);
    window.addEventListener('offline', this.onOffline);
    this.interval = setInterval(() => this.kick(false), SYNC_INTERVAL_MS);
    this.kick(true);
  }

  stop(): void {
    this.started = false;
    window.removeEventListener('online', this.onOnline);
    window.removeEventListener('offline', this.onOffline);
    clearInterval(this.interval);
    clearTimeout(this.retryTimer);
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getState = (): SyncState => this.state;

  /** Sends now; `force` skips the wait after a failure (a new scan, the network back, a tap). */
  kick(force: boolean): void {
    if (!this.started || this.state.problem === 'signedOut') return;
    if (!force && this.state.retryAt !== null && Date.now() < this.state.retryAt) return;
    if (this.running) {
      this.again = true;
      return;
    }
    void this.run();
  }

  /** After signing in again: start sending at once. */
  resume(): void {
    this.failures = 0;
    this.set({ problem: null, retryAt: null });
    this.kick(true);
  }

  private set(change: Partial<SyncState>): void {
    this.state = { ...this.state, ...change };
    this.listeners.forEach((listener) => listener());
  }

  private async run(): Promise<void> {
    this.running = true;
    clearTimeout(this.retryTimer);
    this.set({ syncing: true });
    try {
      do {
        this.again = false;
        // One tab at a time sends (two tabs would send the same batches: harmless, but wasteful).
        const ok =
          'locks' in navigator
            ? await navigator.locks.request('fangkong-sampling-sync', () => this.pass())
            : await this.pass();
        if (!ok) break;
      } while (this.again && this.started);
    } catch {
      // The phone's own database failed (full, or closed under us): nothing was lost, try again later.
      this.retryLater('storage');
    } finally {
      this.running = false;
      this.set({ syncing: false });
    }
  }

  /** One pass over everything pending; false when it stopped on a failure. */
  private async pass(): Promise<boolean> {
    const online = navigator.onLine;
    if (!online) {
      this.set({ online, problem: 'offline' });
      return false;
    }
    const batches = await pendingBatches(BATCH_SIZE);
    for (const { table, events } of batches) {
      const body: ScanBatchBody = {
        campaignId: table.campaignId,
        placeId: table.placeId,
        tableNo: table.tableNo,
        events: events.map(({ scanId, kind, tube, person, at }) =>
          person === undefined ? { scanId, kind, tube, at } : { scanId, kind, tube, person, at },
        ),
      };
      try {
        const result = await this.send(body);
        await applyOutcomes(result.outcomes);
      } catch (error) {
        const settled = await this.settleRefusal(
          error,
          events.map((e) => e.scanId),
        );
        if (!settled) return false;
      }
    }
    this.failures = 0;
    this.set({ online, problem: null, retryAt: null, lastSyncAt: Date.now() });
    return true;
  }

  /**
   * A batch the server refused as a whole. Answers that sending again cannot change mark its scans
   * refused (they stay listed on the phone), and the pass goes on (true); the others wait and retry.
   */
  private async settleRefusal(error: unknown, scanIds: string[]): Promise<boolean> {
    const status = error instanceof ApiError ? error.status : 0;
    const code = error instanceof ApiError ? error.code : '';
    if (status === 401) {
      this.set({ problem: 'signedOut', retryAt: null });
      return false;
    }
    if (status === 404) {
      await rejectAll(scanIds, 'round_not_visible');
      return true;
    }
    if (status === 422 && code === 'NOT_A_TABLE_OF_ROUND') {
      await rejectAll(scanIds, 'not_a_table_of_round');
      return true;
    }
    if (status === 400 || status === 422) {
      await rejectAll(scanIds, 'invalid_batch');
      return true;
    }
    this.retryLater(status === 0 ? 'network' : status === 409 ? 'busy' : status === 403 ? 'forbidden' : 'server');
    return false;
  }

  /** Waits longer after each failure in a row, with some jitter so the tables of a point spread out. */
  private retryLater(problem: SyncProblem): void {
    this.failures += 1;
    // Two tables opening tubes at the same moment (409) clears up at once; the rest takes longer.
    const base = problem === 'busy' ? 500 : 2_000;
    const wait = Math.min(MAX_BACKOFF_MS, base * 2 ** (this.failures - 1)) * (0.75 + Math.random() / 2);
    this.set({ problem, retryAt: Date.now() + wait });
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => this.kick(true), wait);
  }
}
