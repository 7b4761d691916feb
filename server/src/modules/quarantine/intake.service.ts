import type { Actor } from '../../core/auth/actor.ts';
import { type AuditContext, appendAudit } from '../../core/audit/audit.ts';
import type { Db } from '../../core/db/database.ts';
import { AppError, notFound } from '../../core/errors.ts';
import { localDate } from '../../core/time/local-time.ts';
import { activeProtocol } from '../protocol/protocol.repository.ts';
import { planQuarantine } from '../protocol/quarantine-plan.ts';
import { admit, quarantineCode } from './admission.ts';
import { type ListedPerson, listedPersons, type PersonList, type QuarantinePerson } from './persons.ts';
import { ageOn, type PlacementRoom, type SuggestedPlace, suggestRooms } from './placement.ts';
import type { IntakeBody, IntakeOutcome, IntakeReply, RoomSuggestion, SuggestionQuery } from './quarantines.schema.ts';
import * as repo from './quarantines.repository.ts';
import { lockRoomsOfSite, type RoomRow } from './rooms.repository.ts';
import { findSite, roomsOfSite } from './sites.repository.ts';
import type { IntakeRefusal } from './vocabulary.ts';
import { toPlan } from './quarantines.service.ts';

/** Exactly one way of naming the persons. */
function oneList(list: PersonList): PersonList {
  const given = [list.residentIds, list.contactIds, list.idNumbers].filter((l) => l !== undefined);
  if (given.length !== 1)
    throw new AppError('VALIDATION_FAILED', { details: 'exactly one of residentIds, contactIds and idNumbers' });
  return list;
}

type RoomLike = Pick<RoomRow, 'id' | 'floor' | 'number' | 'kind' | 'beds' | 'status' | 'persons'>;

/** Suggests rooms of a site for persons, as the placement rules would (placement.ts). */
function placeAll(persons: QuarantinePerson[], rooms: RoomLike[], startsAt: Date, timeZone: string): SuggestedPlace[] {
  const day = localDate(startsAt, timeZone);
  const candidates: PlacementRoom[] = rooms.map((r) => ({ ...r, available: r.status === 'free' && r.persons === 0 }));
  return suggestRooms(
    persons.map((p, i) => ({
      ref: String(i),
      householdId: p.householdId,
      age: p.birthDate ? ageOn(p.birthDate, day) : null,
      tags: p.tags,
    })),
    candidates,
  );
}

const roomRef = (room: RoomLike | undefined) =>
  room ? { id: room.id, number: room.number, floor: room.floor, kind: room.kind } : null;

/** Room suggestions at a site for residents or contacts (read only: nothing is booked). */
export async function roomSuggestions(
  db: Db,
  actor: Actor,
  query: SuggestionQuery,
  timeZone: string,
): Promise<{ items: RoomSuggestion[] }> {
  const ids = (text: string | undefined) => text?.split(',').map(Number);
  const list = oneList({ residentIds: ids(query.residentIds), contactIds: ids(query.contactIds) });
  if (!(await findSite(db, actor, query.siteId))) throw notFound();
  const listed = await listedPersons(db, actor, list, false);
  const persons = listed.map((l) => l.person);
  if (persons.some((p) => p === null)) throw notFound();
  const found = persons as QuarantinePerson[];
  const rooms = (await roomsOfSite(db, query.siteId)).map((r) => ({ ...r, persons: r.occupants.length }));
  const startsAt = query.startsAt ? new Date(query.startsAt) : new Date();
  const places = placeAll(found, rooms, startsAt, timeZone);
  const byId = new Map(rooms.map((r) => [r.id, r]));
  return {
    items: found.map((p, i) => ({
      ref: listed[i]!.ref,
      name: p.name,
      householdId: p.householdId,
      age: p.birthDate ? ageOn(p.birthDate, localDate(startsAt, timeZone)) : null,
      room: roomRef(places[i]?.roomId ? byId.get(places[i].roomId) : undefined),
      notes: places[i]?.notes ?? [],
    })),
  };
}

const outcomeOf = (l: ListedPerson) => ({
  ref: l.ref,
  name: l.person?.name ?? null,
  quarantineId: null,
  room: null,
  notes: [],
  reason: null,
  existingQuarantineId: null,
});

function refused(l: ListedPerson, reason: IntakeRefusal, existing: number | null = null): IntakeOutcome {
  return { ...outcomeOf(l), outcome: 'refused', reason, existingQuarantineId: existing };
}

/** Why a person of the list cannot be placed before rooms are looked at, or null. */
function refusalOf(l: ListedPerson, seen: Set<string>, active: Map<string, number>, planned: boolean) {
  const key = l.person?.personKey;
  if (!key) return refused(l, 'not_found');
  if (seen.has(key)) return refused(l, 'duplicate');
  seen.add(key);
  if (active.has(key)) return refused(l, 'already_in_quarantine', active.get(key) ?? null);
  return planned ? null : refused(l, 'group_missing');
}

/**
 * Takes a list of persons into a site at once: rooms as suggested, each person placed or refused with
 * the reason. The placed ones commit together, with one audit entry for the intake.
 */
export async function intake(
  db: Db,
  actor: Actor,
  audit: AuditContext,
  body: IntakeBody,
  timeZone: string,
): Promise<IntakeReply> {
  const list = oneList(body);
  const startsAt = body.startsAt ? new Date(body.startsAt) : new Date();
  return db.transaction().execute(async (trx) => {
    if (!(await findSite(trx, actor, body.siteId))) throw notFound();
    const protocol = await activeProtocol(trx);
    const plan = planQuarantine(protocol, body.group, startsAt, 'centralized', timeZone);
    const listed = await listedPersons(trx, actor, list, true);
    const keys = listed.flatMap((l) => (l.person ? [l.person.personKey] : []));
    await repo.lockPersons(trx, keys);
    const active = await repo.activeQuarantines(trx, keys);
    const seen = new Set<string>();
    const outcomes = listed.map((l) => refusalOf(l, seen, active, plan !== null));
    const waiting = listed.filter((_, i) => outcomes[i] === null);
    const rooms = await lockRoomsOfSite(trx, body.siteId);
    const places = placeAll(
      waiting.map((l) => l.person!),
      rooms,
      startsAt,
      timeZone,
    );
    const byId = new Map(rooms.map((r) => [r.id, r]));
    for (const [w, l] of waiting.entries()) {
      const room = byId.get(places[w]?.roomId ?? 0);
      const at = listed.indexOf(l);
      if (!plan || !room) {
        outcomes[at] = refused(l, 'no_room');
        continue;
      }
      const admission = { protocol, plan, group: body.group, mode: 'centralized' as const, startsAt, timeZone };
      const quarantineId = await admit(trx, actor, { ...admission, room, homeConditions: null }, l.person!);
      const notes = places[w]?.notes ?? [];
      outcomes[at] = { ...outcomeOf(l), outcome: 'placed', quarantineId, room: roomRef(room), notes };
    }
    const done = outcomes.filter((o): o is IntakeOutcome => o !== null);
    const placedIds = done.flatMap((o) => (o.quarantineId === null ? [] : [quarantineCode(o.quarantineId)]));
    await appendAudit(trx, audit, {
      action: 'quarantine.intake',
      entity: 'place',
      entityId: body.siteId,
      summary: {
        group: body.group,
        listed: listed.length,
        placed: placedIds.length,
        quarantines: placedIds,
        protocol: { id: protocol.id, version: protocol.version },
      },
    });
    return {
      outcomes: done,
      placed: placedIds.length,
      refused: done.length - placedIds.length,
      plan: plan ? toPlan(plan) : null,
    };
  });
}
