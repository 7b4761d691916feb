import { type RawBuilder, sql } from 'kysely';
import type { Actor } from '../../core/auth/actor.ts';
import type { Executor } from '../../core/db/database.ts';
import type { EnterpriseLedgerBody, EnterpriseListQuery } from './enterprises.schema.ts';
import { readsUnit } from './unit-access.ts';
import type { ClosedLoopStatus, ResumptionStatus } from './vocabulary.ts';

export interface LedgerRow {
  id: number;
  code: string;
  name: string;
  grid_id: number;
  grid_name: string;
  kept: boolean;
  headcount: number;
  workers_back: number;
  on_duty: number;
  closed_loop: ClosedLoopStatus;
  dormitories: number;
  dormitory_persons: number;
  canteen_open: boolean;
  staggered_meals: boolean;
  liaison_name: string | null;
  liaison_phone: string | null;
  resumption: ResumptionStatus;
  reported_today: boolean;
  updated_at: Date | null;
}

// The registry may already hold a headcount (place.attributes, from the places import): an enterprise never
// edited here starts from it.
export const registryHeadcount = sql`CASE WHEN p.attributes->>'headcount' ~ '^[0-9]{1,7}$'
                                   THEN (p.attributes->>'headcount')::int END`;

const ledgerColumns = (today: string) => sql`
  p.id, p.code, p.name, g.id AS grid_id, g.name AS grid_name, l.place_id IS NOT NULL AS kept,
  coalesce(l.headcount, ${registryHeadcount}, 0) AS headcount, coalesce(l.workers_back, 0) AS workers_back,
  coalesce(l.on_duty, 0) AS on_duty, coalesce(l.closed_loop, 'none') AS closed_loop,
  coalesce(l.dormitories, 0) AS dormitories, coalesce(l.dormitory_persons, 0) AS dormitory_persons,
  coalesce(l.canteen_open, false) AS canteen_open, coalesce(l.staggered_meals, false) AS staggered_meals,
  l.liaison_name, l.liaison_phone, l.updated_at,
  coalesce((SELECT r.status FROM enterprise_resumption r WHERE r.place_id = p.id
             ORDER BY r.requested_at DESC, r.id DESC LIMIT 1), 'none') AS resumption,
  EXISTS (SELECT 1 FROM enterprise_daily_report d WHERE d.place_id = p.id AND d.day = ${today}::date) AS reported_today`;

/** Enterprises the caller reads, narrowed to a region path and the list's filters. */
export function enterpriseFilter(
  actor: Actor,
  regionPath: string | null,
  q: Pick<EnterpriseListQuery, 'q' | 'closedLoop' | 'resumption'> = {},
): RawBuilder<boolean> {
  return sql<boolean>`p.type = 'enterprise' AND ${readsUnit(actor, 'p.id', 'p.path')}
    ${regionPath === null ? sql`` : sql`AND p.path <@ ${regionPath}::ltree`}
    ${q.q ? sql`AND p.name LIKE ${`%${q.q.replace(/[\\%_]/g, '\\$&')}%`}` : sql``}
    ${q.closedLoop ? sql`AND coalesce(l.closed_loop, 'none') = ${q.closedLoop}` : sql``}
    ${
      q.resumption
        ? sql`AND coalesce((SELECT r.status FROM enterprise_resumption r WHERE r.place_id = p.id
                                         ORDER BY r.requested_at DESC, r.id DESC LIMIT 1), 'none') = ${q.resumption}`
        : sql``
    }`;
}

const fromLedger = sql`place p JOIN region g ON g.id = p.grid_id LEFT JOIN enterprise_ledger l ON l.place_id = p.id`;

/** A page of enterprise ledgers, by name. */
export async function listLedgers(
  db: Executor,
  where: RawBuilder<boolean>,
  today: string,
  page: { limit: number; offset: number },
): Promise<{ rows: LedgerRow[]; total: number }> {
  const [{ rows }, count] = await Promise.all([
    sql<LedgerRow>`SELECT ${ledgerColumns(today)} FROM ${fromLedger} WHERE ${where}
                    ORDER BY p.name, p.id LIMIT ${page.limit} OFFSET ${page.offset}`.execute(db),
    sql<{ total: number }>`SELECT count(*)::int AS total FROM ${fromLedger} WHERE ${where}`.execute(db),
  ]);
  return { rows, total: count.rows[0]?.total ?? 0 };
}

/** One enterprise's ledger (the caller's reach is checked before: see unit-access). */
export async function findLedger(db: Executor, placeId: number, today: string): Promise<LedgerRow | null> {
  const { rows } = await sql<LedgerRow>`
    SELECT ${ledgerColumns(today)} FROM ${fromLedger} WHERE p.id = ${placeId}`.execute(db);
  return rows[0] ?? null;
}

/** Makes or replaces an enterprise's ledger; true when a figure changed (an equal row is left alone). */
export async function saveLedger(
  db: Executor,
  placeId: number,
  body: EnterpriseLedgerBody,
  userId: number | null,
): Promise<boolean> {
  const { rows } = await sql`
    INSERT INTO enterprise_ledger AS l (place_id, headcount, workers_back, on_duty, closed_loop, dormitories,
                                        dormitory_persons, canteen_open, staggered_meals, liaison_name,
                                        liaison_phone, updated_by)
    VALUES (${placeId}, ${body.headcount}, ${body.workersBack}, ${body.onDuty}, ${body.closedLoop},
            ${body.dormitories}, ${body.dormitoryPersons}, ${body.canteenOpen}, ${body.staggeredMeals},
            ${body.liaisonName}, ${body.liaisonPhone}, ${userId})
    ON CONFLICT (place_id) DO UPDATE SET
      headcount = excluded.headcount, workers_back = excluded.workers_back, on_duty = excluded.on_duty,
      closed_loop = excluded.closed_loop, dormitories = excluded.dormitories,
      dormitory_persons = excluded.dormitory_persons, canteen_open = excluded.canteen_open,
      staggered_meals = excluded.staggered_meals, liaison_name = excluded.liaison_name,
      liaison_phone = excluded.liaison_phone, updated_by = excluded.updated_by, updated_at = now()
    WHERE (l.headcount, l.workers_back, l.on_duty, l.closed_loop, l.dormitories, l.dormitory_persons,
           l.canteen_open, l.staggered_meals, l.liaison_name, l.liaison_phone)
          IS DISTINCT FROM
          (excluded.headcount, excluded.workers_back, excluded.on_duty, excluded.closed_loop, excluded.dormitories,
           excluded.dormitory_persons, excluded.canteen_open, excluded.staggered_meals, excluded.liaison_name,
           excluded.liaison_phone)
    RETURNING 1`.execute(db);
  return rows.length > 0;
}

/** The day's figures a report brings into the ledger (on duty and back today). */
export async function setDayFigures(
  db: Executor,
  placeId: number,
  figures: { onDuty: number; workersBack: number; headcount: number },
  userId: number,
): Promise<void> {
  await sql`
    INSERT INTO enterprise_ledger AS l (place_id, headcount, workers_back, on_duty, updated_by)
    VALUES (${placeId}, ${figures.headcount}, ${figures.workersBack}, ${figures.onDuty}, ${userId})
    ON CONFLICT (place_id) DO UPDATE SET headcount = excluded.headcount, workers_back = excluded.workers_back,
      on_duty = excluded.on_duty, updated_by = excluded.updated_by, updated_at = now()`.execute(db);
}

/** Serialises edits of one enterprise (ledger, report, resumption) until the transaction ends. */
export async function lockEnterprise(db: Executor, placeId: number): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(hashtext('enterprise'), ${placeId}::int)`.execute(db);
}
