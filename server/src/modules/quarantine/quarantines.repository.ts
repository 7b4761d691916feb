import { sql } from 'kysely';
import type { Actor } from '../../core/auth/actor.ts';
import { inJurisdiction } from '../../core/auth/scope.ts';
import type { Executor } from '../../core/db/database.ts';
import type { QuarantineGroup } from '../protocol/document.ts';
import type { QuarantinePerson } from './persons.ts';
import type { HomeConditions, QuarantineListQuery } from './quarantines.schema.ts';
import type { QuarantineMode, QuarantineStatus, RoomKind } from './vocabulary.ts';

/**
 * Serialises, until the transaction ends, everything that puts one person under quarantine: the second
 * of two concurrent requests waits here, then finds the first one's quarantine.
 */
export async function lockPersons(db: Executor, personKeys: string[]): Promise<void> {
  // One key after another in a fixed order, so two bulk intakes sharing persons cannot deadlock.
  for (const key of [...new Set(personKeys)].sort())
    await sql`SELECT pg_advisory_xact_lock(hashtext('quarantine'), hashtext(${key}))`.execute(db);
}

/** The active quarantine of each of these persons who has one. */
export async function activeQuarantines(db: Executor, personKeys: string[]): Promise<Map<string, number>> {
  const { rows } = await sql<{ person_key: string; id: number }>`
    SELECT person_key, id FROM quarantine WHERE person_key = ANY(${personKeys}::text[]) AND status = 'active'`.execute(
    db,
  );
  return new Map(rows.map((r) => [r.person_key, r.id]));
}

export interface NewQuarantine {
  person: QuarantinePerson;
  group: QuarantineGroup;
  mode: QuarantineMode;
  siteId: number | null;
  roomId: number | null;
  startsAt: Date;
  centralizedUntil: Date | null;
  plannedEnd: Date;
  protocolId: number;
  homeConditions: HomeConditions | null;
  createdBy: number | null;
}

export async function insertQuarantine(db: Executor, q: NewQuarantine): Promise<number> {
  const p = q.person;
  const { rows } = await sql<{ id: number }>`
    INSERT INTO quarantine (person_key, resident_id, contact_id, id_number, name, phone, household_id, grid_id, path,
                            group_key, mode, site_id, room_id, starts_at, centralized_until, planned_end, protocol_id,
                            home_conditions, created_by)
    VALUES (${p.personKey}, ${p.residentId}, ${p.contactId}, ${p.idNumber}, ${p.name}, ${p.phone}, ${p.householdId},
            ${p.gridId}, ${p.path}::ltree, ${q.group}, ${q.mode}, ${q.siteId}, ${q.roomId}, ${q.startsAt},
            ${q.centralizedUntil}, ${q.plannedEnd}, ${q.protocolId},
            ${q.homeConditions === null ? null : JSON.stringify(q.homeConditions)}::jsonb, ${q.createdBy})
    RETURNING id`.execute(db);
  return Number(rows[0]?.id);
}

export interface NewStay {
  quarantineId: number;
  siteId: number | null;
  roomId: number | null;
  mode: QuarantineMode;
  since: Date;
  reason: string | null;
  movedBy: number | null;
}

export async function openStay(db: Executor, s: NewStay): Promise<void> {
  await sql`
    INSERT INTO quarantine_stay (quarantine_id, site_id, room_id, mode, since, reason, moved_by)
    VALUES (${s.quarantineId}, ${s.siteId}, ${s.roomId}, ${s.mode}, ${s.since}, ${s.reason}, ${s.movedBy})`.execute(db);
}

export async function closeStay(db: Executor, quarantineId: number, at: Date): Promise<void> {
  await sql`UPDATE quarantine_stay SET until = ${at} WHERE quarantine_id = ${quarantineId} AND until IS NULL`.execute(
    db,
  );
}

/** Where the person is now; the room statuses follow by trigger (migration 0020). */
export async function moveQuarantine(
  db: Executor,
  id: number,
  to: { siteId: number | null; roomId: number | null; mode: QuarantineMode; homeConditions: HomeConditions | null },
): Promise<void> {
  await sql`
    UPDATE quarantine SET site_id = ${to.siteId}, room_id = ${to.roomId}, mode = ${to.mode},
                          home_conditions = coalesce(${to.homeConditions === null ? null : JSON.stringify(to.homeConditions)}::jsonb, home_conditions)
     WHERE id = ${id}`.execute(db);
}

export interface QuarantineRow {
  id: number;
  person_key: string;
  name: string;
  id_number: string | null;
  phone: string | null;
  resident_id: number | null;
  contact_id: number | null;
  region_id: number | null;
  region_name: string | null;
  group_key: QuarantineGroup;
  mode: QuarantineMode;
  site_id: number | null;
  site_name: string | null;
  room_id: number | null;
  room_number: string | null;
  room_floor: number | null;
  room_kind: RoomKind | null;
  starts_at: Date;
  centralized_until: Date | null;
  planned_end: Date;
  status: QuarantineStatus;
  ended_at: Date | null;
  end_reason: string | null;
  protocol_id: number;
  protocol_name: string;
  protocol_version: number;
  home_conditions: HomeConditions | null;
  created_at: Date;
  created_by: string | null;
}

const columns = sql`
  q.id, q.person_key, q.name, q.id_number, q.phone, q.resident_id, q.contact_id, g.id AS region_id, g.name AS region_name,
  q.group_key, q.mode, q.site_id, s.name AS site_name, q.room_id, r.number AS room_number, r.floor AS room_floor,
  r.kind AS room_kind, q.starts_at, q.centralized_until, q.planned_end, q.status, q.ended_at, q.end_reason,
  q.protocol_id, pr.name AS protocol_name, pr.version AS protocol_version, q.home_conditions, q.created_at,
  u.display_name AS created_by`;
const joins = sql`
  FROM quarantine q
  JOIN protocol pr ON pr.id = q.protocol_id
  LEFT JOIN region g ON g.id = coalesce(q.grid_id, subpath(q.path, -1)::text::bigint)
  LEFT JOIN place s ON s.id = q.site_id
  LEFT JOIN isolation_room r ON r.id = q.room_id
  LEFT JOIN app_user u ON u.id = q.created_by`;

/** A quarantine of a person of the jurisdiction; `lock` holds it for a change. */
export async function findQuarantine(
  db: Executor,
  actor: Actor,
  id: number,
  lock = false,
): Promise<QuarantineRow | null> {
  const { rows } = await sql<QuarantineRow>`
    SELECT ${columns} ${joins}
     WHERE q.id = ${id} AND ${inJurisdiction(actor, 'q.path')} ${lock ? sql`FOR UPDATE OF q` : sql``}`.execute(db);
  return rows[0] ?? null;
}

export async function listQuarantines(
  db: Executor,
  actor: Actor,
  query: QuarantineListQuery,
  endsBefore: Date | null,
): Promise<{ rows: QuarantineRow[]; total: number }> {
  const where = sql`${inJurisdiction(actor, 'q.path')}
    ${query.siteId ? sql`AND q.site_id = ${query.siteId}` : sql``}
    ${query.group ? sql`AND q.group_key = ${query.group}` : sql``}
    ${query.mode ? sql`AND q.mode = ${query.mode}` : sql``}
    ${query.status ? sql`AND q.status = ${query.status}` : sql``}
    ${endsBefore ? sql`AND q.status = 'active' AND q.planned_end < ${endsBefore}` : sql``}
    ${query.q ? sql`AND (q.name LIKE ${query.q.replace(/[\\%_]/g, '\\$&') + '%'} OR q.id_number = ${query.q.toUpperCase()})` : sql``}`;
  const [{ rows }, count] = await Promise.all([
    sql<QuarantineRow>`
      SELECT ${columns} ${joins} WHERE ${where}
       ORDER BY q.starts_at DESC, q.id DESC LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`.execute(
      db,
    ),
    sql<{ total: number }>`SELECT count(*)::int AS total FROM quarantine q WHERE ${where}`.execute(db),
  ]);
  return { rows, total: count.rows[0]?.total ?? 0 };
}

export interface StayRow {
  site_id: number | null;
  site_name: string | null;
  room_id: number | null;
  room_number: string | null;
  mode: QuarantineMode;
  since: Date;
  until: Date | null;
  reason: string | null;
  moved_by: string | null;
}

export async function staysOf(db: Executor, quarantineId: number): Promise<StayRow[]> {
  const { rows } = await sql<StayRow>`
    SELECT st.site_id, s.name AS site_name, st.room_id, r.number AS room_number, st.mode, st.since, st.until, st.reason,
           u.display_name AS moved_by
      FROM quarantine_stay st
      LEFT JOIN place s ON s.id = st.site_id
      LEFT JOIN isolation_room r ON r.id = st.room_id
      LEFT JOIN app_user u ON u.id = st.moved_by
     WHERE st.quarantine_id = ${quarantineId} ORDER BY st.since, st.id`.execute(db);
  return rows;
}
