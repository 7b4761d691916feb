import { type DBSchema, type IDBPDatabase, openDB } from 'idb';

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
 * What the queue reads of every entry: written before the screen says so, then sent when it can be. Each
 * entry has an id of its own too, the store's key (a scan's scanId, a checkpoint entry's entryId).
 */
export interface QueuedEntry {
  /** Order on this phone. */
  seq: number;
  /** 'pending' until the server has answered; then what it said. */
  status: string;
  syncedAt?: string;
}

/**
 * The queue's store as this module sees it: entries by their id, indexed by status and order. Each queue
 * names its store itself; `entries` stands for that name here (see `store`).
 */
interface QueueSchema<T extends QueuedEntry> extends DBSchema {
  entries: { key: string; value: T; indexes: { status: string; seq: number } };
}

export interface OfflineQueueOptions<DB extends DBSchema> {
  /** The IndexedDB database (version 1), also the channel other tabs hear of changes on. */
  name: string;
  /** Its object store of entries, keyed by their id with at least a 'status' and a unique 'seq' index. */
  store: string;
  upgrade: (db: IDBPDatabase<DB>) => void;
  /** Sent and refused entries are kept this long, then dropped; pending ones never are. */
  keepSettledMs: number;
  /** Writes in another tab notify this one too, and a tab upgrading the database is let go of. */
  acrossTabs?: boolean;
}

/**
 * A phone's durable queue of scans in IndexedDB: the database opened once (and again after it was
 * closed or failed to open), listeners told of every write, and what every queue does with its entries.
 * What is particular to one queue reads `database()` itself.
 */
export class OfflineQueue<DB extends DBSchema, T extends QueuedEntry> {
  private opened: Promise<IDBPDatabase<QueueSchema<T>>> | undefined;
  private readonly listeners = new Set<() => void>();
  private readonly channel: BroadcastChannel | null;
  /** The queue's own store name, typed as this module's schema names it. */
  private readonly store: 'entries';

  constructor(private readonly options: OfflineQueueOptions<DB>) {
    this.store = options.store as 'entries';
    this.channel =
      options.acrossTabs && typeof BroadcastChannel !== 'undefined' ? new BroadcastChannel(options.name) : null;
    if (this.channel) this.channel.onmessage = () => this.notify();
  }

  private open(): Promise<IDBPDatabase<QueueSchema<T>>> {
    const { name, upgrade, acrossTabs } = this.options;
    this.opened ??= openDB<QueueSchema<T>>(name, 1, {
      upgrade: (db) => upgrade(db as unknown as IDBPDatabase<DB>),
      // Another tab upgrading the database: let go, the next call opens it again.
      ...(acrossTabs
        ? {
            blocking: (_current: number, _next: number | null, event: IDBVersionChangeEvent) => {
              (event.target as IDBDatabase | null)?.close();
              this.opened = undefined;
            },
          }
        : {}),
      terminated: () => {
        this.opened = undefined;
      },
    }).catch((error: unknown) => {
      this.opened = undefined;
      throw error;
    });
    return this.opened;
  }

  /** The database, typed as the queue declared it. */
  readonly database = (): Promise<IDBPDatabase<DB>> => this.open() as unknown as Promise<IDBPDatabase<DB>>;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private notify(): void {
    this.listeners.forEach((listener) => listener());
  }

  /** Tells the listeners (and, across tabs, the other tabs) that the queue changed. */
  changed(): void {
    this.notify();
    this.channel?.postMessage('changed');
  }

  /**
   * Writes one entry, numbered after the last one, and resolves once it is durably there: only then may
   * the screen say it was recorded. Rejects (nothing recorded) if the database cannot be written.
   */
  async append(entry: (seq: number) => T): Promise<T> {
    const db = await this.open();
    const tx = db.transaction(this.store, 'readwrite', { durability: 'strict' });
    const last = await tx.store.index('seq').openCursor(null, 'prev');
    const written = entry((last?.value.seq ?? 0) + 1);
    await tx.store.add(written);
    await tx.done;
    this.changed();
    return written;
  }

  /** How many entries have each of these statuses. */
  async countByStatus<S extends T['status']>(statuses: readonly S[]): Promise<Record<S, number>> {
    const index = (await this.open()).transaction(this.store).store.index('status');
    const counted = await Promise.all(statuses.map((status) => index.count(status)));
    return Object.fromEntries(statuses.map((status, i) => [status, counted[i]])) as Record<S, number>;
  }

  /** Entries with this status, in order (`'prev'`: newest first). */
  async withStatus(status: T['status'], direction: 'next' | 'prev' = 'next'): Promise<T[]> {
    const found = await (await this.open()).getAllFromIndex(this.store, 'status', status);
    return found.sort((a, b) => (direction === 'next' ? a.seq - b.seq : b.seq - a.seq));
  }

  /** The latest entries, newest first. */
  async latest(limit: number): Promise<T[]> {
    const found: T[] = [];
    let cursor = await (await this.open()).transaction(this.store).store.index('seq').openCursor(null, 'prev');
    while (cursor && found.length < limit) {
      found.push(cursor.value);
      cursor = await cursor.continue();
    }
    return found;
  }

  /**
   * Records the server's answer to entries sent, each outcome naming its entry's key as `scanId`: each one
   * still pending is replaced by `settle` of it (one answered already stays as it was).
   */
  async settle<O extends { scanId: string }>(
    outcomes: readonly O[],
    settle: (entry: T, outcome: O, syncedAt: string) => T,
  ): Promise<void> {
    const tx = (await this.open()).transaction(this.store, 'readwrite');
    const syncedAt = new Date().toISOString();
    for (const outcome of outcomes) {
      const entry = await tx.store.get(outcome.scanId);
      if (entry?.status !== 'pending') continue;
      await tx.store.put(settle(entry, outcome, syncedAt));
    }
    await tx.done;
    this.changed();
  }

  /**
   * Drops entries answered longer ago than `keepSettledMs`; pending ones are kept however old. Readers are
   * told when any went, so counts on screen follow.
   */
  async prune(now = Date.now()): Promise<number> {
    const tx = (await this.open()).transaction(this.store, 'readwrite');
    let cursor = await tx.store.index('seq').openCursor();
    let dropped = 0;
    while (cursor) {
      const { status, syncedAt } = cursor.value;
      if (status !== 'pending' && syncedAt && now - Date.parse(syncedAt) > this.options.keepSettledMs) {
        await cursor.delete();
        dropped += 1;
      }
      cursor = await cursor.continue();
    }
    await tx.done;
    if (dropped > 0) this.changed();
    return dropped;
  }
}
