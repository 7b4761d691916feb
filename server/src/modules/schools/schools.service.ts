import type { Actor } from '../../core/auth/actor.ts';
import { type AuditContext, appendAudit } from '../../core/audit/audit.ts';
import type { Db, Executor } from '../../core/db/database.ts';
import { refuse } from '../keyplaces/field-problems.ts';
import { readUnit } from '../keyplaces/unit-access.ts';
import { keepingUnit, myUnits, today, unitDetail, unitLedgerOf, unitPage } from '../keyplaces/units.service.ts';
import * as repo from './schools.repository.ts';
import type {
  MySchools,
  SchoolClassesBody,
  SchoolDetail,
  SchoolLedger,
  SchoolLedgerBody,
  SchoolListQuery,
} from './schools.schema.ts';
import { toSchoolReport } from './reports.service.ts';

/** The school's ledger as its form sends it, with the rotation's start: what an import row patches. */
export const ledgerBodyOf = (row: repo.SchoolRow) => ({
  status: row.status,
  students: row.students,
  staff: row.staff,
  samplingPercent: row.sampling_percent,
  samplingStartsOn: row.sampling_starts_on,
});

export const toSchool = (row: repo.SchoolRow): SchoolLedger => ({
  ...unitLedgerOf(row),
  ...ledgerBodyOf(row),
  classes: row.classes,
});

/** School ledgers of the jurisdiction (and the caller's own school). */
export async function listSchools(db: Db, actor: Actor, timeZone: string, query: SchoolListQuery) {
  const filter = (regionPath: string | null) => repo.schoolFilter(actor, regionPath, query);
  return unitPage(db, actor, timeZone, query, repo.schoolUnits, filter, toSchool);
}

async function detail(db: Executor, actor: Actor, placeId: number, timeZone: string): Promise<SchoolDetail> {
  const { row, members, canEdit } = await unitDetail(db, actor, timeZone, placeId, repo.schoolUnits);
  return { ledger: toSchool(row), classList: await repo.classesOf(db, placeId), members, canEdit };
}

/** One school: its ledger, classes and people. */
export async function getSchool(db: Db, actor: Actor, timeZone: string, placeId: number): Promise<SchoolDetail> {
  await readUnit(db, actor, placeId, 'school');
  return detail(db, actor, placeId, timeZone);
}

/** Saves a school's ledger (made on the first edit), by a keeper of ledgers or the school's liaison. */
export async function saveSchool(
  db: Db,
  actor: Actor,
  audit: AuditContext,
  timeZone: string,
  placeId: number,
  body: SchoolLedgerBody,
): Promise<SchoolDetail> {
  return keepingUnit(db, actor, placeId, repo.schoolUnits, async (trx) => {
    const before = await repo.schoolUnits.find(trx, placeId, today(timeZone));
    // The rotation keeps its start unless a new one is given: changing the share alone re-cuts the groups.
    const samplingStartsOn = body.samplingStartsOn ?? before?.sampling_starts_on ?? today(timeZone);
    await repo.saveSchool(trx, placeId, { ...body, samplingStartsOn }, actor.userId);
    await appendAudit(trx, audit, {
      action: 'school.ledger.save',
      entity: 'place',
      entityId: placeId,
      summary: { before: before?.kept ? toSchool(before) : null, after: { ...body, samplingStartsOn } },
    });
    return detail(trx, actor, placeId, timeZone);
  });
}

/** Replaces a school's classes (names unique within the school). */
export async function saveClasses(
  db: Db,
  actor: Actor,
  audit: AuditContext,
  timeZone: string,
  placeId: number,
  body: SchoolClassesBody,
): Promise<SchoolDetail> {
  const classes = body.classes.map((c) => ({ name: c.name.trim(), size: c.size }));
  const seen = new Set<string>();
  refuse(
    classes.flatMap((c, i) => {
      const problem = c.name === '' ? 'required' : seen.has(c.name) ? 'duplicate' : null;
      seen.add(c.name);
      return problem ? [{ field: `classes.${i}.name`, reason: problem }] : [];
    }),
  );
  return keepingUnit(db, actor, placeId, repo.schoolUnits, async (trx) => {
    await repo.replaceClasses(trx, placeId, classes);
    await appendAudit(trx, audit, {
      action: 'school.classes.save',
      entity: 'place',
      entityId: placeId,
      summary: { classes: classes.length, students: classes.reduce((n, c) => n + c.size, 0) },
    });
    return detail(trx, actor, placeId, timeZone);
  });
}

/** The caller's own schools with today's report: what a liaison's phone opens on. */
export async function mySchools(db: Db, actor: Actor, timeZone: string): Promise<MySchools> {
  return myUnits(db, actor, timeZone, repo.schoolUnits, { ledger: toSchool, report: toSchoolReport });
}
