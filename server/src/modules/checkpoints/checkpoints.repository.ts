import { type RawBuilder, sql } from 'kysely';
import type { Actor } from '../../core/auth/actor.ts';
import type { Executor } from '../../core/db/database.ts';
import type { EntryFilter } from './checkpoints.schema.ts';
import { mayReadAt, mayRecordAt } from './place-access.ts';
import type { CheckpointAction, Direction, HealthCode, TestProof, VehicleKind } from './vocabulary.ts';

const entryColumns = { placeId: 'e.checkpoint_id', path: 'e.path' };
const placeColumns = { placeId: 'p.id', path: 'p.path' };

export interface CheckpointRow {
  id: number;
  code: string;
  name: string;
  grid_id: number;
  grid_name: string;
  path: string;
  can_record: boolean;
}

/** Checkpoints the actor reads or records at, by name; `onlyIds` narrows to those ids. */
export async function checkpointRows(db: Executor, actor: Actor, onlyIds?: number[]): Promise<CheckpointRow[]> {
  const only = onlyIds === undefined ? sql`` : sql`AND p.id = ANY(${onlyIds}::bigint[])`;
  const { rows } = await sql<CheckpointRow>`
    SELECT p.id, p.code, p.name, p.grid_id, g.name AS grid_name, p.path::text AS path,
           ${mayRecordAt(actor, 'checkpoint.record', placeColumns)} AS can_record
      FROM place p JOIN region g ON g.id = p.grid_id
     WHERE p.type = 'checkpoint' AND ${mayReadAt(actor, 'checkpoint.record', placeColumns)} ${only}
     ORDER BY p.name, p.id`.execute(db);
  return rows;
}

/** An entry ready to store: checked, the plate normalised, the checkpoint's path at hand. */
export interface CheckedEntry {
  entryId: string;
  checkpointId: number;
  path: string;
  at: string;
  direction: Direction;
  plate: string | null;
  vehicleKind: VehicleKind;
  origin: string | null;
  destination: string | null;
  persons: number;
  people: { name: string; idNumber: string | null; phone: string | null }[];
  healthCode: HealthCode;
  testProof: TestProof;
  action: CheckpointAction;
  note: string | null;
}

/** Stores entries in one statement; one already stored (same entry id) is left as is. The new entry ids. */
export async function insertEntries(db: Executor, entries: CheckedEntry[], recordedBy: number | null) {
  if (entries.length === 0) return new Set<string>();
  const column = <K extends keyof CheckedEntry>(key: K) => entries.map((e) => e[key]);
  const { rows } = await sql<{ entry_id: string }>`
    INSERT INTO checkpoint_entry (entry_id, checkpoint_id, path, at, direction, plate, vehicle_kind, origin,
                                  destination, persons, people, health_code, test_proof, action, note, recorded_by)
    SELECT t.entry_id, t.checkpoint_id, t.path::ltree, t.at, t.direction, t.plate, t.vehicle_kind, t.origin,
           t.destination, t.persons, t.people::jsonb, t.health_code, t.test_proof, t.action, t.note, ${recordedBy}
      FROM unnest(${column('entryId')}::uuid[], ${column('checkpointId')}::bigint[], ${column('path')}::text[],
                  ${column('at')}::timestamptz[], ${column('direction')}::text[], ${column('plate')}::text[],
                  ${column('vehicleKind')}::text[], ${column('origin')}::text[], ${column('destination')}::text[],
                  ${column('persons')}::int[], ${entries.map((e) => JSON.stringify(e.people))}::text[],
                  ${column('healthCode')}::text[], ${column('testProof')}::text[], ${column('action')}::text[],
                  ${column('note')}::text[])
           AS t(entry_id, checkpoint_id, path, at, direction, plate, vehicle_kind, origin, destination, persons,
                people, health_code, test_proof, action, note)
    ON CONFLICT (entry_id) DO NOTHING
    RETURNING entry_id::text`.execute(db);
  return new Set(rows.map((r) => r.entry_id));
}

/** The local days [from, to] in the platform's zone, as a condition on `e.at` (index-friendly bounds). */
const withinDays = (from: string, to: string, timeZone: string) =>
  sql<boolean>`e.at >= (${from}::date)::timestamp AT TIME ZONE ${timeZone}
           AND e.at < (${to}::date + 1)::timestamp AT TIME ZONE ${timeZone}`;

function conditions(actor: Actor, f: EntryFilter & { from: string; to: string }, timeZone: string) {
  const all: RawBuilder<unknown>[] = [
    mayReadAt(actor, 'checkpoint.record', entryColumns),
    withinDays(f.from, f.to, timeZone),
  ];
  if (f.checkpointId !== undefined) all.push(sql`e.checkpoint_id = ${f.checkpointId}`);
  if (f.direction !== undefined) all.push(sql`e.direction = ${f.direction}`);
  if (f.action !== undefined) all.push(sql`e.action = ${f.action}`);
  if (f.vehicleKind !== undefined) all.push(sql`e.vehicle_kind = ${f.vehicleKind}`);
  if (f.plate !== undefined) {
    all.push(sql`e.plate LIKE ${f.plate.toUpperCase().replace(/[\\%_\s]/g, '') + '%'}`);
  }
  return sql<boolean>`(${sql.join(all, sql` AND `)})`;
}

export interface EntryRow {
  id: number;
  entry_id: string;
  checkpoint_id: number;
  checkpoint_name: string;
  at: Date;
  direction: Direction;
  plate: string | null;
  vehicle_kind: VehicleKind;
  origin: string | null;
  destination: string | null;
  persons: number;
  people: { name: string; idNumber: string | null; phone: string | null }[];
  health_code: HealthCode;
  test_proof: TestProof;
  action: CheckpointAction;
  note: string | null;
  recorded_by: string | null;
}

const entrySelect = sql`
  SELECT e.id, e.entry_id::text, e.checkpoint_id, p.name AS checkpoint_name, e.at, e.direction, e.plate,
         e.vehicle_kind, e.origin, e.destination, e.persons, e.people, e.health_code, e.test_proof, e.action,
         e.note, u.display_name AS recorded_by
    FROM checkpoint_entry e JOIN place p ON p.id = e.checkpoint_id
    LEFT JOIN app_user u ON u.id = e.recorded_by`;

/** Entries the actor may read meeting the filter, newest first. */
export async function entryRows(
  db: Executor,
  actor: Actor,
  filter: EntryFilter & { from: string; to: string },
  timeZone: string,
  page: { limit: number; offset: number },
): Promise<{ rows: EntryRow[]; total: number }> {
  const where = conditions(actor, filter, timeZone);
  const [{ rows }, counted] = await Promise.all([
    sql<EntryRow>`
      ${entrySelect} WHERE ${where}
       ORDER BY e.at DESC, e.id DESC LIMIT ${page.limit} OFFSET ${page.offset}`.execute(db),
    sql<{ n: number }>`SELECT count(*)::int AS n FROM checkpoint_entry e WHERE ${where}`.execute(db),
  ]);
  return { rows, total: counted.rows[0]?.n ?? 0 };
}

/** One entry, whatever its day, if the actor reads its checkpoint's ledger (as the list decides). */
export async function entryRow(db: Executor, actor: Actor, id: number): Promise<EntryRow | undefined> {
  const { rows } = await sql<EntryRow>`
    ${entrySelect} WHERE e.id = ${id} AND ${mayReadAt(actor, 'checkpoint.record', entryColumns)}`.execute(db);
  return rows[0];
}

export interface DayCountRow {
  day: string;
  checkpoint_id: number;
  checkpoint_name: string;
  entries: number;
  in: number;
  out: number;
  vehicles: number;
  persons: number;
  passed: number;
  turned_back: number;
  quarantined: number;
  tested: number;
}

/** Per local day and checkpoint: entries in and out, vehicles, persons and entries by action. */
export async function dayCounts(
  db: Executor,
  actor: Actor,
  filter: EntryFilter & { from: string; to: string },
  timeZone: string,
): Promise<DayCountRow[]> {
  const { rows } = await sql<DayCountRow>`
    SELECT to_char((e.at AT TIME ZONE ${timeZone})::date, 'YYYY-MM-DD') AS day, e.checkpoint_id,
           p.name AS checkpoint_name, count(*)::int AS entries,
           (count(*) FILTER (WHERE e.direction = 'in'))::int AS in,
           (count(*) FILTER (WHERE e.direction = 'out'))::int AS out,
           (count(*) FILTER (WHERE e.vehicle_kind <> 'pedestrian'))::int AS vehicles,
           sum(e.persons)::int AS persons,
           (count(*) FILTER (WHERE e.action = 'passed'))::int AS passed,
           (count(*) FILTER (WHERE e.action = 'turned_back'))::int AS turned_back,
           (count(*) FILTER (WHERE e.action = 'quarantined'))::int AS quarantined,
           (count(*) FILTER (WHERE e.action = 'tested'))::int AS tested
      FROM checkpoint_entry e JOIN place p ON p.id = e.checkpoint_id
     WHERE ${conditions(actor, filter, timeZone)}
     GROUP BY 1, e.checkpoint_id, p.name
     ORDER BY 1, p.name, e.checkpoint_id`.execute(db);
  return rows;
}
