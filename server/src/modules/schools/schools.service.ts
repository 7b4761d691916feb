import type { Actor } from '../../core/auth/actor.ts';
import { type AuditContext, appendAudit } from '../../core/audit/audit.ts';
import type { Db, Executor } from '../../core/db/database.ts';
import { notFound } from '../../core/errors.ts';
import { localDate } from '../../core/time/local-time.ts';
import { refuse } from '../enterprises/ledger-rules.ts';
import { keptUnit, readUnit, regionPathInScope, unitMembers, unitsOfMember } from '../enterprises/unit-access.ts';
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

const today = (timeZone: string) => localDate(new Date(), timeZone);

export const toSchool = (row: repo.SchoolRow): SchoolLedger => ({
  id: row.id,
  code: row.code,
  name: row.name,
  grid: { id: row.grid_id, name: row.grid_name },
  kept: row.kept,
  status: row.status,
  students: row.students,
  staff: row.staff,
  classes: row.classes,
  samplingPercent: row.sampling_percent,
  samplingStartsOn: row.sampling_starts_on,
  reportedToday: row.reported_today,
  updatedAt: row.updated_at === null ? null : new Date(row.updated_at).toISOString(),
});

/** School ledgers of the jurisdiction (and the caller's own school). */
export async function listSchools(db: Db, actor: Actor, timeZone: string, query: SchoolListQuery) {
  const regionPath = await regionPathInScope(db, actor, query.regionId);
  const page = { limit: query.pageSize, offset: (query.page - 1) * query.pageSize };
  const { rows, total } = await repo.listSchools(
    db,
    repo.schoolFilter(actor, regionPath, query),
    today(timeZone),
    page,
  );
  return { items: rows.map(toSchool), total, page: query.page, pageSize: query.pageSize };
}

async function detail(db: Executor, actor: Actor, placeId: number, timeZone: string): Promise<SchoolDetail> {
  const row = await repo.findSchool(db, placeId, today(timeZone));
  if (!row) throw notFound();
  const canEdit = await keptUnit(db, actor, placeId, 'school').then(
    () => true,
    () => false,
  );
  return {
    ledger: toSchool(row),
    classList: await repo.classesOf(db, placeId),
    members: await unitMembers(db, placeId),
    canEdit,
  };
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
  return db.transaction().execute(async (trx) => {
    await keptUnit(trx, actor, placeId, 'school');
    await repo.lockSchool(trx, placeId);
    const before = await repo.findSchool(trx, placeId, today(timeZone));
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
  return db.transaction().execute(async (trx) => {
    await keptUnit(trx, actor, placeId, 'school');
    await repo.lockSchool(trx, placeId);
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
  const day = today(timeZone);
  const items = [];
  for (const unit of await unitsOfMember(db, actor, 'school')) {
    const row = await repo.findSchool(db, unit.id, day);
    const report = await repo.findReport(db, unit.id, day);
    if (row) items.push({ ledger: toSchool(row), today: report && toSchoolReport(report) });
  }
  return { day, items };
}
