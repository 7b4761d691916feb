import { type RawBuilder, sql } from 'kysely';
import type { Actor } from '../../../core/auth/actor.ts';
import type { Db, Executor } from '../../../core/db/database.ts';
import { notFound } from '../../../core/errors.ts';
import { addDays, localDate } from '../../../core/time/local-time.ts';
import { raisePositiveAlerts } from './alerts.repository.ts';
import type { SiteDayQuery } from './checks.schema.ts';
import { dayOf } from './checks.service.ts';
import { findQuarantine } from './quarantines.repository.ts';
import * as repo from './tests.repository.ts';
import type { QuarantineTest, TestDue } from './tests.schema.ts';

/** How far back the sweep looks for tests whose results have not come in. */
const PENDING_DAYS = 14;

/**
 * Links results from mass testing to scheduled tests (`which` limits the tests) and raises an alert for
 * each test found positive, in the caller's transaction. Returns the number of tests changed.
 */
export async function refreshResults(trx: Executor, timeZone: string, which: RawBuilder<boolean>): Promise<number> {
  const changed = await repo.linkResults(trx, timeZone, localDate(new Date(), timeZone), which);
  await raisePositiveAlerts(
    trx,
    changed.filter((t) => t.result === 'positive').map((t) => t.id),
  );
  return changed.length;
}

/** Results of the last two weeks' tests, for the periodic sweep. */
export const refreshRecentResults = (db: Db, timeZone: string) =>
  db
    .transaction()
    .execute((trx) =>
      refreshResults(
        trx,
        timeZone,
        sql<boolean>`t.due_date > ${addDays(localDate(new Date(), timeZone), -PENDING_DAYS)}::date`,
      ),
    );

const toTest = (r: repo.TestRow, today: string): QuarantineTest => ({
  id: r.id,
  dueDate: r.due_date,
  stage: r.stage,
  day: r.day,
  basis: r.basis,
  sampledAt: r.sampled_at?.toISOString() ?? null,
  result: r.result,
  tube: r.tube,
  overdue: r.sampled_at === null && r.due_date < today,
});

/** A quarantine's test schedule with the results linked so far (refreshed on read). */
export async function quarantineTests(
  db: Db,
  actor: Actor,
  timeZone: string,
  quarantineId: number,
): Promise<QuarantineTest[]> {
  if (!(await findQuarantine(db, actor, quarantineId))) throw notFound();
  await db
    .transaction()
    .execute((trx) => refreshResults(trx, timeZone, sql<boolean>`t.quarantine_id = ${quarantineId}`));
  const today = localDate(new Date(), timeZone);
  return (await repo.testsOf(db, quarantineId)).map((r) => toTest(r, today));
}

/** Tests due on a day (today by default) within reach, at a site or anywhere, done or not. */
export async function testsDue(db: Db, actor: Actor, timeZone: string, query: SiteDayQuery): Promise<TestDue[]> {
  const { day, start } = dayOf(query.date, timeZone);
  await db.transaction().execute((trx) => refreshResults(trx, timeZone, sql<boolean>`t.due_date = ${day}::date`));
  const today = localDate(new Date(), timeZone);
  const rows = await repo.testsDue(db, actor, day, start, query.siteId);
  return rows.map((r) => ({
    ...toTest(r, today),
    quarantineId: r.quarantine_id,
    name: r.name,
    site: r.site_id === null ? null : { id: r.site_id, name: r.site_name ?? '' },
    room: r.room,
    done: r.sampled_at !== null,
  }));
}
