import { useQueueRead } from '../../../app/offline/useQueueRead';
import { subscribe } from './entrylog';

/** Something read from the phone's entry log, read again after every write. `read` must be stable. */
export function useEntryLog<T>(read: () => Promise<T>): T | undefined {
  return useQueueRead(subscribe, read);
}
