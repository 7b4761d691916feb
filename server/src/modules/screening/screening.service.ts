import { type Actor, systemActor } from '../../core/auth/actor.ts';
import { type AuditContext, appendAudit } from '../../core/audit/audit.ts';
import type { Db, Executor } from '../../core/db/database.ts';
import { notFound } from '../../core/errors.ts';
import { pathInScope } from '../regions/regions.service.ts';
import { residentsByIdNumbers } from '../registry/residents.repository.ts';
import { activeTracingRules } from '../tracing/rules.ts';
import { type CheckedPerson, checkPersons, type NumberedPerson } from './person-rows.ts';
import * as repo from './screening.repository.ts';
import { personChunks } from './screening.file.ts';
import type { CreateListBody, ImportOutcome, ImportReply, ListsQuery, ScreeningList } from './screening.schema.ts';
import type { ListSource } from './vocabulary.ts';

export type { ListRef } from './screening.repository.ts';

/**
 * Where each person goes: the grid of their resident record, found as `matcher` sees the registry, or the
 * list's region to wait for a grid when the registry has nobody of that ID number.
 */
export async function dispatch(
  db: Executor,
  matcher: Actor,
  list: repo.ListRef,
  persons: CheckedPerson[],
): Promise<repo.DispatchedPerson[]> {
  const found = await residentsByIdNumbers(
    db,
    matcher,
    persons.map((p) => p.idNumber),
  );
  const byIdNumber = new Map(found.map((r) => [r.id_number, r]));
  return persons.map((person) => {
    const resident = byIdNumber.get(person.idNumber);
    return resident
      ? { ...person, residentId: resident.id, gridId: resident.grid_id, path: resident.path }
      : { ...person, residentId: null, gridId: null, path: list.path };
  });
}

/** Checks, matches and stores one batch of a list with its audit entry (counts only: no personal data). */
async function addBatch(
  trx: Executor,
  actor: Actor,
  audit: AuditContext,
  list: repo.ListRef,
  rows: NumberedPerson[],
  timeZone: string,
  action: 'screening.list.create' | 'screening.list.import',
): Promise<ImportOutcome> {
  const { valid, rejected } = checkPersons(rows, list.source, timeZone);
  const { rules } = await activeTracingRules(trx);
  const persons = await dispatch(trx, actor, list, valid);
  const made = await repo.insertKeyPersons(trx, list.id, persons, rules.keyPersonDueHours);
  const outcome = { created: made.length, already: valid.length - made.length, rejected };
  await appendAudit(trx, audit, {
    action,
    entity: 'screening_list',
    entityId: list.id,
    summary: {
      source: list.source,
      created: outcome.created,
      already: outcome.already,
      rejectedRows: new Set(rejected.map((r) => r.row)).size,
      unmatched: persons.filter((p) => p.residentId === null).length,
    },
  });
  return outcome;
}

const toList = (row: repo.ListRow): ScreeningList => ({
  id: row.id,
  name: row.name,
  source: row.source,
  region: { id: row.region_id, name: row.region_name },
  createdAt: row.created_at.toISOString(),
  counts: {
    total: row.total,
    pending: row.pending,
    foundTested: row.found_tested,
    underMeasure: row.under_measure,
    notFound: row.not_found,
    overdue: row.overdue,
    unassigned: row.unassigned,
  },
});

async function listSummary(db: Executor, actor: Actor, listId: number): Promise<ScreeningList> {
  const { rows } = await repo.listRows(db, actor, { listId, limit: 1, offset: 0 });
  if (!rows[0]) throw notFound();
  return toList(rows[0]);
}

/**
 * Brings in a screening list with its persons in one transaction: each valid person is matched to the
 * registry within the caller's jurisdiction and dispatched with the protocol's deadline.
 */
export async function createList(
  db: Db,
  actor: Actor,
  audit: AuditContext,
  timeZone: string,
  body: CreateListBody,
): Promise<ImportReply> {
  return db.transaction().execute(async (trx) => {
    // Unmatched persons wait at the list's region: it must be one the caller answers for.
    const region = await pathInScope(trx, actor, body.regionId);
    if (!region) throw notFound();
    const list = await repo.insertList(trx, {
      name: body.name.trim(),
      source: body.source,
      regionId: body.regionId,
      path: region.path,
      createdBy: actor.userId || null,
    });
    const rows = body.persons.map((person, i) => ({ ...person, row: i + 1 }));
    const outcome = await addBatch(trx, actor, audit, list, rows, timeZone, 'screening.list.create');
    return { list: await listSummary(trx, actor, list.id), ...outcome };
  });
}

/** Adds the persons of a list file to a list of the jurisdiction, each chunk of rows in one transaction. */
export async function importFile(
  db: Db,
  actor: Actor,
  audit: AuditContext,
  timeZone: string,
  listId: number,
  file: string,
): Promise<ImportReply> {
  const list = await repo.findOwnList(db, actor, listId);
  if (!list) throw notFound();
  const total: ImportOutcome = { created: 0, already: 0, rejected: [] };
  for await (const chunk of personChunks(file)) {
    const done = await db
      .transaction()
      .execute((trx) => addBatch(trx, actor, audit, list, chunk, timeZone, 'screening.list.import'));
    total.created += done.created;
    total.already += done.already;
    total.rejected.push(...done.rejected);
  }
  return { list: await listSummary(db, actor, listId), ...total };
}

/** Lists concerning the jurisdiction, newest first, with their persons counted per status. */
export async function lists(db: Db, actor: Actor, query: ListsQuery) {
  const { rows, total } = await repo.listRows(db, actor, {
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  });
  return { items: rows.map(toList), total };
}

/**
 * A list another channel fills (a pharmacy's buyers of a day), made without a user's jurisdiction check:
 * the caller has placed it (`path` of its region, where unmatched persons wait). The caller audits.
 */
export async function openChannelList(
  trx: Executor,
  list: { name: string; source: ListSource; regionId: number; path: string; createdBy: number | null },
): Promise<repo.ListRef> {
  return repo.insertList(trx, list);
}

/**
 * Puts persons a channel brings on its list, each due at its own time and matched by the platform (a buyer
 * living in any grid reaches that grid's worker). The key-person id of each ID number, new or already
 * listed. The caller audits its own write, in the same transaction.
 */
export async function enlist(
  trx: Executor,
  list: repo.ListRef,
  persons: (CheckedPerson & { dueAt: string })[],
): Promise<Map<string, number>> {
  const dispatched = await dispatch(trx, systemActor, list, persons);
  const dueAt = new Map(persons.map((p) => [p.idNumber, p.dueAt]));
  const made = await repo.insertKeyPersons(
    trx,
    list.id,
    dispatched.map((p) => ({ ...p, dueAt: dueAt.get(p.idNumber) ?? new Date().toISOString() })),
    0,
  );
  const ids = new Map(made.map((row) => [row.id_number, row.id]));
  for (const person of persons.filter((p) => !ids.has(p.idNumber))) {
    const id = await repo.keyPersonIdOnList(trx, list.id, person.idNumber);
    if (id !== undefined) ids.set(person.idNumber, id);
  }
  return ids;
}

/**
 * How the persons a channel enlisted fare (status, grid, when the outcome came), as an SQL relation for the
 * channel's ledger to join on the key-person ids `enlist` gave it. The ledger decides which of its rows a
 * user may read; the outcome itself is recorded here, by the grid worker.
 */
export const followUpStates = repo.followUpStates;
