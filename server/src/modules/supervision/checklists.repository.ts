import { sql } from 'kysely';
import type { Executor } from '../../core/db/database.ts';
import type { ChecklistItem } from './checklists.schema.ts';

export interface TemplateRow {
  id: number;
  code: string;
  name: string;
  target_kind: string;
  active_version: number | null;
  item_count: number;
}

export interface VersionRow {
  id: number;
  template_id: number;
  version: number;
  active: boolean;
  items: ChecklistItem[];
  created_by: string | null;
  created_at: Date;
}

const templateColumns = sql`t.id::int AS id, t.code, t.name, t.target_kind, v.version AS active_version,
  coalesce(jsonb_array_length(v.items), 0) AS item_count`;

// Checklists are not personal data nor tied to a place: every reader of supervision sees them all.
export async function listTemplates(db: Executor): Promise<TemplateRow[]> {
  const { rows } = await sql<TemplateRow>`
    SELECT ${templateColumns} FROM checklist_template t
      LEFT JOIN checklist_version v ON v.template_id = t.id AND v.active
     ORDER BY t.id`.execute(db);
  return rows;
}

export async function findTemplate(db: Executor, id: number, lock = false): Promise<TemplateRow | undefined> {
  const { rows } = await sql<TemplateRow>`
    SELECT ${templateColumns} FROM checklist_template t
      LEFT JOIN checklist_version v ON v.template_id = t.id AND v.active
     WHERE t.id = ${id} ${lock ? sql`FOR UPDATE OF t` : sql``}`.execute(db);
  return rows[0];
}

export async function templateCodeTaken(db: Executor, code: string): Promise<boolean> {
  const { rows } = await sql`SELECT 1 FROM checklist_template WHERE code = ${code}`.execute(db);
  return rows.length > 0;
}

export async function insertTemplate(
  db: Executor,
  template: { code: string; name: string; targetKind: string },
): Promise<number> {
  const { rows } = await sql<{ id: number }>`
    INSERT INTO checklist_template (code, name, target_kind)
    VALUES (${template.code}, ${template.name}, ${template.targetKind}) RETURNING id::int AS id`.execute(db);
  return rows[0]!.id;
}

export async function renameTemplate(db: Executor, id: number, name: string): Promise<void> {
  await sql`UPDATE checklist_template SET name = ${name} WHERE id = ${id}`.execute(db);
}

const versionColumns = sql`v.id::int AS id, v.template_id::int AS template_id, v.version, v.active, v.items,
  u.display_name AS created_by, v.created_at`;

export async function versionsOf(db: Executor, templateId: number): Promise<VersionRow[]> {
  const { rows } = await sql<VersionRow>`
    SELECT ${versionColumns} FROM checklist_version v LEFT JOIN app_user u ON u.id = v.created_by
     WHERE v.template_id = ${templateId} ORDER BY v.version DESC`.execute(db);
  return rows;
}

export async function findVersion(db: Executor, versionId: number): Promise<VersionRow | undefined> {
  const { rows } = await sql<VersionRow>`
    SELECT ${versionColumns} FROM checklist_version v LEFT JOIN app_user u ON u.id = v.created_by
     WHERE v.id = ${versionId}`.execute(db);
  return rows[0];
}

/** The version new inspections of a kind of target use: the active one of the kind's first template. */
export async function activeVersionFor(
  db: Executor,
  target: { templateId?: number; targetKind: string },
): Promise<{ id: number } | undefined> {
  const { rows } = await sql<{ id: number }>`
    SELECT v.id::int AS id FROM checklist_template t JOIN checklist_version v ON v.template_id = t.id AND v.active
     WHERE ${target.templateId === undefined ? sql`t.target_kind IN (${target.targetKind}, 'general')` : sql`t.id = ${target.templateId}`}
     ORDER BY t.target_kind = 'general', t.id LIMIT 1`.execute(db);
  return rows[0];
}

/** Adds the template's next version and makes it the active one. */
export async function addVersion(
  db: Executor,
  templateId: number,
  items: ChecklistItem[],
  createdBy: number | null,
): Promise<number> {
  await sql`UPDATE checklist_version SET active = false WHERE template_id = ${templateId} AND active`.execute(db);
  const { rows } = await sql<{ version: number }>`
    INSERT INTO checklist_version (template_id, version, items, created_by)
    SELECT ${templateId}, coalesce(max(version), 0) + 1, ${JSON.stringify(items)}::jsonb, ${createdBy}
      FROM checklist_version WHERE template_id = ${templateId}
    RETURNING version`.execute(db);
  return rows[0]!.version;
}
