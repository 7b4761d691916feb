import { sql } from 'kysely';
import type { Actor } from '../../core/auth/actor.ts';
import { type AuditContext, appendAudit } from '../../core/audit/audit.ts';
import type { Db, Executor } from '../../core/db/database.ts';
import { AppError, notFound } from '../../core/errors.ts';
import { findCampaign } from './campaigns.repository.ts';
import type { Box, PackBoxBody } from './testing.schema.ts';

interface BoxRow {
  id: number;
  code: string;
  campaign_id: number;
  status: Box['status'];
  tubes: number;
  packed_at: Date;
  courier: string | null;
  handed_at: Date | null;
  receiver: string | null;
  lab: string | null;
  received_at: Date | null;
}

const iso = (date: Date | null) => date?.toISOString() ?? null;
const toBox = (row: BoxRow): Box => ({
  code: row.code,
  campaignId: row.campaign_id,
  status: row.status,
  tubes: row.tubes,
  packedAt: row.packed_at.toISOString(),
  courier: row.courier,
  handedAt: iso(row.handed_at),
  receiver: row.receiver,
  lab: row.lab,
  receivedAt: iso(row.received_at),
});

async function lockBox(db: Executor, code: string): Promise<BoxRow | undefined> {
  const { rows } = await sql<BoxRow>`
    SELECT b.*, (SELECT count(*)::int FROM test_tube t WHERE t.box_id = b.id) AS tubes
      FROM test_box b WHERE code = ${code} FOR UPDATE`.execute(db);
  return rows[0];
}

/** Packs sealed tubes of a round into a new box; tubes that cannot go in are listed with the reason. */
export async function packBox(db: Db, actor: Actor, audit: AuditContext, body: PackBoxBody) {
  return db.transaction().execute(async (trx) => {
    if (!(await findCampaign(trx, actor, body.campaignId))) throw notFound();
    const { rows: created } = await sql<{ id: number }>`
      INSERT INTO test_box (code, campaign_id, packed_by) VALUES (${body.code}, ${body.campaignId}, ${actor.userId || null})
      ON CONFLICT (code) DO NOTHING RETURNING id`.execute(trx);
    const boxId = created[0]?.id;
    if (boxId === undefined) throw new AppError('BOX_STATE', { code: body.code, status: 'packed' });
    const { rows: tubes } = await sql<{ barcode: string; campaign_id: number; status: string; box_id: number | null }>`
      SELECT barcode, campaign_id, status, box_id FROM test_tube WHERE barcode = ANY(${body.tubes}::text[])
       ORDER BY id FOR UPDATE`.execute(trx);
    const found = new Map(tubes.map((t) => [t.barcode, t]));
    const refused: { tube: string; reason: string }[] = [];
    const packed: string[] = [];
    for (const barcode of body.tubes) {
      const tube = found.get(barcode);
      const reason = !tube
        ? 'unknown_tube'
        : tube.campaign_id !== body.campaignId
          ? 'tube_of_another_round'
          : tube.box_id !== null
            ? 'tube_in_another_box'
            : tube.status !== 'sealed'
              ? 'tube_not_sealed'
              : null;
      if (reason) refused.push({ tube: barcode, reason });
      else packed.push(barcode);
    }
    await sql`UPDATE test_tube SET box_id = ${boxId} WHERE barcode = ANY(${packed}::text[])`.execute(trx);
    await appendAudit(trx, audit, {
      action: 'testing.box.pack',
      entity: 'test_box',
      entityId: boxId,
      summary: { code: body.code, tubes: packed.length, refused: refused.length },
    });
    const box = await lockBox(trx, body.code);
    if (!box) throw notFound();
    return { box: toBox(box), refused };
  });
}

/** A step of the box's journey: the courier takes it (in transit), or the lab receives it (its tubes too). */
export async function advanceBox(
  db: Db,
  audit: AuditContext,
  code: string,
  step: { courier: string } | { receiver: string; lab: string },
): Promise<Box> {
  return db.transaction().execute(async (trx) => {
    const box = await lockBox(trx, code);
    if (!box) throw notFound();
    const handover = 'courier' in step;
    // Each hand-over is signed by name: the courier takes a packed box, the lab's receiver a box in transit.
    if (box.status !== (handover ? 'packed' : 'in_transit'))
      throw new AppError('BOX_STATE', { code, status: box.status });
    if (handover) {
      await sql`UPDATE test_box SET status = 'in_transit', courier = ${step.courier}, handed_at = now() WHERE id = ${box.id}`.execute(
        trx,
      );
    } else {
      await sql`
        UPDATE test_box SET status = 'received', receiver = ${step.receiver}, lab = ${step.lab}, received_at = now()
         WHERE id = ${box.id}`.execute(trx);
      await sql`
        UPDATE test_tube SET status = 'received', received_at = now(), lab = ${step.lab}
         WHERE box_id = ${box.id} AND status = 'sealed'`.execute(trx);
    }
    await appendAudit(trx, audit, {
      action: handover ? 'testing.box.handover' : 'testing.box.receive',
      entity: 'test_box',
      entityId: box.id,
      summary: { code, ...step },
    });
    const after = await lockBox(trx, code);
    if (!after) throw notFound();
    return toBox(after);
  });
}
