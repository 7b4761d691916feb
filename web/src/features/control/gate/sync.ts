import { useEffect, useState, useSyncExternalStore } from 'react';
import { ApiError } from '../../../app/api/client';
import { type GateScan, postGateScans } from './api';
import { applyOutcomes, type LoggedScan, pendingScans, refuseAll } from './scanlog';

export type GateSyncProblem = 'offline' | 'failing' | 'signedOut';

export interface GateSyncState {
  online: boolean;
  syncing: boolean;
  lastSyncAt: number | null;
  problem: GateSyncProblem | null;
}

const BATCH_SIZE = 500;
const INTERVAL_MS = 15_000;
const MAX_BACKOFF_MS = 60_000;

const toSend = ({ scanId, token, direction, at, gate, emergency }: LoggedScan): GateScan => ({
  scanId,
  direction,
  at,
  gate,
  ...(token === undefined ? {} : { token }),
  ...(emergency === undefined ? {} : { emergency }),
});

/**
 * Sends the gate's logged scans, 500 at a time: after each scan, every 15 s and when the network comes
 * back; after a failure it waits longer each time (up to a minute). A 401 waits for the keeper to sign
 * in again; a batch the server refuses as a whole (400/422) is marked refused rather than sent forever.
 */
class GateSync {
  private state: GateSyncState = { online: navigator.onLine, syncing: false, lastSyncAt: null, problem: null };
  private readonly listeners = new Set<() => void>();
  private failures = 0;
  private running = false;
  private again = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private interval: ReturnType<typeof setInterval> | undefined;

  private readonly onOnline = () => this.kick();
  private readonly onOffline = () => this.set({ online: false, problem: 'offline' });

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

  /** Sends now (after a scan, a tap, the network back, signing in again). */
  kick(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    void this.run();
  }

  private set(change: Partial<GateSyncState>): void {
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
      this.set({ online: false, problem: 'offline' });
      return false;
    }
    const sent = new Set<string>();
    for (let batch = await pendingScans(BATCH_SIZE); batch.length > 0; batch = await pendingScans(BATCH_SIZE)) {
      // A scan still pending after its batch was answered would be sent forever: leave it for the next pass.
      if (batch.some((s) => sent.has(s.scanId))) break;
      batch.forEach((s) => sent.add(s.scanId));
      try {
        await applyOutcomes((await postGateScans(batch.map(toSend))).outcomes);
      } catch (error) {
        const status = error instanceof ApiError ? error.status : 0;
        if (status === 400 || status === 422) {
          await refuseAll(
            batch.map((s) => s.scanId),
            'invalid_batch',
          );
          continue;
        }
        if (status === 401) this.set({ online: true, problem: 'signedOut' });
        else this.retryLater();
        return false;
      }
    }
    this.failures = 0;
    this.set({ online: true, problem: null, lastSyncAt: Date.now() });
    return true;
  }

  private retryLater(): void {
    this.failures += 1;
    const wait = Math.min(MAX_BACKOFF_MS, 2_000 * 2 ** (this.failures - 1));
    this.set({ online: navigator.onLine, problem: navigator.onLine ? 'failing' : 'offline' });
    this.timer = setTimeout(() => this.kick(), wait);
  }
}

/** The gate page's sync loop, running while the page is open. */
export function useGateSync(): { sync: GateSync; state: GateSyncState } {
  const [sync] = useState(() => new GateSync());
  useEffect(() => {
    sync.start();
    return () => sync.stop();
  }, [sync]);
  return { sync, state: useSyncExternalStore(sync.subscribe, sync.getState) };
}
