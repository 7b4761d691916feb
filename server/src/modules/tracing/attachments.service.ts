import { sql } from 'kysely';
import type { Actor } from '../../core/auth/actor.ts';
import { type AuditContext, appendAudit } from '../../core/audit/audit.ts';
import type { Db } from '../../core/db/database.ts';
import { notFound } from '../../core/errors.ts';
import { findCase } from './cases.repository.ts';

interface AttachmentRow {
  id: number;
  filename: string;
  content_type: string;
  size: number;
  created_at: Date;
}

const toAttachment = (r: AttachmentRow) => ({
  id: Number(r.id),
  filename: r.filename,
  contentType: r.content_type,
  size: r.size,
  createdAt: r.created_at.toISOString(),
});

/**
 * Keeps a file of the investigation (a signed record, a photo) with the case, in the database: it is then
 * in the same backups and the same transaction as the audit entry saying who added it.
 */
export async function addAttachment(
  db: Db,
  actor: Actor,
  audit: AuditContext,
  caseId: number,
  file: { filename: string; contentType: string; content: Buffer },
) {
  return db.transaction().execute(async (trx) => {
    if (!(await findCase(trx, actor, caseId))) throw notFound();
    const { rows } = await sql<AttachmentRow>`
      INSERT INTO case_attachment (case_id, filename, content_type, size, content, created_by)
      VALUES (${caseId}, ${file.filename}, ${file.contentType}, ${file.content.length}, ${file.content}, ${actor.userId || null})
      RETURNING id, filename, content_type, size, created_at`.execute(trx);
    const row = rows[0];
    if (!row) throw new Error('attachment not stored');
    await appendAudit(trx, audit, {
      action: 'tracing.attachment.add',
      entity: 'tracing_case',
      entityId: caseId,
      summary: { attachmentId: row.id, size: row.size },
    });
    return toAttachment(row);
  });
}

export async function listAttachments(db: Db, actor: Actor, caseId: number) {
  if (!(await findCase(db, actor, caseId))) throw notFound();
  const { rows } = await sql<AttachmentRow>`
    SELECT id, filename, content_type, size, created_at FROM case_attachment WHERE case_id = ${caseId} ORDER BY id`.execute(
    db,
  );
  return rows.map(toAttachment);
}

/** One attachment's content; each download is audited like any read of a person's record. */
export async function readAttachment(db: Db, actor: Actor, audit: AuditContext, caseId: number, attachmentId: number) {
  if (!(await findCase(db, actor, caseId))) throw notFound();
  const { rows } = await sql<AttachmentRow & { content: Buffer }>`
    SELECT id, filename, content_type, size, created_at, content FROM case_attachment
     WHERE id = ${attachmentId} AND case_id = ${caseId}`.execute(db);
  const row = rows[0];
  if (!row) throw notFound();
  await appendAudit(db, audit, {
    action: 'tracing.attachment.read',
    entity: 'tracing_case',
    entityId: caseId,
    summary: { attachmentId },
  });
  return { filename: row.filename, contentType: row.content_type, content: row.content };
}
