import { sql } from 'kysely';
import type { Executor } from '../../../core/db/database.ts';
import { AppError, notFound } from '../../../core/errors.ts';
import { type QuarantineGroup, quarantineGroups } from '../../protocol/document.ts';
import { protocolById } from '../../protocol/protocol.repository.ts';
import { planQuarantine } from '../../protocol/quarantine-plan.ts';
import { groupWords } from '../words.ts';

const isGroup = (key: string): key is QuarantineGroup => (quarantineGroups as readonly string[]).includes(key);

/**
 * Fills a new quarantine's test schedule from the protocol it was decided under (each test with its basis),
 * inside the caller's transaction. Idempotent: tests already scheduled stay as they are.
 */
export async function scheduleQuarantineTests(trx: Executor, quarantineId: number, timeZone: string): Promise<void> {
  const { rows } = await sql<{ protocol_id: number; group_key: string; starts_at: Date; mode: 'centralized' | 'home' }>`
    SELECT protocol_id, group_key, starts_at, mode FROM quarantine WHERE id = ${quarantineId}`.execute(trx);
  const quarantine = rows[0];
  if (!quarantine) throw notFound();
  const protocol = await protocolById(trx, quarantine.protocol_id);
  const group = quarantine.group_key;
  const plan = isGroup(group) ? planQuarantine(protocol, group, quarantine.starts_at, quarantine.mode, timeZone) : null;
  if (!plan) {
    const [groupZh, groupEn] = isGroup(group) ? groupWords[group] : [group, group];
    throw new AppError('PROTOCOL_GROUP_MISSING', { protocol: protocol.name, groupZh, groupEn });
  }
  if (plan.tests.length === 0) return;
  const column = <K extends keyof (typeof plan.tests)[number]>(key: K) => plan.tests.map((t) => t[key]);
  await sql`
    INSERT INTO quarantine_test (quarantine_id, due_date, stage, day, basis)
    SELECT ${quarantineId}, due_date, stage, day, basis
      FROM unnest(${column('date')}::date[], ${column('stage')}::text[], ${column('day')}::int[],
                  ${plan.tests.map((t) => JSON.stringify(t.basis))}::jsonb[]) AS t(due_date, stage, day, basis)
    ON CONFLICT (quarantine_id, stage, day) DO NOTHING`.execute(trx);
}
