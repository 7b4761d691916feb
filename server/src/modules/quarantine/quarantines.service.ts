import type { Actor } from '../../core/auth/actor.ts';
import { type AuditContext, appendAudit } from '../../core/audit/audit.ts';
import type { Db } from '../../core/db/database.ts';
import { AppError, notFound } from '../../core/errors.ts';
import { addDays, startOfLocalDay } from '../../core/time/local-time.ts';
import { protocolById, activeProtocol } from '../protocol/protocol.repository.ts';
import type { QuarantinePlan } from '../protocol/quarantine-plan.ts';
import { maskIdNumber, maskPhone } from '../registry/id-number.ts';
import { admit, bookRoom, checkHomeConditions, planOrRefuse, quarantineCode } from './admission.ts';
import { resolvePerson } from './persons.ts';
import type {
  CreateQuarantineBody,
  Plan,
  QuarantineDetail,
  QuarantineListItem,
  QuarantineListQuery,
  TransferBody,
} from './quarantines.schema.ts';
import * as repo from './quarantines.repository.ts';
import { roomRefusal } from './words.ts';

const iso = (d: Date | null) => d?.toISOString() ?? null;

function toItem(row: repo.QuarantineRow, full: boolean): QuarantineListItem {
  return {
    id: row.id,
    code: quarantineCode(row.id),
    name: row.name,
    idNumber: row.id_number === null ? null : full ? row.id_number : maskIdNumber(row.id_number),
    phone: row.phone === null ? null : full ? row.phone : maskPhone(row.phone),
    residentId: row.resident_id,
    contactId: row.contact_id,
    region: row.region_id === null ? null : { id: row.region_id, name: row.region_name ?? '' },
    group: row.group_key,
    mode: row.mode,
    site: row.site_id === null ? null : { id: row.site_id, name: row.site_name ?? '' },
    room:
      row.room_id === null
        ? null
        : {
            id: row.room_id,
            number: row.room_number ?? '',
            floor: row.room_floor ?? 0,
            kind: row.room_kind ?? 'single',
          },
    startsAt: row.starts_at.toISOString(),
    centralizedUntil: iso(row.centralized_until),
    plannedEnd: row.planned_end.toISOString(),
    status: row.status,
    endedAt: iso(row.ended_at),
    protocol: { id: row.protocol_id, name: row.protocol_name, version: row.protocol_version },
  };
}

export function toPlan(plan: QuarantinePlan): Plan {
  return {
    centralizedUntil: iso(plan.centralizedUntil),
    plannedEnd: plan.plannedEnd.toISOString(),
    tests: plan.tests,
    basis: plan.basis,
  };
}

/**
 * Puts a person under quarantine under the protocol in force: centralized in a room (booked here) or at
 * home (every home condition met). One active quarantine per person, even when two requests race.
 */
export async function createQuarantine(
  db: Db,
  actor: Actor,
  audit: AuditContext,
  body: CreateQuarantineBody,
  timeZone: string,
): Promise<QuarantineDetail> {
  const centralized = body.mode === 'centralized';
  if (centralized ? body.roomId === undefined : body.roomId !== undefined || body.siteId !== undefined)
    throw new AppError('VALIDATION_FAILED', { details: 'a centralized quarantine needs a room; one at home has none' });
  const startsAt = body.startsAt ? new Date(body.startsAt) : new Date();
  const id = await db.transaction().execute(async (trx) => {
    const person = await resolvePerson(trx, actor, body.person);
    await repo.lockPersons(trx, [person.personKey]);
    const existing = (await repo.activeQuarantines(trx, [person.personKey])).get(person.personKey);
    if (existing !== undefined) throw new AppError('ALREADY_IN_QUARANTINE', { quarantineId: quarantineCode(existing) });
    const protocol = await activeProtocol(trx);
    const plan = planOrRefuse(protocol, body.group, startsAt, body.mode, timeZone);
    const homeConditions = centralized ? (body.homeConditions ?? null) : checkHomeConditions(body.homeConditions);
    const room = centralized ? await bookRoom(trx, actor, body.roomId ?? 0, body.siteId) : null;
    const admission = { protocol, plan, group: body.group, mode: body.mode, startsAt, room, homeConditions, timeZone };
    const quarantineId = await admit(trx, actor, admission, person);
    await appendAudit(trx, audit, {
      action: 'quarantine.create',
      entity: 'quarantine',
      entityId: quarantineId,
      summary: {
        group: body.group,
        mode: body.mode,
        roomId: room?.id ?? null,
        contactId: person.contactId,
        protocol: { id: protocol.id, version: protocol.version },
      },
    });
    return quarantineId;
  });
  return getQuarantine(db, actor, audit, id, timeZone);
}

/** Moves a person to another room, site, or home: the current stay closes and a new one opens. */
export async function transferQuarantine(
  db: Db,
  actor: Actor,
  audit: AuditContext,
  id: number,
  body: TransferBody,
  timeZone: string,
): Promise<QuarantineDetail> {
  const centralized = body.mode === 'centralized';
  if (centralized ? body.roomId === undefined : body.roomId !== undefined || body.siteId !== undefined)
    throw new AppError('VALIDATION_FAILED', { details: 'a move to a site needs a room; a move home has none' });
  await db.transaction().execute(async (trx) => {
    const current = await repo.findQuarantine(trx, actor, id, true);
    if (!current) throw notFound();
    if (current.status !== 'active') throw new AppError('QUARANTINE_ENDED');
    if (centralized && body.roomId === current.room_id)
      throw new AppError('ROOM_UNAVAILABLE', roomRefusal(current.room_number ?? '', 'same'));
    const homeConditions = centralized ? null : checkHomeConditions(body.homeConditions);
    const room = centralized ? await bookRoom(trx, actor, body.roomId ?? 0, body.siteId) : null;
    const to = { siteId: room?.site_id ?? null, roomId: room?.id ?? null, mode: body.mode };
    const now = new Date();
    await repo.closeStay(trx, id, now);
    await repo.moveQuarantine(trx, id, { ...to, homeConditions });
    await repo.openStay(trx, {
      quarantineId: id,
      ...to,
      since: now,
      reason: body.reason,
      movedBy: actor.userId || null,
    });
    await appendAudit(trx, audit, {
      action: 'quarantine.transfer',
      entity: 'quarantine',
      entityId: id,
      reason: body.reason,
      summary: { from: { siteId: current.site_id, roomId: current.room_id, mode: current.mode }, to },
    });
  });
  return getQuarantine(db, actor, audit, id, timeZone);
}

/** A page of quarantines of the jurisdiction, identifiers masked. */
export async function listQuarantines(db: Db, actor: Actor, query: QuarantineListQuery, timeZone: string) {
  const endsBefore = query.endsBy ? startOfLocalDay(addDays(query.endsBy, 1), timeZone) : null;
  const { rows, total } = await repo.listQuarantines(db, actor, query, endsBefore);
  return { items: rows.map((row) => toItem(row, false)), total, page: query.page, pageSize: query.pageSize };
}

/**
 * A quarantine in full, with its plan recomputed from the protocol version it was decided under (a later
 * revision never moves its dates) and every stay; each read is audited.
 */
export async function getQuarantine(
  db: Db,
  actor: Actor,
  audit: AuditContext,
  id: number,
  timeZone: string,
): Promise<QuarantineDetail> {
  const row = await repo.findQuarantine(db, actor, id);
  if (!row) throw notFound();
  const full = actor.permissions.has('registry.read_full');
  await appendAudit(db, audit, { action: 'quarantine.read', entity: 'quarantine', entityId: id, summary: { full } });
  const protocol = await protocolById(db, row.protocol_id);
  const firstMode = row.centralized_until === null ? 'home' : 'centralized';
  const plan = planOrRefuse(protocol, row.group_key, row.starts_at, firstMode, timeZone);
  const stays = await repo.staysOf(db, id);
  return {
    ...toItem(row, full),
    homeConditions: row.home_conditions,
    endReason: row.end_reason,
    createdAt: row.created_at.toISOString(),
    createdBy: row.created_by,
    plan: toPlan(plan),
    stays: stays.map((s) => ({
      site: s.site_id === null ? null : { id: s.site_id, name: s.site_name ?? '' },
      room: s.room_id === null ? null : { id: s.room_id, number: s.room_number ?? '' },
      mode: s.mode,
      since: s.since.toISOString(),
      until: iso(s.until),
      reason: s.reason,
      movedBy: s.moved_by,
    })),
  };
}
