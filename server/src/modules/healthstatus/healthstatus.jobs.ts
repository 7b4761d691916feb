import { sql } from 'kysely';
import type { Db } from '../../core/db/database.ts';
import type { ModuleJobs } from '../../core/http/types.ts';
import type { JobQueue } from '../../core/jobs.ts';
import { type RecomputeScope, recomputeDirty, recomputeHealthStatus } from './recompute.ts';

export const ALL_QUEUE = 'healthstatus.all';
export const AREA_QUEUE = 'healthstatus.area';
export const DIRTY_QUEUE = 'healthstatus.dirty';
const TIMED_QUEUE = 'healthstatus.timed';

// A burst of changes (an area's approval, a protocol's activation) folds into one run.
const SETTLE_SECONDS = { all: 30, area: 10 };

/**
 * Asks for a recomputation shortly: of the whole city after a protocol changes, of an area's residents after
 * its change is approved. The city and each area have a "stately" queue (one run waiting, one running, per
 * area). Single residents need no request: a change of their facts marks them (health_status_dirty).
 */
export async function requestHealthStatusRecompute(
  jobs: JobQueue,
  scope: Exclude<RecomputeScope, { residentIds: number[] }>,
): Promise<void> {
  if ('all' in scope) await jobs.send(ALL_QUEUE, {}, { startAfter: SETTLE_SECONDS.all, retryLimit: 2 });
  else
    await jobs.send(
      AREA_QUEUE,
      { areaId: scope.areaId },
      { startAfter: SETTLE_SECONDS.area, retryLimit: 2, singletonKey: String(scope.areaId) },
    );
}

/**
 * Residents whose status depends on the clock: a fever counts only so many hours, an override ends when it
 * expires. Looked at every quarter of an hour, so neither outlives its time by long.
 */
async function timedResidents(db: Db): Promise<number[]> {
  const { rows } = await sql<{ id: number }>`
    SELECT hs.resident_id AS id FROM health_status hs
      LEFT JOIN health_status_override o ON o.id = hs.override_id
     WHERE 'fever' = ANY (hs.reasons) OR o.expires_at <= now()`.execute(db);
  return rows.map((row) => row.id);
}

/**
 * Recomputes when asked; residents whose facts changed every minute; the whole city nightly just after
 * midnight (tests due yesterday become overdue, and anything a missed request left behind is repaired); the
 * clock-bound statuses every quarter of an hour.
 * Derived data written by the system: history rows, no audit entries.
 */
export const healthStatusJobs: ModuleJobs = async ({ db, config, jobs }) => {
  const recompute = (scope: RecomputeScope) => recomputeHealthStatus(db, scope, config.timeZone);
  await jobs.createQueue(ALL_QUEUE, { name: ALL_QUEUE, policy: 'stately' });
  await jobs.createQueue(AREA_QUEUE, { name: AREA_QUEUE, policy: 'stately' });
  await jobs.createQueue(DIRTY_QUEUE, { name: DIRTY_QUEUE, policy: 'stately' });
  await jobs.createQueue(TIMED_QUEUE, { name: TIMED_QUEUE, policy: 'stately' });
  await jobs.schedule(ALL_QUEUE, '5 0 * * *', {}, { tz: config.timeZone });
  await jobs.schedule(TIMED_QUEUE, '*/15 * * * *', {}, { tz: config.timeZone });
  await jobs.schedule(DIRTY_QUEUE, '* * * * *', {}, { tz: config.timeZone });
  await jobs.work(ALL_QUEUE, async () => {
    await recompute({ all: true });
  });
  await jobs.work<{ areaId: number }>(AREA_QUEUE, async ([job]) => {
    if (job) await recompute({ areaId: job.data.areaId });
  });
  await jobs.work(DIRTY_QUEUE, async () => {
    await recomputeDirty(db, config.timeZone);
  });
  await jobs.work(TIMED_QUEUE, async () => {
    await recompute({ residentIds: await timedResidents(db) });
  });
};
