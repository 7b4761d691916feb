import { systemContext } from '../../core/audit/audit.ts';
import type { ModuleJobs } from '../../core/http/types.ts';
import { proposeDueLiftings } from './lifting.service.ts';

const LIFTING_QUEUE = 'riskareas.lifting';

/** Every hour the platform checks the lifting criteria of the areas in force and proposes what is due. */
export const riskAreaJobs: ModuleJobs = async ({ db, config, jobs }) => {
  await jobs.createQueue(LIFTING_QUEUE, { name: LIFTING_QUEUE, policy: 'stately' });
  await jobs.schedule(LIFTING_QUEUE, '5 * * * *', {}, { tz: config.timeZone });
  await jobs.work(LIFTING_QUEUE, async () => {
    await proposeDueLiftings(db, systemContext);
  });
};
