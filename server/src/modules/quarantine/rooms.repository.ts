import { sql } from 'kysely';
import type { Actor } from '../../core/auth/actor.ts';
import { inJurisdiction } from '../../core/auth/scope.ts';
import type { Executor } from '../../core/db/database.ts';
import type { RoomKind, RoomStatus, SettableRoomStatus } from './vocabulary.ts';

export interface RoomRow {
  id: number;
  site_id: number;
  floor: number;
  number: string;
  kind: RoomKind;
  beds: number;
  status: RoomStatus;
  /** Persons under an active quarantine in the room. */
  persons: number;
}

const roomColumns = sql`r.id, r.site_id, r.floor, r.number, r.kind, r.beds, r.status,
  (SELECT count(*) FROM quarantine q WHERE q.room_id = r.id AND q.status = 'active')::int AS persons`;

/**
 * A room within the jurisdiction. `lock` holds the row until the transaction ends: every booking locks
 * its room first, so two bookings of the last bed are decided one after the other. The persons in it
 * are counted after the lock is held, by a statement of its own: one that waited for the lock must see
 * what the other booking committed (a subquery of the locking statement would not).
 */
export async function findRoom(db: Executor, actor: Actor, id: number, lock = false): Promise<RoomRow | null> {
  if (lock) await sql`SELECT 1 FROM isolation_room WHERE id = ${id} FOR UPDATE`.execute(db);
  const { rows } = await sql<RoomRow>`
    SELECT ${roomColumns} FROM isolation_room r WHERE r.id = ${id} AND ${inJurisdiction(actor, 'r.path')}`.execute(db);
  return rows[0] ?? null;
}

/** Every room of a site, locked (in id order, so concurrent intakes cannot deadlock) and then read. */
export async function lockRoomsOfSite(db: Executor, siteId: number): Promise<RoomRow[]> {
  await sql`SELECT 1 FROM isolation_room WHERE site_id = ${siteId} ORDER BY id FOR UPDATE`.execute(db);
  const { rows } = await sql<RoomRow>`
    SELECT ${roomColumns} FROM isolation_room r WHERE r.site_id = ${siteId} ORDER BY r.id`.execute(db);
  return rows;
}

/** The numbers among `numbers` a site already has. */
export async function takenNumbers(db: Executor, siteId: number, numbers: string[]): Promise<string[]> {
  const { rows } = await sql<{ number: string }>`
    SELECT number FROM isolation_room WHERE site_id = ${siteId} AND number = ANY(${numbers}::text[])
     ORDER BY floor, length(number), number`.execute(db);
  return rows.map((r) => r.number);
}

export interface NewRoom {
  floor: number;
  number: string;
  kind: RoomKind;
  beds: number;
}

export async function insertRooms(db: Executor, siteId: number, path: string, rooms: NewRoom[]): Promise<number[]> {
  const { rows } = await sql<{ id: number }>`
    INSERT INTO isolation_room (site_id, floor, number, kind, beds, path)
    SELECT ${siteId}, floor, number, kind, beds, ${path}::ltree
      FROM unnest(${rooms.map((r) => r.floor)}::int[], ${rooms.map((r) => r.number)}::text[],
                  ${rooms.map((r) => r.kind)}::text[], ${rooms.map((r) => r.beds)}::int[]) AS t(floor, number, kind, beds)
    RETURNING id`.execute(db);
  return rows.map((r) => r.id);
}

export async function updateRoom(db: Executor, id: number, changes: Partial<NewRoom>): Promise<void> {
  await sql`
    UPDATE isolation_room SET floor = coalesce(${changes.floor ?? null}::smallint, floor),
                              number = coalesce(${changes.number ?? null}, number),
                              kind = coalesce(${changes.kind ?? null}, kind),
                              beds = coalesce(${changes.beds ?? null}::smallint, beds)
     WHERE id = ${id}`.execute(db);
}

export async function setRoomStatus(db: Executor, id: number, status: SettableRoomStatus): Promise<void> {
  await sql`UPDATE isolation_room SET status = ${status} WHERE id = ${id}`.execute(db);
}
