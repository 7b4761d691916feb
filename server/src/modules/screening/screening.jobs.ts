import { appendAudit, systemContext } from '../../core/audit/audit.ts';
import type { Db } from '../../core/db/database.ts';
import type { ModuleJobs } from '../../core/http/types.ts';
import { activeTracingRules } from '../tracing/rules.ts';
import { escalateOverdue } from './screening.repository.ts';

const ESCALATE_QUEUE = 'screening.escalate';

/**
 * Raises overdue key persons a level (community, then street, per the active protocol's hours) in one
 * transaction with one audit entry of the counts; a run that raises nobody writes nothing.
 */
export async function escalateKeyPersons(db: Db): Promise<{ community: number; street: number }> {
  return db.transaction().execute(async (trx) => {
    const { rules, protocolId } = await activeTracingRules(trx);
    const raised = await escalateOverdue(trx, rules.keyPersonEscalateHours);
    if (raised.community + raised.street > 0) {
      await appendAudit(trx, systemContext, {
        action: 'screening.escalate',
        entity: 'key_person',
        summary: { ...raised, protocolId },
      });
    }
    return raised;
  });
}

/** Every ten minutes, overdue key persons are raised to the community and then the street. */
export const screeningJobs: ModuleJobs = async ({ db, jobs }) => {
  await jobs.createQueue(ESCALATE_QUEUE);
  await jobs.schedule(ESCALATE_QUEUE, '*/10 * * * *');
  await jobs.work(ESCALATE_QUEUE, async () => {
    await escalateKeyPersons(db);
  });
};
