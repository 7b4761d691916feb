import type { RawBuilder } from 'kysely';
import type { Actor } from '../../core/auth/actor.ts';
import type { Db, Executor, Trx } from '../../core/db/database.ts';
import { notFound } from '../../core/errors.ts';
import { localDate } from '../../core/time/local-time.ts';
import { keptUnit, regionPathInScope, unitMembers, unitsOfMember } from './unit-access.ts';
import type { ReportFigures, UnitReportRow, UnitRow, UnitsRepository } from './units.repository.ts';

/* What the ledgers of every kind of unit do alike; each kind's service maps the rows to its own schema. */

export const today = (timeZone: string) => localDate(new Date(), timeZone);

/** Who a unit is, as every kind shows it. */
export const unitOf = (row: UnitRow) => ({
  id: row.id,
  code: row.code,
  name: row.name,
  grid: { id: row.grid_id, name: row.grid_name },
});

/** Who a unit is and where its ledger stands: kept yet, reported today, last changed. */
export const unitLedgerOf = (row: UnitRow) => ({
  ...unitOf(row),
  kept: row.kept,
  reportedToday: row.reported_today,
  updatedAt: row.updated_at === null ? null : new Date(row.updated_at).toISOString(),
});

/** A page of a kind's ledgers the caller reads, narrowed to a region of their jurisdiction by `filter`. */
export async function unitPage<Row extends UnitRow, Report extends UnitReportRow, Body extends ReportFigures, Ledger>(
  db: Db,
  actor: Actor,
  timeZone: string,
  query: { regionId?: number; page: number; pageSize: number },
  units: UnitsRepository<Row, Report, Body>,
  filter: (regionPath: string | null) => RawBuilder<boolean>,
  toLedger: (row: Row) => Ledger,
) {
  const regionPath = await regionPathInScope(db, actor, query.regionId);
  const page = { limit: query.pageSize, offset: (query.page - 1) * query.pageSize };
  const { rows, total } = await units.page(db, filter(regionPath), today(timeZone), page);
  return { items: rows.map(toLedger), total, page: query.page, pageSize: query.pageSize };
}

/** A unit's ledger row, its people, and whether the caller may keep it (the caller's reach is checked before). */
export async function unitDetail<Row extends UnitRow, Report extends UnitReportRow, Body extends ReportFigures>(
  db: Executor,
  actor: Actor,
  timeZone: string,
  placeId: number,
  units: UnitsRepository<Row, Report, Body>,
) {
  const row = await units.find(db, placeId, today(timeZone));
  if (!row) throw notFound();
  const canEdit = await keptUnit(db, actor, placeId, units.type).then(
    () => true,
    () => false,
  );
  return { row, members: await unitMembers(db, placeId), canEdit };
}

/** Runs `change` in one transaction on a unit the caller keeps, locked against other edits of it. */
export async function keepingUnit<T, Row extends UnitRow, Report extends UnitReportRow, Body extends ReportFigures>(
  db: Db,
  actor: Actor,
  placeId: number,
  units: UnitsRepository<Row, Report, Body>,
  change: (trx: Trx) => Promise<T>,
): Promise<T> {
  return db.transaction().execute(async (trx) => {
    await keptUnit(trx, actor, placeId, units.type);
    await units.lock(trx, placeId);
    return change(trx);
  });
}

/** The caller's own units of a kind with today's report: what a liaison's phone opens on. */
export async function myUnits<Row extends UnitRow, Report extends UnitReportRow, Body extends ReportFigures, L, R>(
  db: Db,
  actor: Actor,
  timeZone: string,
  units: UnitsRepository<Row, Report, Body>,
  show: { ledger: (row: Row) => L; report: (row: Report) => R },
) {
  const day = today(timeZone);
  const items = [];
  for (const unit of await unitsOfMember(db, actor, units.type)) {
    const row = await units.find(db, unit.id, day);
    const report = await units.report(db, unit.id, day);
    if (row) items.push({ ledger: show.ledger(row), today: report && show.report(report) });
  }
  return { day, items };
}
