import { useEffect, useState } from 'react';
import { useQueueRead } from '../../../app/offline/useQueueRead';
import { type Keyring, loadKeyring, refreshKeyring } from './keyring';
import { subscribe } from './scanlog';

const KEYRING_REFRESH_MS = 60_000;

/**
 * The key and revocations the gate checks with: the kept ones at once, fetched again on opening, every
 * minute and when the network comes back (a failed fetch keeps the kept ones).
 */
export function useKeyring(): Keyring | null {
  const [keyring, setKeyring] = useState(loadKeyring);
  useEffect(() => {
    const refresh = () => {
      if (navigator.onLine) refreshKeyring(loadKeyring()).then(setKeyring, () => undefined);
    };
    refresh();
    const timer = setInterval(refresh, KEYRING_REFRESH_MS);
    window.addEventListener('online', refresh);
    return () => {
      clearInterval(timer);
      window.removeEventListener('online', refresh);
    };
  }, []);
  return keyring;
}

/** Something read from the gate's scan log, read again after every write. `read` must be stable. */
export function useScanLog<T>(read: () => Promise<T>): T | undefined {
  return useQueueRead(subscribe, read);
}
