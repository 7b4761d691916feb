import { type RawBuilder, sql } from 'kysely';
import type { Actor } from '../../core/auth/actor.ts';
import type { Executor } from '../../core/db/database.ts';
import {
  registryCount,
  type UnitReportRow,
  type UnitRow,
  unitFilter,
  unitsRepository,
} from '../keyplaces/units.repository.ts';
import type { EnterpriseLedgerBody, EnterpriseListQuery, EnterpriseReportBody } from './enterprises.schema.ts';
import type { ClosedLoopStatus, ResumptionStatus } from './vocabulary.ts';

export interface LedgerRow extends UnitRow {
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
}

export interface ReportRow extends UnitReportRow {
  on_duty: number;
  workers_back: number;
  in_closed_loop: number;
  symptomatic: number;
  tested: number;
}

const latestResumption = sql`coalesce((SELECT r.status FROM enterprise_resumption r WHERE r.place_id = p.id
                                        ORDER BY r.requested_at DESC, r.id DESC LIMIT 1), 'none')`;

/** Enterprise ledgers (企业台账) and their daily reports; an enterprise never edited reads as defaults. */
export const enterpriseUnits = unitsRepository<LedgerRow, ReportRow, EnterpriseReportBody>({
  type: 'enterprise',
  ledgerTable: 'enterprise_ledger',
  reportTable: 'enterprise_daily_report',
  ledgerColumns: () => sql`
    coalesce(l.headcount, ${registryCount('headcount')}, 0) AS headcount,
    coalesce(l.workers_back, 0) AS workers_back, coalesce(l.on_duty, 0) AS on_duty,
    coalesce(l.closed_loop, 'none') AS closed_loop,
    coalesce(l.dormitories, 0) AS dormitories, coalesce(l.dormitory_persons, 0) AS dormitory_persons,
    coalesce(l.canteen_open, false) AS canteen_open, coalesce(l.staggered_meals, false) AS staggered_meals,
    l.liaison_name, l.liaison_phone, ${latestResumption} AS resumption`,
  reportColumns: {
    onDuty: 'on_duty',
    workersBack: 'workers_back',
    inClosedLoop: 'in_closed_loop',
    symptomatic: 'symptomatic',
    tested: 'tested',
  },
});

/** Enterprises the caller reads, narrowed to a region path and the list's filters. */
export function enterpriseFilter(
  actor: Actor,
  regionPath: string | null,
  q: Pick<EnterpriseListQuery, 'q' | 'closedLoop' | 'resumption'>,
): RawBuilder<boolean> {
  return sql<boolean>`${unitFilter(actor, 'enterprise', regionPath, q.q)}
    ${q.closedLoop ? sql`AND coalesce(l.closed_loop, 'none') = ${q.closedLoop}` : sql``}
    ${q.resumption ? sql`AND ${latestResumption} = ${q.resumption}` : sql``}`;
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
