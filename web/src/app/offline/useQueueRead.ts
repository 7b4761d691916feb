import { useEffect, useState } from 'react';

/**
 * Something read from a phone's queue, read again whenever `subscribe` says the queue changed.
 * `read` must be stable, or memoised on what it reads.
 */
export function useQueueRead<T>(
  subscribe: (listener: () => void) => () => void,
  read: () => Promise<T>,
): T | undefined {
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
  }, [subscribe, read]);
  // What an earlier `read` answered is not shown for a new one.
  return value?.read === read ? value.value : undefined;
}
