import { useEffect, useState, useSyncExternalStore } from 'react';
import { type QueueCounts, type QueuedEvent, counts, problems, subscribe } from './queue';
import { SyncLoop, type SyncState } from './sync';

/**
 * Something read from the phone's database, read again after every write (in this tab or another).
 * `read` must be stable, or memoised on what it reads.
 */
export function useQueueRead<T>(read: () => Promise<T>): T | undefined {
  const [value, setValue] = useState<{ read: () => Promise<T>; value: T } | undefined>(undefined);
  useEffect(() => {
    let live = true;
    const refresh = () =>
      void read().then(
        (next) => {
          if (live) setValue({ read, value: next });
        },
        () => undefined,
      );
    refresh();
    const unsubscribe = subscribe(refresh);
    return () => {
      live = false;
      unsubscribe();
    };
  }, [read]);
  // What an earlier `read` answered is not shown for a new one.
  return value?.read === read ? value.value : undefined;
}

export function useQueueCounts(): QueueCounts | undefined {
  return useQueueRead(counts);
}

const latestProblems = () => problems(100);

export function useProblems(): QueuedEvent[] | undefined {
  return useQueueRead(latestProblems);
}

/** The page's sync loop, running while the page is open. */
export function useSyncLoop(): { loop: SyncLoop; state: SyncState } {
  const [loop] = useState(() => new SyncLoop());
  useEffect(() => {
    loop.start();
    return () => loop.stop();
  }, [loop]);
  const state = useSyncExternalStore(loop.subscribe, loop.getState);
  return { loop, state };
}
