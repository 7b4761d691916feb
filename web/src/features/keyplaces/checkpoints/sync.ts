import { useEffect, useState, useSyncExternalStore } from 'react';
import { ApiError } from '../../../app/api/client';
import { postEntries } from './api';
import { applyOutcomes, pendingEntries } from './entrylog';

export type EntrySyncState = { online: boolean; syncing: boolean; failing: boolean; lastSyncAt: number | null };

const BATCH_SIZE = 200;
const INTERVAL_MS = 15_000;
const MAX_BACKOFF_MS = 60_000;

/**
 * Sends the phone's pending entries in batches: after each entry, every 15 s and when the network comes
 * back, waiting longer after each failure (up to a minute). Entry ids make a batch sent twice harmless; a
 * batch the server can never take (400/422) is marked refused rather than sent forever.
 */
class EntrySync {
  private state: EntrySyncState = { online: navigator.onLine, syncing: false, failing: false, lastSyncAt: null };
  private readonly listeners = new Set<() => void>();
  private failures = 0;
  private running = false;
  private again = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private interval: ReturnType<typeof setInterval> | undefined;

  private readonly onOnline = () => this.kick();
  private readonly onOffline = () => this.set({ online: false });

  start(): void {
    window.addEventListener('online', this.onOnline);
    window.addEventListener('offline', this.onOffline);
    this.interval = setInterval(() => this.kick(), INTERVAL_MS);
    this.kick();
  }

  stop(): void {
    window.removeEventListener('online', this.onOnline);
    window.removeEventListener('offline', this.onOffline);
    clearInterval(this.interval);
    clearTimeout(this.timer);
  }

  readonly subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getState = () => this.state;

  kick(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    void this.run();
  }

  private set(change: Partial<EntrySyncState>): void {
    this.state = { ...this.state, ...change };
    this.listeners.forEach((listener) => listener());
  }

  private async run(): Promise<void> {
    this.running = true;
    clearTimeout(this.timer);
    this.set({ syncing: true });
    try {
      do {
        this.again = false;
        if (!(await this.pass())) break;
      } while (this.again);
    } finally {
      this.running = false;
      this.set({ syncing: false });
    }
  }

  /** Sends everything pending; false when it stopped on a failure. */
  private async pass(): Promise<boolean> {
    if (!navigator.onLine) {
      this.set({ online: false });
      return false;
    }
    const sent = new Set<string>();
    for (let batch = await pendingEntries(BATCH_SIZE); batch.length > 0; batch = await pendingEntries(BATCH_SIZE)) {
      if (batch.some((e) => sent.has(e.entry.entryId))) break;
      batch.forEach((e) => sent.add(e.entry.entryId));
      try {
        const reply = await postEntries(batch.map((e) => e.entry));
        const refusals = new Map(reply.rejected.map((r) => [r.entryId, { reason: r.reason, field: r.field }]));
        await applyOutcomes(
          reply.outcomes.map(({ entryId }) => {
            const refusal = refusals.get(entryId);
            return refusal ? { entryId, refusal } : { entryId };
          }),
        );
      } catch (error) {
        const status = error instanceof ApiError ? error.status : 0;
        if (status === 400 || status === 422) {
          await applyOutcomes(batch.map((e) => ({ entryId: e.entry.entryId, refusal: { reason: 'invalid_batch' } })));
          continue;
        }
        this.retryLater();
        return false;
      }
    }
    this.failures = 0;
    this.set({ online: true, failing: false, lastSyncAt: Date.now() });
    return true;
  }

  private retryLater(): void {
    this.failures += 1;
    const wait = Math.min(MAX_BACKOFF_MS, 2_000 * 2 ** (this.failures - 1));
    this.set({ online: navigator.onLine, failing: true });
    this.timer = setTimeout(() => this.kick(), wait);
  }
}

/** The checkpoint page's sync loop, running while the page is open. */
export function useEntrySync(): { sync: EntrySync; state: EntrySyncState } {
  const [sync] = useState(() => new EntrySync());
  useEffect(() => {
    sync.start();
    return () => sync.stop();
  }, [sync]);
  return { sync, state: useSyncExternalStore(sync.subscribe, sync.getState) };
}
