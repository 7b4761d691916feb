import { ApiError } from '../api/client';
import type { Connection } from './QueueStatusBar';

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

/** An answer refusing a whole batch that sending it again cannot change, and the reason its entries get. */
export type BatchRefusal<R extends string> = { status: number; code?: string; reason: R };

/** What one queue sends and how; the loop around it is the same for every queue. */
export interface SyncSource<B, R extends string = never> {
  /** The Web Lock held while sending: one tab sends (two would send the same batches: harmless, but wasteful). */
  lock: string;
  /** The most entries one request carries. */
  batchSize: number;
  /** Pending entries in batches of at most `size`, in sending order (the first batches will do: it is asked again). */
  pending: (size: number) => Promise<B[]>;
  /** The ids of a batch's entries. */
  idsOf: (batch: B) => string[];
  /** Sends one batch and records the server's answer to each entry; throws when the batch was not taken. */
  send: (batch: B) => Promise<void>;
  /** Marks entries refused for good. */
  refuseAll: (ids: string[], reason: R | 'invalid_batch') => Promise<void>;
  /** Refusals of this endpoint with a reason of their own, looked up before any 400 or 422 ('invalid_batch'). */
  refusals?: readonly BatchRefusal<R>[];
}

/** `pending` for a queue sent in the order it was written: its first `size` pending entries as one batch. */
export const firstBatchOf =
  <T>(pending: (limit: number) => Promise<T[]>) =>
  async (size: number): Promise<T[][]> => {
    const batch = await pending(size);
    return batch.length > 0 ? [batch] : [];
  };

/** What a status bar does with a loop. */
export type SyncControl = Pick<SyncLoop<unknown>, 'kick' | 'resume'>;

const SYNC_INTERVAL_MS = 15_000;
const MAX_BACKOFF_MS = 60_000;

/** What the connection tag of a status bar says: only a failure other than signing out is `failing`. */
export function connectionOf(state: SyncState): Connection {
  if (!state.online || state.problem === 'offline') return 'offline';
  return state.problem !== null && state.problem !== 'signedOut' ? 'failing' : 'online';
}

const problemOf = (status: number): SyncProblem =>
  status === 0 ? 'network' : status === 409 ? 'busy' : status === 403 ? 'forbidden' : 'server';

/**
 * Sends a phone's pending entries to the server, batch by batch, and records each entry's outcome.
 * Runs after each entry, every 15 s and when the network comes back; after a failure it waits longer
 * each time (up to a minute) unless a new entry or the network coming back asks again. A 401 stops it
 * until the user has signed in again.
 */
export class SyncLoop<B, R extends string = never> {
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

  constructor(private readonly source: SyncSource<B, R>) {}

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

  /** Sends now; `force` skips the wait after a failure (a new entry, the network back, a tap). */
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
        const ok =
          'locks' in navigator ? await navigator.locks.request(this.source.lock, () => this.pass()) : await this.pass();
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
    const sent = new Set<string>();
    for (let batches = await this.unsent(sent); batches.length > 0; batches = await this.unsent(sent)) {
      for (const batch of batches) {
        const ids = this.source.idsOf(batch);
        ids.forEach((id) => sent.add(id));
        try {
          await this.source.send(batch);
        } catch (error) {
          if (!(await this.settleRefusal(error, ids))) return false;
        }
      }
    }
    this.failures = 0;
    this.set({ online, problem: null, retryAt: null, lastSyncAt: Date.now() });
    return true;
  }

  /**
   * The pending batches, but for any holding an entry sent in this pass: one still pending after its batch
   * was answered would be sent forever, so it waits for the next pass.
   */
  private async unsent(sent: ReadonlySet<string>): Promise<B[]> {
    const batches = await this.source.pending(this.source.batchSize);
    return batches.filter((batch) => !this.source.idsOf(batch).some((id) => sent.has(id)));
  }

  /**
   * A batch the server refused as a whole. Answers that sending again cannot change mark its entries
   * refused (they stay listed on the phone), and the pass goes on (true); the others wait and retry.
   */
  private async settleRefusal(error: unknown, ids: string[]): Promise<boolean> {
    const status = error instanceof ApiError ? error.status : 0;
    const code = error instanceof ApiError ? error.code : '';
    if (status === 401) {
      this.set({ problem: 'signedOut', retryAt: null });
      return false;
    }
    const own = this.source.refusals?.find((r) => r.status === status && (r.code === undefined || r.code === code));
    const reason = own?.reason ?? (status === 400 || status === 422 ? 'invalid_batch' : null);
    if (reason !== null) {
      await this.source.refuseAll(ids, reason);
      return true;
    }
    this.retryLater(problemOf(status));
    return false;
  }

  /** Waits longer after each failure in a row, with some jitter so the phones of a place spread out. */
  private retryLater(problem: SyncProblem): void {
    this.failures += 1;
    // Two phones writing the same thing at the same moment (409) clears up at once; the rest takes longer.
    const base = problem === 'busy' ? 500 : 2_000;
    const wait = Math.min(MAX_BACKOFF_MS, base * 2 ** (this.failures - 1)) * (0.75 + Math.random() / 2);
    this.set({ problem, retryAt: Date.now() + wait });
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => this.kick(true), wait);
  }
}
