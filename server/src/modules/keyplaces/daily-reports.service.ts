import type { Actor } from '../../core/auth/actor.ts';
import { type AuditContext, appendAudit } from '../../core/audit/audit.ts';
import type { Db, Executor } from '../../core/db/database.ts';
import { notFound } from '../../core/errors.ts';
import { type FieldProblem, refuse } from './field-problems.ts';
import { regionPathInScope } from './unit-access.ts';
import {
  type ReportFigures,
  type UnitReportRow,
  type UnitRow,
  type UnitsRepository,
  unitFilter,
} from './units.repository.ts';
import type { DayQuery } from './units.schema.ts';
import { keepingUnit, today } from './units.service.ts';

/** How a kind of unit takes its daily report: what is wrong with one, what else it changes, how it shows. */
export interface DailyReports<Row extends UnitRow, Report extends UnitReportRow, Body extends ReportFigures, Shown> {
  units: UnitsRepository<Row, Report, Body>;
  /** What is wrong with the day's figures, given the unit's ledger. */
  problems: (body: Body, ledger: Row) => FieldProblem[];
  /** What else the report changes, once stored. */
  carry?: (trx: Executor, placeId: number, body: Body, ledger: Row, userId: number) => Promise<void>;
  toReport: (row: Report) => Shown;
}

/** Filing today's report of a unit of the kind (filed again the same day, it replaces the first), audited. */
export const reportFiling =
  <Row extends UnitRow, Report extends UnitReportRow, Body extends ReportFigures, Shown>(
    reports: DailyReports<Row, Report, Body, Shown>,
  ) =>
  async (db: Db, actor: Actor, audit: AuditContext, timeZone: string, placeId: number, body: Body): Promise<Shown> => {
    const day = today(timeZone);
    const { units } = reports;
    return keepingUnit(db, actor, placeId, units, async (trx) => {
      const ledger = await units.find(trx, placeId, day);
      if (!ledger) throw notFound();
      refuse(reports.problems(body, ledger));
      await units.storeReport(trx, placeId, day, body, actor.userId);
      await reports.carry?.(trx, placeId, body, ledger, actor.userId);
      await appendAudit(trx, audit, {
        action: `${units.type}.report.file`,
        entity: 'place',
        entityId: placeId,
        summary: { day, replaced: ledger.reported_today, ...body },
      });
      const report = await units.report(trx, placeId, day);
      if (!report) throw notFound();
      return reports.toReport(report);
    });
  };

/** The units of a region on a day (today by default) with their reports (null: not reported). */
export async function unitsOfDay<Row extends UnitRow, Report extends UnitReportRow, Body extends ReportFigures>(
  db: Db,
  actor: Actor,
  timeZone: string,
  query: DayQuery,
  units: UnitsRepository<Row, Report, Body>,
) {
  const day = query.day ?? today(timeZone);
  const regionPath = await regionPathInScope(db, actor, query.regionId);
  return { day, rows: await units.dayRows(db, unitFilter(actor, units.type, regionPath), day) };
}

/** How many of the day's units reported and how many have not, and a sum over the reports. */
export function tally<Report>(rows: { report: Report | null }[]) {
  const reports = rows.flatMap((row) => (row.report ? [row.report] : []));
  return {
    reported: reports.length,
    missing: rows.length - reports.length,
    sum: (pick: (report: Report) => number) => reports.reduce((n, report) => n + pick(report), 0),
  };
}
