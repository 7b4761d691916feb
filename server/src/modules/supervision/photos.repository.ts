import { sql } from 'kysely';
import type { Executor } from '../../core/db/database.ts';

export type PhotoOwner = 'inspection' | 'finding' | 'response';

export interface PhotoRow {
  id: number;
  owner_kind: PhotoOwner;
  owner_id: number;
  content_type: string;
  size: number;
  created_at: Date;
}

/**
 * Keeps a photo as evidence with its SHA-256 digest: photos are only ever added, never replaced. Exported
 * for the rectification orders, whose responses carry photos too (owner 'response').
 */
export async function insertPhoto(
  db: Executor,
  photo: { ownerKind: PhotoOwner; ownerId: number; contentType: string; content: Buffer; createdBy: number | null },
): Promise<PhotoRow> {
  const { rows } = await sql<PhotoRow>`
    INSERT INTO supervision_photo (owner_kind, owner_id, content_type, size, sha256, content, created_by)
    VALUES (${photo.ownerKind}, ${photo.ownerId}, ${photo.contentType}, ${photo.content.length},
            sha256(${photo.content}), ${photo.content}, ${photo.createdBy})
    RETURNING id::int AS id, owner_kind, owner_id::int AS owner_id, content_type, size, created_at`.execute(db);
  return rows[0]!;
}

export async function photosOf(db: Executor, ownerKind: PhotoOwner, ownerIds: number[]): Promise<PhotoRow[]> {
  if (ownerIds.length === 0) return [];
  const { rows } = await sql<PhotoRow>`
    SELECT id::int AS id, owner_kind, owner_id::int AS owner_id, content_type, size, created_at FROM supervision_photo
     WHERE owner_kind = ${ownerKind} AND owner_id = ANY(${ownerIds}::bigint[]) ORDER BY id`.execute(db);
  return rows;
}

export async function readPhoto(db: Executor, id: number) {
  const { rows } = await sql<PhotoRow & { content: Buffer }>`
    SELECT id::int AS id, owner_kind, owner_id::int AS owner_id, content_type, size, created_at, content
      FROM supervision_photo WHERE id = ${id}`.execute(db);
  return rows[0];
}
