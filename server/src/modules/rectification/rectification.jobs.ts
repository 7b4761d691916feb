import { appendAudit, systemContext } from '../../core/audit/audit.ts';
import type { Db } from '../../core/db/database.ts';
import type { ModuleJobs } from '../../core/http/types.ts';
import { escalateOverdue } from './escalation.repository.ts';
import { insertEvent } from './orders.repository.ts';

export const ESCALATE_QUEUE = 'rectification.escalate';

/**
 * Escalates each open order past its deadline, once, to the region above its unit: an 'escalated' event and an
 * audit entry (as the system) per order. `now` is the clock, for tests.
 */
export async function escalateOverdueOrders(db: Db, now = new Date()) {
  return db.transaction().execute(async (trx) => {
    const escalated = await escalateOverdue(trx, now);
    for (const order of escalated) {
      await insertEvent(trx, { orderId: order.id, kind: 'escalated', note: order.region_name, actorId: null, at: now });
      await appendAudit(trx, systemContext, {
        action: 'rectification.order.escalate',
        entity: 'rectification_order',
        entityId: order.id,
        summary: { number: order.number, regionId: order.escalated_region_id },
      });
    }
    return escalated;
  });
}

/** Every quarter of an hour: an order is escalated at most 15 minutes after its deadline passes. */
export const rectificationJobs: ModuleJobs = async ({ db, config, jobs }) => {
  await jobs.createQueue(ESCALATE_QUEUE, { name: ESCALATE_QUEUE, policy: 'stately' });
  await jobs.schedule(ESCALATE_QUEUE, '*/15 * * * *', {}, { tz: config.timeZone });
  await jobs.work(ESCALATE_QUEUE, async () => {
    await escalateOverdueOrders(db);
  });
};
