import { appendAudit, systemContext } from '../../core/audit/audit.ts';
import type { Db } from '../../core/db/database.ts';
import type { ModuleJobs } from '../../core/http/types.ts';
import { flagLateReturns } from './gate.repository.ts';

const LATE_QUEUE = 'passes.late';

/**
 * Flags pass holders still out past their time (plus the protocol's grace) for their grid worker, with
 * one audit entry of the count; a run that flags nobody writes nothing.
 */
export async function flagLateHolders(db: Db): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const flagged = await flagLateReturns(trx);
    if (flagged > 0)
      await appendAudit(trx, systemContext, { action: 'pass.late', entity: 'pass', summary: { flagged } });
    return flagged;
  });
}

/** Every ten minutes, holders still out too long are flagged late. */
export const passJobs: ModuleJobs = async ({ db, jobs }) => {
  await jobs.createQueue(LATE_QUEUE);
  await jobs.schedule(LATE_QUEUE, '*/10 * * * *');
  await jobs.work(LATE_QUEUE, async () => {
    await flagLateHolders(db);
  });
};
