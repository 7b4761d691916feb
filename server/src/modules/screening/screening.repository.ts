import { type RawBuilder, sql } from 'kysely';
import type { Actor } from '../../core/auth/actor.ts';
import { inJurisdiction, touchesJurisdiction } from '../../core/auth/scope.ts';
import type { Executor } from '../../core/db/database.ts';
import type { CheckedPerson } from './person-rows.ts';
import type { KeyPersonFilter } from './screening.schema.ts';
import type { KeyPersonStatus, ListSource } from './vocabulary.ts';

const hours = (value: number) => sql`(${value}::float8 * interval '1 hour')`;
/** SQL true for a key person `k` still pending past the deadline. */
const overdue = sql<boolean>`(k.status = 'pending' AND k.due_at < now())`;

export interface ListRef {
  id: number;
  source: ListSource;
  path: string;
}

export async function insertList(
  db: Executor,
  list: { name: string; source: ListSource; regionId: number; path: string; createdBy: number | null },
): Promise<ListRef> {
  const { rows } = await sql<ListRef>`
    INSERT INTO screening_list (name, source, region_id, path, created_by)
    VALUES (${list.name}, ${list.source}, ${list.regionId}, ${list.path}::ltree, ${list.createdBy})
    RETURNING id, source, path::text AS path`.execute(db);
  const row = rows[0];
  if (!row) throw new Error('screening_list insert returned nothing');
  return row;
}

/** A list whose region lies within the jurisdiction: the lists a user may add persons to. */
export async function findOwnList(db: Executor, actor: Actor, listId: number): Promise<ListRef | undefined> {
  const { rows } = await sql<ListRef>`
    SELECT l.id, l.source, l.path::text AS path FROM screening_list l
     WHERE l.id = ${listId} AND ${inJurisdiction(actor, 'l.path')}`.execute(db);
  return rows[0];
}

/**
 * The self-report list of the day (by name), made at the city's top region on the day's first report. The
 * lock makes concurrent first reports agree on one list; it is held to commit, as the audit chain is anyway.
 */
export async function selfReportList(db: Executor, name: string): Promise<ListRef> {
  await sql`SELECT pg_advisory_xact_lock(hashtext('screening.self_report_list'))`.execute(db);
  const { rows } = await sql<ListRef>`
    WITH found AS (SELECT id, source, path::text AS path FROM screening_list WHERE source = 'self_report' AND name = ${name}),
         made AS (INSERT INTO screening_list (name, source, region_id, path)
                  SELECT ${name}, 'self_report', r.id, r.path FROM region r
                   WHERE r.parent_id IS NULL AND NOT EXISTS (SELECT 1 FROM found) ORDER BY r.id LIMIT 1
                  RETURNING id, source, path::text AS path)
    SELECT * FROM found UNION ALL SELECT * FROM made`.execute(db);
  const row = rows[0];
  if (!row) throw new Error('no region to hold self-reports');
  return row;
}

/** A checked person with where they go: their resident's grid, or the list's region when unmatched. */
export interface DispatchedPerson extends CheckedPerson {
  residentId: number | null;
  gridId: number | null;
  path: string;
}

/**
 * Adds persons to a list, due `dueHours` from now unless a person brings their own `dueAt`; a person already
 * on it is left as is. The new rows' ids.
 */
export async function insertKeyPersons(
  db: Executor,
  listId: number,
  persons: (DispatchedPerson & { dueAt?: string })[],
  dueHours: number,
): Promise<{ id: number; id_number: string }[]> {
  if (persons.length === 0) return [];
  const column = <K extends keyof DispatchedPerson>(key: K) => persons.map((p) => p[key]);
  const dueAt = persons.map((p) => p.dueAt ?? null);
  const { rows } = await sql<{ id: number; id_number: string }>`
    INSERT INTO key_person (list_id, id_number, name, phone, address, from_area, arrived_at, note, resident_id,
                            grid_id, path, due_at)
    SELECT ${listId}, t.id_number, t.name, t.phone, t.address, t.from_area, t.arrived_at, t.note, t.resident_id,
           t.grid_id, t.path::ltree, coalesce(t.due_at, now() + ${hours(dueHours)})
      FROM unnest(${column('idNumber')}::text[], ${column('name')}::text[], ${column('phone')}::text[],
                  ${column('address')}::text[], ${column('fromArea')}::text[], ${column('arrivedAt')}::timestamptz[],
                  ${column('note')}::text[], ${column('residentId')}::bigint[], ${column('gridId')}::bigint[],
                  ${column('path')}::text[], ${dueAt}::timestamptz[])
           AS t(id_number, name, phone, address, from_area, arrived_at, note, resident_id, grid_id, path, due_at)
    ON CONFLICT (list_id, id_number) DO NOTHING
    RETURNING id, id_number`.execute(db);
  return rows;
}

export async function keyPersonIdOnList(db: Executor, listId: number, idNumber: string): Promise<number | undefined> {
  const { rows } = await sql<{ id: number }>`
    SELECT id FROM key_person WHERE list_id = ${listId} AND id_number = ${idNumber}`.execute(db);
  return rows[0]?.id;
}

export interface ListRow {
  id: number;
  name: string;
  source: ListSource;
  region_id: number;
  region_name: string;
  created_at: Date;
  total: number;
  pending: number;
  found_tested: number;
  under_measure: number;
  not_found: number;
  overdue: number;
  unassigned: number;
}

/**
 * Lists concerning the jurisdiction (their region touches it, or persons of it are on them), newest first,
 * each counted over its persons within the jurisdiction only.
 */
export async function listRows(
  db: Executor,
  actor: Actor,
  page: { limit: number; offset: number; listId?: number },
): Promise<{ rows: ListRow[]; total: number }> {
  const concerns = sql<boolean>`(${touchesJurisdiction(actor, 'l.path')} OR EXISTS (
    SELECT 1 FROM key_person k WHERE k.list_id = l.id AND ${inJurisdiction(actor, 'k.path')}))`;
  const only = page.listId === undefined ? sql`` : sql`AND l.id = ${page.listId}`;
  const { rows } = await sql<ListRow>`
    SELECT l.id, l.name, l.source, l.region_id, r.name AS region_name, l.created_at, c.*
      FROM screening_list l JOIN region r ON r.id = l.region_id
     CROSS JOIN LATERAL (
       SELECT count(*)::int AS total,
              (count(*) FILTER (WHERE k.status = 'pending'))::int AS pending,
              (count(*) FILTER (WHERE k.status = 'found_tested'))::int AS found_tested,
              (count(*) FILTER (WHERE k.status = 'under_measure'))::int AS under_measure,
              (count(*) FILTER (WHERE k.status = 'not_found'))::int AS not_found,
              (count(*) FILTER (WHERE ${overdue}))::int AS overdue,
              (count(*) FILTER (WHERE k.grid_id IS NULL))::int AS unassigned
         FROM key_person k WHERE k.list_id = l.id AND ${inJurisdiction(actor, 'k.path')}) c
     WHERE ${concerns} ${only}
     ORDER BY l.created_at DESC, l.id DESC LIMIT ${page.limit} OFFSET ${page.offset}`.execute(db);
  const { rows: counted } = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM screening_list l WHERE ${concerns} ${only}`.execute(db);
  return { rows, total: counted[0]?.n ?? 0 };
}

export interface KeyPersonRow {
  id: number;
  list_id: number;
  list_name: string;
  source: ListSource;
  name: string;
  id_number: string;
  phone: string | null;
  address: string | null;
  from_area: string | null;
  arrived_at: Date | null;
  note: string | null;
  resident_id: number | null;
  grid_id: number | null;
  grid_name: string | null;
  due_at: Date;
  overdue: boolean;
  escalation: number;
  status: KeyPersonStatus;
  outcome_note: string | null;
  outcome_by: string | null;
  outcome_at: Date | null;
  created_at: Date;
}

function conditions(actor: Actor, f: KeyPersonFilter & { id?: number }): RawBuilder<boolean> {
  const all: RawBuilder<unknown>[] = [inJurisdiction(actor, 'k.path')];
  if (f.id !== undefined) all.push(sql`k.id = ${f.id}`);
  if (f.listId !== undefined) all.push(sql`k.list_id = ${f.listId}`);
  if (f.status !== undefined) all.push(sql`k.status = ${f.status}`);
  if (f.overdue !== undefined) all.push(f.overdue ? overdue : sql`NOT ${overdue}`);
  if (f.escalation !== undefined) all.push(sql`k.escalation = ${f.escalation}`);
  if (f.gridId !== undefined) all.push(f.gridId === 0 ? sql`k.grid_id IS NULL` : sql`k.grid_id = ${f.gridId}`);
  if (f.q !== undefined) {
    const prefix = f.q.replace(/[\\%_]/g, '\\$&') + '%';
    all.push(sql`(k.name LIKE ${prefix} OR k.id_number = ${f.q.toUpperCase()} OR k.phone = ${f.q})`);
  }
  return sql<boolean>`(${sql.join(all, sql` AND `)})`;
}

/** Key persons of the jurisdiction meeting the filter: overdue and escalated first, then by deadline. */
export async function keyPersonRows(
  db: Executor,
  actor: Actor,
  filter: KeyPersonFilter & { id?: number },
  page: { limit: number; offset: number },
): Promise<KeyPersonRow[]> {
  const { rows } = await sql<KeyPersonRow>`
    SELECT k.id, k.list_id, l.name AS list_name, l.source, k.name, k.id_number, k.phone, k.address, k.from_area,
           k.arrived_at, k.note, k.resident_id, k.grid_id, g.name AS grid_name, k.due_at, ${overdue} AS overdue,
           k.escalation, k.status, k.outcome_note, u.display_name AS outcome_by, k.outcome_at, k.created_at
      FROM key_person k JOIN screening_list l ON l.id = k.list_id
      LEFT JOIN region g ON g.id = k.grid_id LEFT JOIN app_user u ON u.id = k.outcome_by
     WHERE ${conditions(actor, filter)}
     ORDER BY k.status = 'pending' DESC, k.escalation DESC, k.due_at, k.id
     LIMIT ${page.limit} OFFSET ${page.offset}`.execute(db);
  return rows;
}

export async function countKeyPersons(db: Executor, actor: Actor, filter: KeyPersonFilter): Promise<number> {
  const { rows } = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM key_person k WHERE ${conditions(actor, filter)}`.execute(db);
  return rows[0]?.n ?? 0;
}

/**
 * The follow-up state of key persons, as an SQL relation of (id, status, grid_id, grid_name, outcome_at) with
 * no identifiers in it, for a channel's ledger to join on the key persons its rows made.
 */
export const followUpStates = sql<{
  id: number;
  status: KeyPersonStatus;
  grid_id: number | null;
  grid_name: string | null;
  outcome_at: Date | null;
}>`SELECT k.id, k.status, k.grid_id, g.name AS grid_name, k.outcome_at
     FROM key_person k LEFT JOIN region g ON g.id = k.grid_id`;

/** A key person of the jurisdiction, locked for a change. */
export async function lockKeyPerson(
  db: Executor,
  actor: Actor,
  id: number,
): Promise<{ id: number; status: KeyPersonStatus; grid_id: number | null } | undefined> {
  const { rows } = await sql<{ id: number; status: KeyPersonStatus; grid_id: number | null }>`
    SELECT k.id, k.status, k.grid_id FROM key_person k
     WHERE k.id = ${id} AND ${inJurisdiction(actor, 'k.path')} FOR UPDATE`.execute(db);
  return rows[0];
}

export async function setOutcome(
  db: Executor,
  id: number,
  outcome: { status: KeyPersonStatus; note: string | null; by: number | null },
): Promise<void> {
  await sql`
    UPDATE key_person SET status = ${outcome.status}, outcome_note = ${outcome.note}, outcome_by = ${outcome.by},
           outcome_at = now()
     WHERE id = ${id}`.execute(db);
}

export async function setGrid(db: Executor, id: number, grid: { id: number; path: string }): Promise<void> {
  await sql`UPDATE key_person SET grid_id = ${grid.id}, path = ${grid.path}::ltree WHERE id = ${id}`.execute(db);
}

/**
 * Raises pending persons past their deadline to the community (1), and those past it by `escalateHours`
 * more to the street (2); a level is never lowered. How many were raised to each level.
 */
export async function escalateOverdue(
  db: Executor,
  escalateHours: number,
): Promise<{ community: number; street: number }> {
  const level = sql`CASE WHEN due_at + ${hours(escalateHours)} < now() THEN 2 ELSE 1 END`;
  const { rows } = await sql<{ community: number; street: number }>`
    WITH raised AS (
      UPDATE key_person SET escalation = ${level}, escalated_at = now()
       WHERE status = 'pending' AND due_at < now() AND escalation < ${level}
      RETURNING escalation)
    SELECT (count(*) FILTER (WHERE escalation = 1))::int AS community,
           (count(*) FILTER (WHERE escalation = 2))::int AS street FROM raised`.execute(db);
  return rows[0] ?? { community: 0, street: 0 };
}
