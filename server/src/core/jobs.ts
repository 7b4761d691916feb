import PgBoss from 'pg-boss';

export type JobQueue = PgBoss;

/**
 * Jobs and schedules live in PostgreSQL (pg-boss, schema "pgboss"): no other service to run, and a job
 * is queued in the same database its work touches. `npm start` runs workers in the API process.
 */
export async function startJobQueue(url: string, onError: (error: Error) => void = () => {}): Promise<JobQueue> {
  const boss = new PgBoss({ connectionString: url, schema: 'pgboss', max: 4 });
  boss.on('error', onError);
  await boss.start();
  return boss;
}

/** Stops fetching jobs, lets running ones finish (up to `timeoutMs`), and closes the queue's pool. */
export async function stopJobQueue(jobs: JobQueue, timeoutMs = 30_000): Promise<void> {
  await jobs.stop({ graceful: true, wait: true, timeout: timeoutMs });
}
