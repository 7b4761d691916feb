import type { Actor } from '../../core/auth/actor.ts';
import type { Db } from '../../core/db/database.ts';
import { notFound } from '../../core/errors.ts';
import { reportFiling, tally, unitsOfDay } from '../keyplaces/daily-reports.service.ts';
import type { FieldProblem } from '../keyplaces/field-problems.ts';
import { readUnit } from '../keyplaces/unit-access.ts';
import type { DayQuery } from '../keyplaces/units.schema.ts';
import { today, unitOf } from '../keyplaces/units.service.ts';
import { classGroup, dayOfCycle, samplingCycle } from './sampling.ts';
import { classesOf, type SchoolReportRow, type SchoolRow, schoolUnits } from './schools.repository.ts';
import type { SamplingDay, SchoolDay, SchoolReport, SchoolReportBody } from './schools.schema.ts';

export const toSchoolReport = (row: SchoolReportRow): SchoolReport => ({
  day: row.day,
  present: row.present,
  absentIll: row.absent_ill,
  fever: row.fever,
  note: row.note,
  reportedBy: row.reported_by,
  reportedAt: new Date(row.reported_at).toISOString(),
});

/** What is wrong with a day's health report, given the school's students and staff (0: not known yet). */
function reportProblems(body: SchoolReportBody, school: SchoolRow): FieldProblem[] {
  const enrolled = school.students + school.staff;
  const problems: FieldProblem[] = [];
  if (enrolled > 0 && body.present + body.absentIll > enrolled)
    problems.push({ field: 'present', reason: 'exceeds_students_and_staff' });
  if (body.fever > body.present + body.absentIll) problems.push({ field: 'fever', reason: 'exceeds_counted' });
  return problems;
}

/** Files today's health report of a school (晨午检); filed again the same day, it replaces the first. */
export const fileSchoolReport = reportFiling<SchoolRow, SchoolReportRow, SchoolReportBody, SchoolReport>({
  units: schoolUnits,
  problems: reportProblems,
  toReport: toSchoolReport,
});

/** The day's list of a region: every school with its report or none, and the totals. */
export async function schoolDay(db: Db, actor: Actor, timeZone: string, query: DayQuery): Promise<SchoolDay> {
  const { day, rows } = await unitsOfDay(db, actor, timeZone, query, schoolUnits);
  const { reported, missing, sum } = tally(rows);
  return {
    day,
    items: rows.map((row) => ({
      ...unitOf(row),
      status: row.status,
      students: row.students,
      staff: row.staff,
      report: row.report && toSchoolReport(row.report),
    })),
    totals: {
      schools: rows.length,
      reported,
      missing,
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
  const day = asked ?? today(timeZone);
  const school = await schoolUnits.find(db, placeId, day);
  if (!school) throw notFound();
  const cycle = samplingCycle(school.sampling_percent);
  const k = dayOfCycle(school.sampling_starts_on, day, cycle);
  const classes = (await classesOf(db, placeId)).map((c) => ({ ...c, ...classGroup(c.size, cycle, k) }));
  return {
    day,
    percent: school.sampling_percent,
    cycle,
    dayOfCycle: k + 1,
    classes,
    total: classes.reduce((n, c) => n + c.count, 0),
  };
}
