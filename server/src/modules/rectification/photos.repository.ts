import { sql } from 'kysely';
import type { Executor } from '../../core/db/database.ts';

export interface PhotoRow {
  id: number;
  owner_kind: 'finding' | 'response';
  owner_id: number;
  content_type: string;
  size: number;
  created_at: Date;
}

/** Keeps a photo of a unit's answer (owner: the 'answered' event) with its digest; photos are only added. */
export async function insertResponsePhoto(
  db: Executor,
  p: { eventId: number; contentType: string; content: Buffer; by: number },
): Promise<PhotoRow> {
  const { rows } = await sql<PhotoRow>`
    INSERT INTO supervision_photo (owner_kind, owner_id, content_type, size, sha256, content, created_by)
    VALUES ('response', ${p.eventId}, ${p.contentType}, ${p.content.length}, sha256(${p.content}), ${p.content}, ${p.by})
    RETURNING id, owner_kind, owner_id, content_type, size, created_at`.execute(db);
  const row = rows[0];
  if (!row) throw new Error('photo not stored');
  return row;
}

/** The photos of an order: its finding's and those of every answer. */
export async function photosOfOrder(db: Executor, orderId: number, findingId: number): Promise<PhotoRow[]> {
  const { rows } = await sql<PhotoRow>`
    SELECT id, owner_kind, owner_id, content_type, size, created_at FROM supervision_photo
     WHERE (owner_kind = 'finding' AND owner_id = ${findingId})
        OR (owner_kind = 'response' AND owner_id IN (SELECT id FROM rectification_event WHERE order_id = ${orderId}))
     ORDER BY id`.execute(db);
  return rows;
}

/** One photo's content, if it belongs to the order. */
export async function photoContent(
  db: Executor,
  orderId: number,
  findingId: number,
  photoId: number,
): Promise<{ content_type: string; content: Buffer } | null> {
  const { rows } = await sql<{ content_type: string; content: Buffer }>`
    SELECT content_type, content FROM supervision_photo
     WHERE id = ${photoId}
       AND ((owner_kind = 'finding' AND owner_id = ${findingId})
         OR (owner_kind = 'response'
             AND owner_id IN (SELECT id FROM rectification_event WHERE order_id = ${orderId})))`.execute(db);
  return rows[0] ?? null;
}
