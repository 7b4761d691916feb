import type { ModuleJobs } from '../../../core/http/types.ts';
import { dropExpiredPartitions, prepareComingDays } from './partitions.ts';

const RETENTION_QUEUE = 'tracing.evidence-retention';

/** Nightly: drops venue scans and location records past the retention, and makes the coming days' partitions. */
export const tracingEvidenceJobs: ModuleJobs = async ({ db, config, jobs }) => {
  await jobs.createQueue(RETENTION_QUEUE);
  await jobs.schedule(RETENTION_QUEUE, '45 3 * * *', {}, { tz: config.timeZone });
  await jobs.work(RETENTION_QUEUE, async () => {
    await dropExpiredPartitions(db);
    await prepareComingDays(db);
  });
};
