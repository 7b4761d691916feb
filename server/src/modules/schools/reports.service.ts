import type { Actor } from '../../core/auth/actor.ts';
import { type AuditContext, appendAudit } from '../../core/audit/audit.ts';
import type { Db } from '../../core/db/database.ts';
import { notFound } from '../../core/errors.ts';
import { localDate } from '../../core/time/local-time.ts';
import { type FieldProblem, refuse } from '../enterprises/ledger-rules.ts';
import { keptUnit, readUnit, regionPathInScope } from '../enterprises/unit-access.ts';
import { classGroup, dayOfCycle, samplingCycle } from './sampling.ts';
import * as repo from './schools.repository.ts';
import type { DayQuery, SamplingDay, SchoolDay, SchoolReport, SchoolReportBody } from './schools.schema.ts';

export const toSchoolReport = (row: repo.SchoolReportRow): SchoolReport => ({
  day: row.day,
  present: row.present,
  absentIll: row.absent_ill,
  fever: row.fever,
  note: row.note,
  reportedBy: row.reported_by,
  reportedAt: new Date(row.reported_at).toISOString(),
});

/** What is wrong with a day's health report, given the school's students and staff (0: not known yet). */
function reportProblems(body: SchoolReportBody, enrolled: number): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (enrolled > 0 && body.present + body.absentIll > enrolled)
    problems.push({ field: 'present', reason: 'exceeds_students_and_staff' });
  if (body.fever > body.present + body.absentIll) problems.push({ field: 'fever', reason: 'exceeds_counted' });
  return problems;
}

/** Files today's health report of a school (晨午检); filed again the same day, it replaces the first. */
export async function fileSchoolReport(
  db: Db,
  actor: Actor,
  audit: AuditContext,
  timeZone: string,
  placeId: number,
  body: SchoolReportBody,
): Promise<SchoolReport> {
  const day = localDate(new Date(), timeZone);
  return db.transaction().execute(async (trx) => {
    await keptUnit(trx, actor, placeId, 'school');
    await repo.lockSchool(trx, placeId);
    const school = await repo.findSchool(trx, placeId, day);
    if (!school) throw notFound();
    refuse(reportProblems(body, school.students + school.staff));
    await repo.upsertReport(trx, placeId, day, body, actor.userId);
    await appendAudit(trx, audit, {
      action: 'school.report.file',
      entity: 'place',
      entityId: placeId,
      summary: { day, replaced: school.reported_today, ...body },
    });
    const report = await repo.findReport(trx, placeId, day);
    if (!report) throw notFound();
    return toSchoolReport(report);
  });
}

/** The schools of a region on a day with their reports (null: not reported). */
export async function schoolDayRows(db: Db, actor: Actor, timeZone: string, query: DayQuery) {
  const day = query.day ?? localDate(new Date(), timeZone);
  const regionPath = await regionPathInScope(db, actor, query.regionId);
  return { day, rows: await repo.dayRows(db, repo.schoolFilter(actor, regionPath), day) };
}

/** The day's list of a region: every school with its report or none, and the totals. */
export async function schoolDay(db: Db, actor: Actor, timeZone: string, query: DayQuery): Promise<SchoolDay> {
  const { day, rows } = await schoolDayRows(db, actor, timeZone, query);
  const reports = rows.flatMap((row) => (row.report ? [row.report] : []));
  const sum = (pick: (r: repo.SchoolReportRow) => number) => reports.reduce((n, r) => n + pick(r), 0);
  return {
    day,
    items: rows.map((row) => ({
      id: row.id,
      code: row.code,
      name: row.name,
      grid: { id: row.grid_id, name: row.grid_name },
      status: row.status,
      students: row.students,
      staff: row.staff,
      report: row.report && toSchoolReport(row.report),
    })),
    totals: {
      schools: rows.length,
      reported: reports.length,
      missing: rows.length - reports.length,
      present: sum((r) => r.present),
      absentIll: sum((r) => r.absent_ill),
      fever: sum((r) => r.fever),
    },
  };
}

/** Who of each class is tested on a day, by the school's share and rotation (sampling.ts). */
export async function samplingDay(
  db: Db,
  actor: Actor,
  timeZone: string,
  placeId: number,
  asked: string | undefined,
): Promise<SamplingDay> {
  await readUnit(db, actor, placeId, 'school');
  const day = asked ?? localDate(new Date(), timeZone);
  const school = await repo.findSchool(db, placeId, day);
  if (!school) throw notFound();
  const cycle = samplingCycle(school.sampling_percent);
  const k = dayOfCycle(school.sampling_starts_on, day, cycle);
  const classes = (await repo.classesOf(db, placeId)).map((c) => ({ ...c, ...classGroup(c.size, cycle, k) }));
  return {
    day,
    percent: school.sampling_percent,
    cycle,
    dayOfCycle: k + 1,
    classes,
    total: classes.reduce((n, c) => n + c.count, 0),
  };
}
