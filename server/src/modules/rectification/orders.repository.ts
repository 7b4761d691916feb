import { type RawBuilder, sql } from 'kysely';
import type { Actor } from '../../core/auth/actor.ts';
import { inJurisdiction } from '../../core/auth/scope.ts';
import type { Executor } from '../../core/db/database.ts';
import type { FindingSeverity } from '../supervision/vocabulary.ts';
import type { OrderListQuery } from './orders.schema.ts';
import { orderNumber } from './rules.ts';
import type { OrderEventKind, OrderStatus } from './vocabulary.ts';

/**
 * Who sees an order: supervision readers within their jurisdiction (the unit lies under it; an escalated order
 * lies under its superior region too); a unit's own people (rectification.respond) the orders addressed to their
 * unit — members of the place, or users over the region node — and those escalated to a region of theirs.
 */
export function orderVisible(actor: Actor): RawBuilder<boolean> {
  const supervises = actor.permissions.has('supervision.read') ? inJurisdiction(actor, 'o.path') : sql`false`;
  const responds = actor.permissions.has('rectification.respond')
    ? sql`(EXISTS (SELECT 1 FROM place_member pm WHERE pm.place_id = o.unit_place_id AND pm.user_id = ${actor.userId})
           OR (o.unit_region_id IS NOT NULL AND ${inJurisdiction(actor, 'o.path')})
           OR (o.escalated_region_id IS NOT NULL AND ${inJurisdiction(actor, 'er.path')}))`
    : sql`false`;
  return sql<boolean>`(${supervises} OR ${responds})`;
}

export interface OrderRow {
  id: number;
  number: string;
  unit_place_id: number | null;
  unit_region_id: number | null;
  unit_name: string;
  path: string;
  responsible_name: string;
  responsible_user_id: number | null;
  responsible_phone: string | null;
  severity: FindingSeverity;
  requirement: string;
  deadline: Date;
  status: OrderStatus;
  escalated_at: Date | null;
  escalated_region_id: number | null;
  escalated_region_name: string | null;
  issued_at: Date;
  closed_at: Date | null;
  issued_by: string;
  closed_by: string | null;
  finding_id: number;
  finding_description: string;
  finding_severity: FindingSeverity;
  inspection_id: number;
  inspected_at: Date;
  inspector: string;
}

const orderColumns = sql`
         o.id, o.number, o.unit_place_id, o.unit_region_id, coalesce(p.name, ur.name) AS unit_name, o.path::text AS path,
         o.responsible_name, o.responsible_user_id, o.responsible_phone, o.severity, o.requirement, o.deadline, o.status,
         o.escalated_at, o.escalated_region_id, er.name AS escalated_region_name, o.issued_at, o.closed_at,
         ib.display_name AS issued_by, cb.display_name AS closed_by, o.finding_id,
         f.description AS finding_description, f.severity AS finding_severity, f.inspection_id,
         i.checked_in_at AS inspected_at, iu.display_name AS inspector`;

const orderFrom = sql`
    FROM rectification_order o
    JOIN finding f ON f.id = o.finding_id
    JOIN inspection i ON i.id = f.inspection_id
    JOIN app_user ib ON ib.id = o.issued_by
    JOIN app_user iu ON iu.id = i.inspector_id
    LEFT JOIN app_user cb ON cb.id = o.closed_by
    LEFT JOIN place p ON p.id = o.unit_place_id
    LEFT JOIN region ur ON ur.id = o.unit_region_id
    LEFT JOIN region er ON er.id = o.escalated_region_id`;

const orderSelect = sql`SELECT ${orderColumns} ${orderFrom}`;

/**
 * One order the actor sees (`reach` 'visible'), or any order of the actor's jurisdiction (`reach` 'jurisdiction':
 * a unit's would-be responder is then told they are not of the unit rather than that it does not exist).
 */
export async function findOrder(
  db: Executor,
  actor: Actor,
  id: number,
  options: { reach?: 'visible' | 'jurisdiction'; lock?: boolean } = {},
): Promise<OrderRow | null> {
  const seen =
    options.reach === 'jurisdiction'
      ? sql`(${orderVisible(actor)} OR ${inJurisdiction(actor, 'o.path')})`
      : orderVisible(actor);
  const { rows } = await sql<OrderRow>`
    ${orderSelect} WHERE o.id = ${id} AND ${seen} ${options.lock ? sql`FOR UPDATE OF o` : sql``}`.execute(db);
  return rows[0] ?? null;
}

function listFilters(query: Omit<OrderListQuery, 'page' | 'pageSize'>, now: Date): RawBuilder<unknown>[] {
  const filters: RawBuilder<unknown>[] = [];
  if (query.status) filters.push(sql`o.status = ${query.status}`);
  if (query.overdue !== undefined) filters.push(sql`(o.status <> 'closed' AND o.deadline < ${now}) = ${query.overdue}`);
  if (query.escalated !== undefined) filters.push(sql`(o.escalated_at IS NOT NULL) = ${query.escalated}`);
  if (query.unitPlaceId) filters.push(sql`o.unit_place_id = ${query.unitPlaceId}`);
  if (query.unitRegionId) filters.push(sql`o.unit_region_id = ${query.unitRegionId}`);
  if (query.findingId) filters.push(sql`o.finding_id = ${query.findingId}`);
  if (query.regionId) filters.push(sql`o.path <@ (SELECT path FROM region WHERE id = ${query.regionId})`);
  if (query.planId) filters.push(sql`i.plan_target_id IN (SELECT id FROM plan_target WHERE plan_id = ${query.planId})`);
  return filters;
}

/** A page of the orders the actor sees, newest first. */
export async function listOrders(
  db: Executor,
  actor: Actor,
  query: OrderListQuery,
  now: Date,
): Promise<{ rows: OrderRow[]; total: number }> {
  const where = sql.join([orderVisible(actor), ...listFilters(query, now)], sql` AND `);
  const { rows } = await sql<OrderRow & { total: number }>`
    SELECT ${orderColumns}, count(*) OVER () AS total ${orderFrom}
     WHERE ${where} ORDER BY o.number DESC
     LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`.execute(db);
  const total = rows[0]?.total ?? (query.page > 1 ? await countOrders(db, where) : 0);
  return { rows, total };
}

async function countOrders(db: Executor, where: RawBuilder<unknown>): Promise<number> {
  const { rows } = await sql<{ n: number }>`SELECT count(*) AS n ${orderFrom} WHERE ${where}`.execute(db);
  return rows[0]?.n ?? 0;
}

export interface NewOrder {
  year: number;
  findingId: number;
  unitPlaceId: number | null;
  unitRegionId: number | null;
  path: string;
  responsibleName: string;
  responsibleUserId: number | null;
  responsiblePhone: string | null;
  severity: FindingSeverity;
  requirement: string;
  deadline: Date;
  issuedBy: number;
  issuedAt: Date;
}

/**
 * The next serial of the year's orders, from 1 each January. The counter row stays locked until the
 * transaction ends: serials of committed orders are gapless, and a rolled-back order gives its serial back.
 */
export async function nextOrderSerial(db: Executor, year: number): Promise<number> {
  const { rows } = await sql<{ serial: number }>`
    INSERT INTO rectification_order_counter AS c (year, last_serial) VALUES (${year}, 1)
    ON CONFLICT (year) DO UPDATE SET last_serial = c.last_serial + 1
    RETURNING last_serial AS serial`.execute(db);
  const serial = rows[0]?.serial;
  if (serial === undefined) throw new Error('no order serial');
  return serial;
}

/** Inserts the order with the next serial of its year; returns its id and stored number. */
export async function insertOrder(db: Executor, o: NewOrder): Promise<{ id: number; number: string }> {
  const number = orderNumber(o.year, await nextOrderSerial(db, o.year));
  const { rows } = await sql<{ id: number; number: string }>`
    INSERT INTO rectification_order (number, finding_id, unit_place_id, unit_region_id, path, responsible_name,
                                     responsible_user_id, responsible_phone, severity, requirement, deadline,
                                     issued_by, issued_at)
    VALUES (${number}, ${o.findingId},
            ${o.unitPlaceId}, ${o.unitRegionId}, ${o.path}::ltree, ${o.responsibleName}, ${o.responsibleUserId},
            ${o.responsiblePhone}, ${o.severity}, ${o.requirement}, ${o.deadline}, ${o.issuedBy}, ${o.issuedAt})
    RETURNING id, number`.execute(db);
  const row = rows[0];
  if (!row) throw new Error('order not stored');
  return row;
}

/** The order of a finding, if it has one. */
export async function orderOfFinding(db: Executor, findingId: number): Promise<{ id: number; number: string } | null> {
  const { rows } = await sql<{ id: number; number: string }>`
    SELECT id, number FROM rectification_order WHERE finding_id = ${findingId}`.execute(db);
  return rows[0] ?? null;
}

export async function insertEvent(
  db: Executor,
  e: { orderId: number; kind: OrderEventKind; note: string | null; actorId: number | null; at?: Date },
): Promise<number> {
  const { rows } = await sql<{ id: number }>`
    INSERT INTO rectification_event (order_id, kind, note, actor_id, at)
    VALUES (${e.orderId}, ${e.kind}, ${e.note}, ${e.actorId}, ${e.at ?? new Date()}) RETURNING id`.execute(db);
  return Number(rows[0]?.id);
}

export async function setStatus(
  db: Executor,
  id: number,
  status: OrderStatus,
  closed: { at: Date; by: number } | null = null,
): Promise<void> {
  await sql`
    UPDATE rectification_order SET status = ${status}, closed_at = ${closed?.at ?? null}, closed_by = ${closed?.by ?? null}
     WHERE id = ${id}`.execute(db);
}

/** Whether the user is one of the place's people (place_member). */
export async function isPlaceMember(db: Executor, placeId: number, userId: number): Promise<boolean> {
  const { rows } = await sql<{ member: boolean }>`
    SELECT EXISTS (SELECT 1 FROM place_member WHERE place_id = ${placeId} AND user_id = ${userId}) AS member`.execute(
    db,
  );
  return rows[0]?.member ?? false;
}

export interface EventRow {
  id: number;
  kind: OrderEventKind;
  note: string | null;
  actor: string | null;
  at: Date;
}

export async function eventsOf(db: Executor, orderId: number): Promise<EventRow[]> {
  const { rows } = await sql<EventRow>`
    SELECT e.id, e.kind, e.note, u.display_name AS actor, e.at FROM rectification_event e
      LEFT JOIN app_user u ON u.id = e.actor_id
     WHERE e.order_id = ${orderId} ORDER BY e.at, e.id`.execute(db);
  return rows;
}

/** The latest answer of an order (the event its photos belong to). */
export async function latestAnswer(db: Executor, orderId: number): Promise<number | null> {
  const { rows } = await sql<{ id: number }>`
    SELECT id FROM rectification_event WHERE order_id = ${orderId} AND kind = 'answered'
     ORDER BY at DESC, id DESC LIMIT 1`.execute(db);
  return rows[0]?.id ?? null;
}

export async function carriesOf(db: Executor, orderId: number) {
  const { rows } = await sql<{ day: string; reason: string; by: string; at: Date }>`
    SELECT c.day::text AS day, c.reason, u.display_name AS by, c.created_at AS at FROM problem_carry c
      JOIN app_user u ON u.id = c.created_by WHERE c.order_id = ${orderId} ORDER BY c.day`.execute(db);
  return rows;
}
