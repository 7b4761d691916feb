import type { Config } from '../../../core/config.ts';
import type { Db } from '../../../core/db/database.ts';
import type { ModuleJobs } from '../../../core/http/types.ts';
import { addDays, localDate } from '../../../core/time/local-time.ts';
import { raiseMissedAlerts } from './alerts.repository.ts';
import { refreshRecentResults } from './tests.service.ts';

export const SWEEP_QUEUE = 'quarantine.checks.sweep';

/**
 * One sweep: an alert for each check missed past its time today (and yesterday, should a sweep have been
 * skipped), and results linked to scheduled tests (a positive raises its alert). Derived by the system from
 * facts already audited, so no audit entry.
 */
export async function sweepChecks(db: Db, config: Pick<Config, 'timeZone'>, now = new Date()) {
  const today = localDate(now, config.timeZone);
  let missed = 0;
  for (const day of [addDays(today, -1), today]) missed += await raiseMissedAlerts(db, day, config.timeZone, now);
  const linked = await refreshRecentResults(db, config.timeZone);
  return { missed, linked };
}

/** The sweep every half hour: a missed morning check is flagged by 12:30 at the latest. */
export const quarantineCheckJobs: ModuleJobs = async ({ db, config, jobs }) => {
  await jobs.createQueue(SWEEP_QUEUE, { name: SWEEP_QUEUE, policy: 'stately' });
  await jobs.schedule(SWEEP_QUEUE, '*/30 * * * *', {}, { tz: config.timeZone });
  await jobs.work(SWEEP_QUEUE, async () => {
    await sweepChecks(db, config);
  });
};
