import type { Actor } from '../../core/auth/actor.ts';
import { pathInJurisdiction } from '../../core/auth/scope.ts';
import { type AuditContext, appendAudit } from '../../core/audit/audit.ts';
import type { Db, Executor } from '../../core/db/database.ts';
import { AppError, notFound } from '../../core/errors.ts';
import { localDate } from '../../core/time/local-time.ts';
import { photoLimitBytes, photoTypes } from '../supervision/vocabulary.ts';
import type { CarryBody } from './board.schema.ts';
import type { OrderDetail, Photo, ResponseBody, VerifyBody } from './orders.schema.ts';
import * as repo from './orders.repository.ts';
import { getOrder, isUnitMember, orderState } from './orders.service.ts';
import * as photos from './photos.repository.ts';
import * as board from './board.repository.ts';

/** Runs a step on an order, locked, in one transaction with its audit entry; returns the order afterwards. */
async function step(
  db: Db,
  actor: Actor,
  audit: AuditContext,
  id: number,
  reach: 'visible' | 'jurisdiction',
  run: (trx: Executor, order: repo.OrderRow) => Promise<{ action: string; summary: Record<string, unknown> }>,
): Promise<OrderDetail> {
  await db.transaction().execute(async (trx) => {
    const order = await repo.findOrder(trx, actor, id, { reach, lock: true });
    if (!order) throw notFound();
    const { action, summary } = await run(trx, order);
    await appendAudit(trx, audit, {
      action,
      entity: 'rectification_order',
      entityId: id,
      summary: { number: order.number, ...summary },
    });
  });
  return getOrder(db, actor, audit, id);
}

/** Only the unit's own people answer for it. */
async function assertUnitMember(trx: Executor, actor: Actor, order: repo.OrderRow): Promise<void> {
  if (!(await isUnitMember(trx, actor, order))) throw new AppError('NOT_A_UNIT_MEMBER', { unit: order.unit_name });
}

/** The unit answers an order issued or sent back: what was done, in text (photos follow, see addResponsePhoto). */
export function respond(db: Db, actor: Actor, audit: AuditContext, id: number, body: ResponseBody) {
  return step(db, actor, audit, id, 'jurisdiction', async (trx, order) => {
    await assertUnitMember(trx, actor, order);
    if (order.status === 'closed')
      throw orderState(order.number, '已销号，不能再答复', 'it is closed; it takes no answer');
    if (order.status === 'answered')
      throw orderState(order.number, '已答复，等待督导核验', 'it is answered and awaits verification');
    await repo.setStatus(trx, order.id, 'answered');
    const text = body.text.trim();
    const eventId = await repo.insertEvent(trx, {
      orderId: order.id,
      kind: 'answered',
      note: text,
      actorId: actor.userId,
    });
    return { action: 'rectification.order.answer', summary: { eventId, length: text.length } };
  });
}

/** Adds a photo to the unit's latest answer while it awaits verification. */
export async function addResponsePhoto(
  db: Db,
  actor: Actor,
  audit: AuditContext,
  id: number,
  file: { contentType: string; content: Buffer },
): Promise<Photo> {
  if (!(photoTypes as readonly string[]).includes(file.contentType) || file.content.length === 0)
    throw new AppError('VALIDATION_FAILED', { details: 'body.file: a JPEG, PNG or WebP photo' }, [
      { path: 'body.file', message: 'a JPEG, PNG or WebP photo' },
    ]);
  if (file.content.length > photoLimitBytes) throw new AppError('BODY_TOO_LARGE');
  return db.transaction().execute(async (trx) => {
    const order = await repo.findOrder(trx, actor, id, { reach: 'jurisdiction', lock: true });
    if (!order) throw notFound();
    await assertUnitMember(trx, actor, order);
    const answer = order.status === 'answered' ? await repo.latestAnswer(trx, id) : null;
    if (answer === null)
      throw orderState(order.number, '只能为待核验的答复添加照片', 'photos go with an answer awaiting verification');
    const photo = await photos.insertResponsePhoto(trx, {
      eventId: answer,
      contentType: file.contentType,
      content: file.content,
      by: actor.userId,
    });
    await appendAudit(trx, audit, {
      action: 'rectification.order.photo',
      entity: 'rectification_order',
      entityId: id,
      summary: { number: order.number, photoId: photo.id, eventId: answer, size: photo.size },
    });
    return {
      id: photo.id,
      contentType: photo.content_type,
      size: photo.size,
      createdAt: photo.created_at.toISOString(),
    };
  });
}

/** The supervisor verifies an answer: closes the order (销号) or sends it back with what is still missing. */
export function verify(db: Db, actor: Actor, audit: AuditContext, id: number, body: VerifyBody) {
  return step(db, actor, audit, id, 'visible', async (trx, order) => {
    // Verification is the supervisors' of the unit's jurisdiction, not of someone who only sees it as its unit.
    if (!pathInJurisdiction(actor, order.path)) throw notFound();
    if (order.status !== 'answered')
      throw orderState(order.number, '尚无待核验的答复', 'it has no answer awaiting verification');
    const note = body.note?.trim() || null;
    if (body.verdict === 'return' && !note)
      throw new AppError('VALIDATION_FAILED', { details: 'body.note: required when sending an order back' }, [
        { path: '/note', message: 'required when sending an order back' },
      ]);
    const at = new Date();
    if (body.verdict === 'close') await repo.setStatus(trx, order.id, 'closed', { at, by: actor.userId });
    else await repo.setStatus(trx, order.id, 'returned');
    const kind = body.verdict === 'close' ? 'closed' : 'returned';
    await repo.insertEvent(trx, { orderId: order.id, kind, note, actorId: actor.userId, at });
    return { action: `rectification.order.${body.verdict}`, summary: { note } };
  });
}

/** One photo of the order (its finding's or an answer's). */
export async function readPhoto(db: Db, actor: Actor, id: number, photoId: number) {
  const order = await repo.findOrder(db, actor, id);
  if (!order) throw notFound();
  const photo = await photos.photoContent(db, id, order.finding_id, photoId);
  if (!photo) throw notFound();
  return photo;
}

/**
 * 每日出清: an order still open at the end of a day is carried to the next with a reason, once per order and day.
 */
export async function carryOrder(
  db: Db,
  actor: Actor,
  audit: AuditContext,
  timeZone: string,
  id: number,
  body: CarryBody,
) {
  const day = body.day ?? localDate(new Date(), timeZone);
  const reason = body.reason.trim();
  await db.transaction().execute(async (trx) => {
    const order = await repo.findOrder(trx, actor, id, { lock: true });
    if (!order) throw notFound();
    if (order.status === 'closed') throw orderState(order.number, '已销号，无需结转', 'it is closed; nothing to carry');
    if (!(await board.insertCarry(trx, { orderId: id, day, reason, by: actor.userId })))
      throw orderState(order.number, `${day} 已说明结转原因`, `it is carried from ${day} already`);
    await repo.insertEvent(trx, { orderId: id, kind: 'carried', note: `${day}：${reason}`, actorId: actor.userId });
    await appendAudit(trx, audit, {
      action: 'rectification.order.carry',
      entity: 'rectification_order',
      entityId: id,
      summary: { number: order.number, day, reason },
    });
  });
  return { orderId: id, day, reason };
}
