import type { Actor } from '../../core/auth/actor.ts';
import type { Executor } from '../../core/db/database.ts';
import { AppError, notFound } from '../../core/errors.ts';
import type { QuarantineGroup } from '../protocol/document.ts';
import type { Protocol } from '../protocol/protocol.repository.ts';
import { type QuarantinePlan, planQuarantine } from '../protocol/quarantine-plan.ts';
import { advanceContactStatus } from '../tracing/contacts.service.ts';
import { contactStatuses } from '../tracing/vocabulary.ts';
import { scheduleQuarantineTests } from './checks/schedule.ts';
import type { QuarantinePerson } from './persons.ts';
import type { HomeConditions } from './quarantines.schema.ts';
import * as repo from './quarantines.repository.ts';
import { findRoom, type RoomRow } from './rooms.repository.ts';
import { type HomeConditionKey, homeConditionKeys, type QuarantineMode } from './vocabulary.ts';
import { groupWords, homeConditionWords, roomRefusal } from './words.ts';

/** The quarantine code people read and quote. */
export const quarantineCode = (id: number) => `Q-${id}`;

/** The plan of a group under the protocol in force, or PROTOCOL_GROUP_MISSING when it sets none. */
export function planOrRefuse(
  protocol: Protocol,
  group: QuarantineGroup,
  startsAt: Date,
  mode: QuarantineMode,
  timeZone: string,
): QuarantinePlan {
  const plan = planQuarantine(protocol, group, startsAt, mode, timeZone);
  if (!plan)
    throw new AppError('PROTOCOL_GROUP_MISSING', {
      protocol: `${protocol.name} v${protocol.version}`,
      groupZh: groupWords[group][0],
      groupEn: groupWords[group][1],
    });
  return plan;
}

/** Home quarantine needs every home condition; the ones that fail are named. */
export function checkHomeConditions(conditions: HomeConditions | undefined): HomeConditions {
  const unmet = homeConditionKeys.filter((key: HomeConditionKey) => conditions?.[key] !== true);
  if (unmet.length > 0 || !conditions)
    throw new AppError('HOME_CONDITIONS_UNMET', {
      conditionsZh: unmet.map((key) => homeConditionWords[key][0]).join('、'),
      conditionsEn: unmet.map((key) => homeConditionWords[key][1]).join(', '),
    });
  return conditions;
}

/**
 * Takes a bed in a room for one person: locks the room (so two bookings of its last bed go one after the
 * other), and refuses a room at another site, being cleaned, out of service, or full.
 */
export async function bookRoom(
  trx: Executor,
  actor: Actor,
  roomId: number,
  siteId: number | undefined,
): Promise<RoomRow> {
  const room = await findRoom(trx, actor, roomId, true);
  if (!room) throw notFound();
  if (siteId !== undefined && room.site_id !== siteId)
    throw new AppError('ROOM_UNAVAILABLE', roomRefusal(room.number, 'otherSite'));
  if (room.status === 'cleaning' || room.status === 'out_of_service')
    throw new AppError('ROOM_UNAVAILABLE', roomRefusal(room.number, room.status));
  if (room.persons >= room.beds) throw new AppError('ROOM_UNAVAILABLE', roomRefusal(room.number, 'full'));
  return room;
}

export interface Admission {
  protocol: Protocol;
  plan: QuarantinePlan;
  group: QuarantineGroup;
  mode: QuarantineMode;
  startsAt: Date;
  room: RoomRow | null;
  homeConditions: HomeConditions | null;
  timeZone: string;
}

/**
 * Writes one person's quarantine (the caller holds the person's lock and has booked the room): the
 * record with its protocol and planned dates, the first stay, the test schedule, and a traced contact's
 * move to "under a measure" with this quarantine as the basis.
 */
export async function admit(trx: Executor, actor: Actor, a: Admission, person: QuarantinePerson): Promise<number> {
  const by = actor.userId || null;
  const site = { siteId: a.room?.site_id ?? null, roomId: a.room?.id ?? null };
  const id = await repo.insertQuarantine(trx, {
    person,
    group: a.group,
    mode: a.mode,
    ...site,
    startsAt: a.startsAt,
    centralizedUntil: a.plan.centralizedUntil,
    plannedEnd: a.plan.plannedEnd,
    protocolId: a.protocol.id,
    homeConditions: a.homeConditions,
    createdBy: by,
  });
  await repo.openStay(trx, { quarantineId: id, ...site, mode: a.mode, since: a.startsAt, reason: null, movedBy: by });
  await scheduleQuarantineTests(trx, id, a.timeZone);
  const measured = contactStatuses.indexOf('under_measure');
  if (person.contactId !== null && contactStatuses.indexOf(person.contactStatus ?? 'identified') < measured) {
    const at = new Date(Math.min(a.startsAt.getTime(), Date.now())).toISOString();
    const basis = `quarantine ${quarantineCode(id)} under ${a.protocol.name} v${a.protocol.version}`;
    await advanceContactStatus(trx, actor, person.contactId, { status: 'under_measure', basis, at });
  }
  return id;
}
