import type { Actor } from '../../core/auth/actor.ts';
import type { Db } from '../../core/db/database.ts';
import { reportFiling, tally, unitsOfDay } from '../keyplaces/daily-reports.service.ts';
import type { FieldProblem } from '../keyplaces/field-problems.ts';
import type { DayQuery } from '../keyplaces/units.schema.ts';
import { unitOf } from '../keyplaces/units.service.ts';
import { enterpriseUnits, type LedgerRow, type ReportRow, setDayFigures } from './enterprises.repository.ts';
import type { EnterpriseDay, EnterpriseReport, EnterpriseReportBody } from './enterprises.schema.ts';
import { attendanceRate } from './vocabulary.ts';

export const toReport = (row: ReportRow): EnterpriseReport => ({
  day: row.day,
  onDuty: row.on_duty,
  workersBack: row.workers_back,
  inClosedLoop: row.in_closed_loop,
  symptomatic: row.symptomatic,
  tested: row.tested,
  note: row.note,
  reportedBy: row.reported_by,
  reportedAt: new Date(row.reported_at).toISOString(),
});

/** What is wrong with a day's figures, given the enterprise's headcount (0: not known yet). */
function reportProblems(body: EnterpriseReportBody, { headcount }: LedgerRow): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (headcount > 0 && body.workersBack > headcount)
    problems.push({ field: 'workersBack', reason: 'exceeds_headcount' });
  if (body.onDuty > body.workersBack) problems.push({ field: 'onDuty', reason: 'exceeds_workers_back' });
  if (body.inClosedLoop > body.workersBack) problems.push({ field: 'inClosedLoop', reason: 'exceeds_workers_back' });
  if (body.symptomatic > body.workersBack) problems.push({ field: 'symptomatic', reason: 'exceeds_workers_back' });
  return problems;
}

/** Files today's report of an enterprise (filed again the same day, it replaces the first). */
export const fileReport = reportFiling<LedgerRow, ReportRow, EnterpriseReportBody, EnterpriseReport>({
  units: enterpriseUnits,
  problems: reportProblems,
  // The report's on-duty and back figures go into the ledger, so the ledger's 到岗率 is today's. A headcount
  // never given is taken from the first report: nobody is back who is not on the payroll.
  carry: (trx, placeId, body, ledger, userId) =>
    setDayFigures(trx, placeId, { ...body, headcount: Math.max(ledger.headcount, body.workersBack) }, userId),
  toReport,
});

/** The day's list of a region: every enterprise with its report or none, 到岗率 of each, and the totals. */
export async function enterpriseDay(db: Db, actor: Actor, timeZone: string, query: DayQuery): Promise<EnterpriseDay> {
  const { day, rows } = await unitsOfDay(db, actor, timeZone, query, enterpriseUnits);
  const { reported, missing, sum } = tally(rows);
  const reportedHeadcount = rows.reduce((n, row) => n + (row.report ? row.headcount : 0), 0);
  return {
    day,
    items: rows.map((row) => ({
      ...unitOf(row),
      headcount: row.headcount,
      closedLoop: row.closed_loop,
      liaisonName: row.liaison_name,
      report: row.report && toReport(row.report),
      attendanceRate: row.report ? attendanceRate(row.report.on_duty, row.headcount) : null,
    })),
    totals: {
      enterprises: rows.length,
      reported,
      missing,
      headcount: rows.reduce((n, row) => n + row.headcount, 0),
      onDuty: sum((r) => r.on_duty),
      workersBack: sum((r) => r.workers_back),
      symptomatic: sum((r) => r.symptomatic),
      tested: sum((r) => r.tested),
      /** On duty over the headcount of the enterprises that reported. */
      attendanceRate: attendanceRate(
        sum((r) => r.on_duty),
        reportedHeadcount,
      ),
    },
  };
}
