import type { Actor } from '../../core/auth/actor.ts';
import { type AuditContext, appendAudit } from '../../core/audit/audit.ts';
import type { Db } from '../../core/db/database.ts';
import { notFound } from '../../core/errors.ts';
import { itemProblems } from './checklist-rules.ts';
import * as repo from './checklists.repository.ts';
import type {
  ChecklistItem,
  ChecklistVersion,
  CreateTemplateBody,
  ReviseBody,
  TemplateDetail,
  TemplateSummary,
} from './checklists.schema.ts';
import { invalidInput } from './refusals.ts';

const toSummary = (row: repo.TemplateRow): TemplateSummary => ({
  id: row.id,
  code: row.code,
  name: row.name,
  targetKind: row.target_kind,
  activeVersion: row.active_version,
  itemCount: row.item_count,
});

export const toVersion = (row: repo.VersionRow): ChecklistVersion => ({
  id: row.id,
  version: row.version,
  active: row.active,
  items: row.items,
  createdBy: row.created_by,
  createdAt: row.created_at.toISOString(),
});

/** Refuses items that would make a checklist nobody can answer (repeated keys, a choice without choices…). */
function assertSoundItems(items: ChecklistItem[]): void {
  const problems = itemProblems(items);
  if (problems.length === 0) return;
  throw invalidInput(problems);
}

export async function listTemplates(db: Db): Promise<TemplateSummary[]> {
  return (await repo.listTemplates(db)).map(toSummary);
}

/** A template with every version, newest first (old inspections keep pointing at theirs). */
export async function getTemplate(db: Db, templateId: number): Promise<TemplateDetail> {
  const row = await repo.findTemplate(db, templateId);
  if (!row) throw notFound();
  return { ...toSummary(row), versions: (await repo.versionsOf(db, templateId)).map(toVersion) };
}

/** Adds a template for a kind of target, with its first version. */
export async function createTemplate(
  db: Db,
  actor: Actor,
  audit: AuditContext,
  body: CreateTemplateBody,
): Promise<TemplateDetail> {
  assertSoundItems(body.items);
  const id = await db.transaction().execute(async (trx) => {
    if (await repo.templateCodeTaken(trx, body.code))
      throw invalidInput([{ path: '/code', message: `"${body.code}" is taken` }]);
    const templateId = await repo.insertTemplate(trx, body);
    await repo.addVersion(trx, templateId, body.items, actor.userId || null);
    await appendAudit(trx, audit, {
      action: 'supervision.checklist.create',
      entity: 'checklist_template',
      entityId: templateId,
      summary: { code: body.code, targetKind: body.targetKind, items: body.items.length },
    });
    return templateId;
  });
  return getTemplate(db, id);
}

/** Saves the items as the template's next version, which new inspections then use. */
export async function reviseTemplate(
  db: Db,
  actor: Actor,
  audit: AuditContext,
  templateId: number,
  body: ReviseBody,
): Promise<TemplateDetail> {
  assertSoundItems(body.items);
  await db.transaction().execute(async (trx) => {
    const template = await repo.findTemplate(trx, templateId, true);
    if (!template) throw notFound();
    if (body.name !== undefined) await repo.renameTemplate(trx, templateId, body.name.trim());
    const version = await repo.addVersion(trx, templateId, body.items, actor.userId || null);
    await appendAudit(trx, audit, {
      action: 'supervision.checklist.revise',
      entity: 'checklist_template',
      entityId: templateId,
      summary: { from: template.active_version, version, items: body.items.map((item) => item.key) },
    });
  });
  return getTemplate(db, templateId);
}
