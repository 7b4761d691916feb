import type { Actor } from '../../core/auth/actor.ts';
import { type AuditContext, appendAudit } from '../../core/audit/audit.ts';
import type { Db } from '../../core/db/database.ts';
import { AppError, notFound } from '../../core/errors.ts';
import { findFinding } from './findings.repository.ts';
import { findInspection } from './inspections.repository.ts';
import type { Photo } from './inspections.schema.ts';
import { insertPhoto, type PhotoRow, readPhoto as readPhotoRow } from './photos.repository.ts';
import { stateRefusal } from './refusals.ts';
import { photoLimitBytes, photoTypes } from './vocabulary.ts';

export const toPhoto = (p: Pick<PhotoRow, 'id' | 'content_type' | 'size' | 'created_at'>): Photo => ({
  id: p.id,
  contentType: p.content_type,
  size: p.size,
  createdAt: p.created_at.toISOString(),
});

export interface UploadedPhoto {
  contentType: string;
  content: Buffer;
}

/** Refuses what is not a photo of an accepted type and size (checked before anything is locked). */
export function assertPhoto(photo: UploadedPhoto): void {
  if (!(photoTypes as readonly string[]).includes(photo.contentType))
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', { type: photo.contentType });
  if (photo.content.length === 0) throw new AppError('VALIDATION_FAILED', { details: 'file: is empty' });
  if (photo.content.length > photoLimitBytes) throw new AppError('BODY_TOO_LARGE', { limit: photoLimitBytes });
}

/** Adds a photo to an inspection still open (a submitted inspection's evidence is final). */
export async function addInspectionPhoto(
  db: Db,
  actor: Actor,
  audit: AuditContext,
  inspectionId: number,
  photo: UploadedPhoto,
): Promise<Photo> {
  assertPhoto(photo);
  return db.transaction().execute(async (trx) => {
    const inspection = await findInspection(trx, actor, inspectionId, true);
    if (!inspection) throw notFound();
    if (inspection.submitted_at !== null)
      throw stateRefusal('该检查已提交，不能再添加照片', 'This inspection has been submitted; no more photos');
    const row = await insertPhoto(trx, {
      ownerKind: 'inspection',
      ownerId: inspectionId,
      ...photo,
      createdBy: actor.userId,
    });
    await appendAudit(trx, audit, {
      action: 'supervision.photo.add',
      entity: 'inspection',
      entityId: inspectionId,
      summary: { photoId: row.id, size: row.size },
    });
    return toPhoto(row);
  });
}

/** Adds a photo to an open finding (the evidence of a fix on the spot). */
export async function addFindingPhoto(
  db: Db,
  actor: Actor,
  audit: AuditContext,
  findingId: number,
  photo: UploadedPhoto,
): Promise<Photo> {
  assertPhoto(photo);
  return db.transaction().execute(async (trx) => {
    const finding = await findFinding(trx, actor, findingId, true);
    if (!finding) throw notFound();
    if (finding.disposition !== 'open')
      throw stateRefusal('该问题已处置，不能再添加照片', 'This finding has been dealt with; no more photos');
    const row = await insertPhoto(trx, { ownerKind: 'finding', ownerId: findingId, ...photo, createdBy: actor.userId });
    await appendAudit(trx, audit, {
      action: 'supervision.photo.add',
      entity: 'finding',
      entityId: findingId,
      summary: { photoId: row.id, size: row.size },
    });
    return toPhoto(row);
  });
}

/** A photo of an inspection or finding the caller sees. */
export async function readPhoto(db: Db, actor: Actor, photoId: number) {
  const photo = await readPhotoRow(db, photoId);
  if (!photo) throw notFound();
  const visible =
    photo.owner_kind === 'inspection'
      ? await findInspection(db, actor, photo.owner_id)
      : photo.owner_kind === 'finding'
        ? await findFinding(db, actor, photo.owner_id)
        : undefined;
  if (!visible) throw notFound();
  return { contentType: photo.content_type, content: photo.content };
}
