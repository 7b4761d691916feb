import { useQueueRead as useSharedQueueRead } from '../../../app/offline/useQueueRead';
import { type QueueCounts, type QueuedEvent, counts, problems, subscribe } from './queue';

/**
 * Something read from the phone's database, read again after every write (in this tab or another).
 * `read` must be stable, or memoised on what it reads.
 */
export function useQueueRead<T>(read: () => Promise<T>): T | undefined {
  return useSharedQueueRead(subscribe, read);
}

export function useQueueCounts(): QueueCounts | undefined {
  return useQueueRead(counts);
}

const latestProblems = () => problems(100);

export function useProblems(): QueuedEvent[] | undefined {
  return useQueueRead(latestProblems);
}
