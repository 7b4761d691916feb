import type { Actor } from '../../core/auth/actor.ts';
import { type AuditContext, appendAudit } from '../../core/audit/audit.ts';
import type { Db, Executor } from '../../core/db/database.ts';
import { violatedConstraint } from '../../core/db/pg-errors.ts';
import { AppError, notFound } from '../../core/errors.ts';
import { wordParams } from '../tracing/labels.ts';
import * as repo from './rooms.repository.ts';
import { findSite, roomsOfSite } from './sites.repository.ts';
import type { BulkRoomsBody, Room, RoomStatusBody, UpdateRoomBody } from './sites.schema.ts';
import { roomRefusal, roomStatusWords } from './words.ts';

/** At most this many rooms in one bulk creation (a large hotel has a few hundred). */
const MAX_BULK_ROOMS = 2000;
const NUMBERS_NAMED = 10;

/** Room numbers for floors × rooms per floor: floor, then the room's two digits (301 … 320). */
export function roomNumbers(body: BulkRoomsBody): repo.NewRoom[] {
  const rooms: repo.NewRoom[] = [];
  for (let floor = body.fromFloor; floor <= body.toFloor; floor += 1) {
    for (let i = 0; i < body.roomsPerFloor; i += 1) {
      const number = `${floor}${String(body.firstRoom + i).padStart(2, '0')}`;
      rooms.push({ floor, number, kind: body.kind, beds: body.beds });
    }
  }
  return rooms;
}

function numbersTaken(numbers: string[]): AppError {
  const named = numbers.slice(0, NUMBERS_NAMED).join(', ') + (numbers.length > NUMBERS_NAMED ? ' …' : '');
  return new AppError('ROOM_NUMBER_TAKEN', { numbers: named });
}

/** Runs a room write, turning a number another writer took meanwhile into ROOM_NUMBER_TAKEN. */
async function uniqueNumbers<T>(numbers: string[], write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (violatedConstraint(error, 'unique') === 'isolation_room_site_id_number_key') throw numbersTaken(numbers);
    throw error;
  }
}

/** Creates a site's rooms floor by floor; numbers the site already has are refused, and nothing is made. */
export async function createRooms(
  db: Db,
  actor: Actor,
  audit: AuditContext,
  siteId: number,
  body: BulkRoomsBody,
): Promise<{ created: number }> {
  const rooms = roomNumbers(body);
  if (body.toFloor < body.fromFloor || body.firstRoom + body.roomsPerFloor - 1 > 99 || rooms.length > MAX_BULK_ROOMS)
    throw new AppError('VALIDATION_FAILED', {
      details: `floors ascend, room numbers stay within 01-99 and at most ${MAX_BULK_ROOMS} rooms at once`,
    });
  const numbers = rooms.map((r) => r.number);
  return db.transaction().execute(async (trx) => {
    const site = await findSite(trx, actor, siteId);
    if (!site) throw notFound();
    const taken = await repo.takenNumbers(trx, siteId, numbers);
    if (taken.length > 0) throw numbersTaken(taken);
    const ids = await uniqueNumbers(numbers, () => repo.insertRooms(trx, siteId, site.path, rooms));
    await appendAudit(trx, audit, {
      action: 'quarantine.rooms.create',
      entity: 'place',
      entityId: siteId,
      summary: { ...body, created: ids.length },
    });
    return { created: ids.length };
  });
}

/** A room as the board shows it, with who is in it. */
export async function roomOf(db: Executor, actor: Actor, id: number): Promise<Room> {
  const found = await repo.findRoom(db, actor, id);
  const [row] = found ? await roomsOfSite(db, found.site_id, id) : [];
  if (!row) throw notFound();
  const { site_id: siteId, ...rest } = row;
  return { ...rest, siteId };
}

/** Changes a room's number, floor, kind or beds; never to fewer beds than persons in it. */
export async function updateRoom(
  db: Db,
  actor: Actor,
  audit: AuditContext,
  roomId: number,
  body: UpdateRoomBody,
): Promise<Room> {
  await db.transaction().execute(async (trx) => {
    const room = await repo.findRoom(trx, actor, roomId, true);
    if (!room) throw notFound();
    if (body.beds !== undefined && body.beds < room.persons)
      throw new AppError('ROOM_UNAVAILABLE', roomRefusal(room.number, 'bedsBelowPersons'));
    if (body.number !== undefined && body.number !== room.number) {
      const taken = await repo.takenNumbers(trx, room.site_id, [body.number]);
      if (taken.length > 0) throw numbersTaken(taken);
    }
    await uniqueNumbers([body.number ?? room.number], () => repo.updateRoom(trx, roomId, body));
    await appendAudit(trx, audit, {
      action: 'quarantine.room.update',
      entity: 'isolation_room',
      entityId: roomId,
      summary: { ...body },
    });
  });
  return roomOf(db, actor, roomId);
}

/**
 * Sets a room free (after cleaning), to be cleaned, or out of service. A room with persons in it is
 * occupied until the last leaves: its status is not set by hand.
 */
export async function setRoomStatus(
  db: Db,
  actor: Actor,
  audit: AuditContext,
  roomId: number,
  body: RoomStatusBody,
): Promise<Room> {
  await db.transaction().execute(async (trx) => {
    const room = await repo.findRoom(trx, actor, roomId, true);
    if (!room) throw notFound();
    if (room.persons > 0)
      throw new AppError(
        'STATUS_TRANSITION',
        wordParams({ from: roomStatusWords.occupied, to: roomStatusWords[body.status] }),
      );
    await repo.setRoomStatus(trx, roomId, body.status);
    await appendAudit(trx, audit, {
      action: 'quarantine.room.status',
      entity: 'isolation_room',
      entityId: roomId,
      reason: body.reason ?? null,
      summary: { from: room.status, to: body.status },
    });
  });
  return roomOf(db, actor, roomId);
}
