import type { Actor } from '../../core/auth/actor.ts';
import { pathInJurisdiction } from '../../core/auth/scope.ts';
import { type AuditContext, appendAudit } from '../../core/audit/audit.ts';
import type { Db, Executor } from '../../core/db/database.ts';
import { AppError, notFound } from '../../core/errors.ts';
import { localDate } from '../../core/time/local-time.ts';
import { maskPhone } from '../registry/id-number.ts';
import { type FindingForOrder, findingForOrder, markFindingOrdered } from '../supervision/findings.service.ts';
import type { IssueBody, OrderDetail, OrderListItem, OrderListQuery, Photo } from './orders.schema.ts';
import * as repo from './orders.repository.ts';
import * as photos from './photos.repository.ts';
import { defaultDeadline, displayNumber } from './rules.ts';
import { unitInJurisdiction } from './units.repository.ts';

const iso = (d: Date | null) => d?.toISOString() ?? null;

/** Refuses a step the order is not at, naming the order as printed. */
export const orderState = (number: string, zh: string, en: string) =>
  new AppError('ORDER_STATE', { number: displayNumber(number), reasonZh: zh, reasonEn: en });

/** The unit named in the body, or the inspected place or region node of the finding. */
async function unitFor(trx: Executor, actor: Actor, body: IssueBody, finding: FindingForOrder) {
  if (body.unitPlaceId !== undefined && body.unitRegionId !== undefined)
    throw new AppError('VALIDATION_FAILED', { details: 'body: a unit is a place or a region, not both' }, [
      { path: '/unitRegionId', message: 'a unit is a place or a region, not both' },
    ]);
  const placeId = body.unitPlaceId ?? (body.unitRegionId === undefined ? finding.placeId : null);
  const regionId = body.unitRegionId ?? finding.regionId;
  const unit = await unitInJurisdiction(trx, actor, placeId !== null ? { placeId } : { regionId: regionId ?? 0 });
  if (!unit) throw notFound();
  return unit;
}

/**
 * The finding, open and locked (the supervision service refuses one fixed on the spot or handed over); one with an
 * order already is refused naming that order.
 */
async function openFinding(trx: Executor, actor: Actor, findingId: number): Promise<FindingForOrder> {
  const existing = await repo.orderOfFinding(trx, findingId);
  // Named only to whoever sees that order; others learn what the supervision service tells them.
  if (existing && (await repo.findOrder(trx, actor, existing.id)))
    throw orderState(existing.number, '该问题已交办', 'This finding has an order already');
  return findingForOrder(trx, actor, findingId);
}

/**
 * Issues a rectification order (交办单) for an open finding to a responsible unit and person; the deadline
 * defaults by severity and must lie ahead. The finding becomes 'ordered'; the order's first event is 'issued'.
 */
export async function issueOrder(
  db: Db,
  actor: Actor,
  audit: AuditContext,
  timeZone: string,
  body: IssueBody,
): Promise<OrderDetail> {
  const issuedAt = new Date();
  const id = await db.transaction().execute(async (trx) => {
    const finding = await openFinding(trx, actor, body.findingId);
    const unit = await unitFor(trx, actor, body, finding);
    const severity = body.severity ?? finding.severity;
    const deadline = body.deadline ? new Date(body.deadline) : defaultDeadline(severity, issuedAt);
    if (deadline.getTime() <= issuedAt.getTime())
      throw new AppError('DEADLINE_INVALID', { deadline: body.deadline ?? '' }, [
        { path: '/deadline', message: 'must lie in the future' },
      ]);
    const order = await repo.insertOrder(trx, {
      year: Number(localDate(issuedAt, timeZone).slice(0, 4)),
      findingId: finding.id,
      unitPlaceId: unit.kind === 'place' ? unit.id : null,
      unitRegionId: unit.kind === 'region' ? unit.id : null,
      path: unit.path,
      responsibleName: body.responsibleName.trim(),
      responsibleUserId: body.responsibleUserId ?? null,
      responsiblePhone: body.responsiblePhone?.trim() || null,
      severity,
      requirement: body.requirement.trim(),
      deadline,
      issuedBy: actor.userId,
      issuedAt,
    });
    await markFindingOrdered(trx, finding.id);
    await repo.insertEvent(trx, { orderId: order.id, kind: 'issued', note: null, actorId: actor.userId, at: issuedAt });
    await appendAudit(trx, audit, {
      action: 'rectification.order.issue',
      entity: 'rectification_order',
      entityId: order.id,
      summary: { number: order.number, findingId: finding.id, unit, severity, deadline: deadline.toISOString() },
    });
    return order.id;
  });
  return getOrder(db, actor, audit, id);
}

/** Whether the actor is one of the unit's people: a member of the place, or a user over the region node. */
export async function isUnitMember(db: Executor, actor: Actor, order: repo.OrderRow): Promise<boolean> {
  if (order.unit_place_id !== null) return repo.isPlaceMember(db, order.unit_place_id, actor.userId);
  return pathInJurisdiction(actor, order.path);
}

export function toListItem(row: repo.OrderRow, now: Date, fullPhone = false): OrderListItem {
  const phone = row.responsible_phone;
  return {
    id: row.id,
    number: row.number,
    displayNumber: displayNumber(row.number),
    unit: {
      kind: row.unit_place_id !== null ? 'place' : 'region',
      id: row.unit_place_id ?? row.unit_region_id ?? 0,
      name: row.unit_name,
    },
    responsibleName: row.responsible_name,
    responsiblePhone: phone === null ? null : fullPhone ? phone : maskPhone(phone),
    severity: row.severity,
    requirement: row.requirement,
    deadline: row.deadline.toISOString(),
    status: row.status,
    overdue: row.status !== 'closed' && row.deadline < now,
    escalatedTo:
      row.escalated_region_id === null ? null : { id: row.escalated_region_id, name: row.escalated_region_name ?? '' },
    escalatedAt: iso(row.escalated_at),
    issuedAt: row.issued_at.toISOString(),
    closedAt: iso(row.closed_at),
    finding: { id: row.finding_id, description: row.finding_description },
  };
}

/** A page of the orders the actor sees (see orderVisible), responsible persons' phones masked. */
export async function listOrders(db: Db, actor: Actor, query: OrderListQuery) {
  const now = new Date();
  const { rows, total } = await repo.listOrders(db, actor, query, now);
  return { items: rows.map((row) => toListItem(row, now)), total, page: query.page, pageSize: query.pageSize };
}

const toPhoto = (p: photos.PhotoRow): Photo => ({
  id: p.id,
  contentType: p.content_type,
  size: p.size,
  createdAt: p.created_at.toISOString(),
});

/** An order in full: its finding, timeline with the answers' photos, and carries. The read is audited. */
export async function getOrder(db: Db, actor: Actor, audit: AuditContext, id: number): Promise<OrderDetail> {
  const row = await repo.findOrder(db, actor, id);
  if (!row) throw notFound();
  const [events, carries, pictures, member] = await Promise.all([
    repo.eventsOf(db, id),
    repo.carriesOf(db, id),
    photos.photosOfOrder(db, id, row.finding_id),
    isUnitMember(db, actor, row),
  ]);
  await appendAudit(db, audit, { action: 'rectification.order.read', entity: 'rectification_order', entityId: id });
  const open = row.status !== 'closed';
  const responder = actor.permissions.has('rectification.respond') && member;
  return {
    ...toListItem(row, new Date(), true),
    responsibleUserId: row.responsible_user_id,
    issuedBy: row.issued_by,
    closedBy: row.closed_by,
    finding: {
      id: row.finding_id,
      description: row.finding_description,
      severity: row.finding_severity,
      inspectionId: row.inspection_id,
      inspectedAt: row.inspected_at.toISOString(),
      inspector: row.inspector,
      photos: pictures.filter((p) => p.owner_kind === 'finding').map(toPhoto),
    },
    events: events.map((e) => ({
      ...e,
      at: e.at.toISOString(),
      photos: pictures.filter((p) => p.owner_kind === 'response' && p.owner_id === e.id).map(toPhoto),
    })),
    carries: carries.map((c) => ({ ...c, at: c.at.toISOString() })),
    can: {
      respond: open && row.status !== 'answered' && responder,
      // Photos go with the answer while it awaits verification.
      addPhoto: row.status === 'answered' && responder,
      verify:
        row.status === 'answered' &&
        actor.permissions.has('supervision.inspect') &&
        pathInJurisdiction(actor, row.path),
    },
  };
}
