import { useEffect, useState } from 'react';
import { subscribe } from './entrylog';

/** Something read from the phone's entry log, read again after every write. `read` must be stable. */
export function useEntryLog<T>(read: () => Promise<T>): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    let live = true;
    const refresh = () =>
      void read().then(
        (next) => live && setValue(next),
        () => undefined,
      );
    refresh();
    const unsubscribe = subscribe(refresh);
    return () => {
      live = false;
      unsubscribe();
    };
  }, [read]);
  return value;
}
