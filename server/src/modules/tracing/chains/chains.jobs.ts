import type { ModuleJobs } from '../../../core/http/types.ts';
import type { JobQueue } from '../../../core/jobs.ts';
import { recomputeChains } from './recompute.ts';

export const CHAIN_QUEUE = 'tracing.chains';

// Changes within this long of the first one fold into one recomputation.
const SETTLE_SECONDS = 30;

/**
 * Asks for a chain recomputation shortly; call it after changing cases or contacts. The queue is "stately"
 * (at most one job waiting and one running), so a burst of changes costs one run, and changes made while a
 * run is under way queue exactly one more.
 */
export async function requestChainRecompute(jobs: JobQueue): Promise<void> {
  await jobs.send(CHAIN_QUEUE, {}, { startAfter: SETTLE_SECONDS, retryLimit: 2 });
}

/** Recomputes chains when asked, and nightly to repair anything a missed request left behind. */
export const tracingChainJobs: ModuleJobs = async ({ db, config, jobs }) => {
  await jobs.createQueue(CHAIN_QUEUE, { name: CHAIN_QUEUE, policy: 'stately' });
  await jobs.schedule(CHAIN_QUEUE, '45 2 * * *', {}, { tz: config.timeZone });
  // Derived data recomputed by the system: no audit entry (a manual run through the API has one).
  await jobs.work(CHAIN_QUEUE, async () => {
    await recomputeChains(db);
  });
};
