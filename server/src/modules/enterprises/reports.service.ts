import type { Actor } from '../../core/auth/actor.ts';
import { type AuditContext, appendAudit } from '../../core/audit/audit.ts';
import type { Db } from '../../core/db/database.ts';
import { notFound } from '../../core/errors.ts';
import { localDate } from '../../core/time/local-time.ts';
import * as ledgers from './enterprises.repository.ts';
import type { DayQuery, EnterpriseDay, EnterpriseReport, EnterpriseReportBody } from './enterprises.schema.ts';
import { type FieldProblem, refuse } from './ledger-rules.ts';
import * as repo from './reports.repository.ts';
import { keptUnit, regionPathInScope } from './unit-access.ts';
import { attendanceRate } from './vocabulary.ts';

export const toReport = (row: repo.ReportRow): EnterpriseReport => ({
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
function reportProblems(body: EnterpriseReportBody, headcount: number): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (headcount > 0 && body.workersBack > headcount)
    problems.push({ field: 'workersBack', reason: 'exceeds_headcount' });
  if (body.onDuty > body.workersBack) problems.push({ field: 'onDuty', reason: 'exceeds_workers_back' });
  if (body.inClosedLoop > body.workersBack) problems.push({ field: 'inClosedLoop', reason: 'exceeds_workers_back' });
  if (body.symptomatic > body.workersBack) problems.push({ field: 'symptomatic', reason: 'exceeds_workers_back' });
  return problems;
}

/**
 * Files today's report of an enterprise (filed again the same day, it replaces the first) and carries its
 * on-duty and back figures into the ledger, so the ledger's 到岗率 is today's.
 */
export async function fileReport(
  db: Db,
  actor: Actor,
  audit: AuditContext,
  timeZone: string,
  placeId: number,
  body: EnterpriseReportBody,
): Promise<EnterpriseReport> {
  const day = localDate(new Date(), timeZone);
  return db.transaction().execute(async (trx) => {
    await keptUnit(trx, actor, placeId, 'enterprise');
    await ledgers.lockEnterprise(trx, placeId);
    const ledger = await ledgers.findLedger(trx, placeId, day);
    if (!ledger) throw notFound();
    refuse(reportProblems(body, ledger.headcount));
    await repo.upsertReport(trx, placeId, day, body, actor.userId);
    // A headcount never given is taken from the first report: nobody is back who is not on the payroll.
    const headcount = Math.max(ledger.headcount, body.workersBack);
    await ledgers.setDayFigures(trx, placeId, { ...body, headcount }, actor.userId);
    await appendAudit(trx, audit, {
      action: 'enterprise.report.file',
      entity: 'place',
      entityId: placeId,
      summary: { day, replaced: ledger.reported_today, ...body },
    });
    const report = await repo.findReport(trx, placeId, day);
    if (!report) throw notFound();
    return toReport(report);
  });
}

/** Rows and totals of the enterprises of a region on a day: who reported, who has not, 到岗率 of each. */
export async function enterpriseDayRows(db: Db, actor: Actor, timeZone: string, query: DayQuery) {
  const day = query.day ?? localDate(new Date(), timeZone);
  const regionPath = await regionPathInScope(db, actor, query.regionId);
  const rows = await repo.dayRows(db, ledgers.enterpriseFilter(actor, regionPath), day);
  return { day, rows };
}

/** The day's list of a region: every enterprise with its report or none, and the totals. */
export async function enterpriseDay(db: Db, actor: Actor, timeZone: string, query: DayQuery): Promise<EnterpriseDay> {
  const { day, rows } = await enterpriseDayRows(db, actor, timeZone, query);
  const reported = rows.flatMap((row) => (row.report ? [{ row, report: row.report }] : []));
  const sum = (pick: (r: repo.ReportRow) => number) => reported.reduce((n, { report }) => n + pick(report), 0);
  const reportedHeadcount = reported.reduce((n, { row }) => n + row.headcount, 0);
  return {
    day,
    items: rows.map((row) => ({
      id: row.id,
      code: row.code,
      name: row.name,
      grid: { id: row.grid_id, name: row.grid_name },
      headcount: row.headcount,
      closedLoop: row.closed_loop,
      liaisonName: row.liaison_name,
      report: row.report && toReport(row.report),
      attendanceRate: row.report ? attendanceRate(row.report.on_duty, row.headcount) : null,
    })),
    totals: {
      enterprises: rows.length,
      reported: reported.length,
      missing: rows.length - reported.length,
      headcount: rows.reduce((n, row) => n + row.headcount, 0),
      onDuty: sum((r) => r.on_duty),
      workersBack: sum((r) => r.workers_back),
      symptomatic: sum((r) => r.symptomatic),
      tested: sum((r) => r.tested),
      attendanceRate: attendanceRate(
        sum((r) => r.on_duty),
        reportedHeadcount,
      ),
    },
  };
}
