import { useEffect, useState, useSyncExternalStore } from 'react';
import { SyncLoop, type SyncSource, type SyncState } from './syncLoop';

/** A queue's sync loop, running while the page is open. `source` must be stable (a module's constant). */
export function useSyncLoop<B, R extends string>(source: SyncSource<B, R>): { loop: SyncLoop<B, R>; state: SyncState } {
  const [loop] = useState(() => new SyncLoop(source));
  useEffect(() => {
    loop.start();
    return () => loop.stop();
  }, [loop]);
  return { loop, state: useSyncExternalStore(loop.subscribe, loop.getState) };
}
