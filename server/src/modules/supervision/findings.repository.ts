import { sql } from 'kysely';
import type { Actor } from '../../core/auth/actor.ts';
import type { Executor } from '../../core/db/database.ts';
import type { FindingListQuery } from './inspections.schema.ts';
import { visibleInspectionsWhere } from './inspections.repository.ts';
import type { FindingDisposition, FindingSeverity } from './vocabulary.ts';

export interface NewFinding {
  itemKey: string | null;
  description: string;
  severity: FindingSeverity;
  mustFixNow: boolean;
}

/** Adds findings to an inspection (one per failed item at most: a repeated item key is skipped). */
export async function insertFindings(
  db: Executor,
  inspection: { id: number; path: string },
  findings: NewFinding[],
  createdBy: number,
): Promise<number[]> {
  if (findings.length === 0) return [];
  const { rows } = await sql<{ id: number }>`
    INSERT INTO finding (inspection_id, item_key, description, severity, must_fix_now, path, created_by)
    SELECT ${inspection.id}, f."itemKey", f.description, f.severity, f."mustFixNow", ${inspection.path}::ltree,
           ${createdBy}
      FROM jsonb_to_recordset(${JSON.stringify(findings)}::jsonb)
           AS f("itemKey" text, description text, severity text, "mustFixNow" boolean)
    ON CONFLICT (inspection_id, item_key) DO NOTHING
    RETURNING id::int AS id`.execute(db);
  return rows.map((r) => r.id);
}

export interface FindingRow {
  id: number;
  inspection_id: number;
  place_id: number | null;
  region_id: number | null;
  target_name: string;
  target_kind: string;
  item_key: string | null;
  description: string;
  severity: FindingSeverity;
  must_fix_now: boolean;
  path: string;
  disposition: FindingDisposition;
  fixed_note: string | null;
  fixed_at: Date | null;
  created_at: Date;
  submitted_at: Date | null;
}

const findingColumns = sql`f.id::int AS id, f.inspection_id::int AS inspection_id, i.place_id::int AS place_id,
  i.region_id::int AS region_id, coalesce(pl.name, r.name) AS target_name, coalesce(pl.type, 'community') AS target_kind,
  f.item_key, f.description, f.severity, f.must_fix_now, f.path::text AS path, f.disposition, f.fixed_note, f.fixed_at,
  f.created_at, i.submitted_at`;

const findingFrom = sql`finding f JOIN inspection i ON i.id = f.inspection_id
  LEFT JOIN place pl ON pl.id = i.place_id LEFT JOIN region r ON r.id = i.region_id`;

export async function findingsOf(db: Executor, inspectionId: number): Promise<FindingRow[]> {
  const { rows } = await sql<FindingRow>`
    SELECT ${findingColumns} FROM ${findingFrom} WHERE f.inspection_id = ${inspectionId} ORDER BY f.id`.execute(db);
  return rows;
}

/** One finding of an inspection the caller sees (visibleInspectionsWhere), optionally locked. */
export async function findFinding(
  db: Executor,
  actor: Actor,
  id: number,
  lock = false,
): Promise<FindingRow | undefined> {
  const { rows } = await sql<FindingRow>`
    SELECT ${findingColumns} FROM ${findingFrom}
     WHERE f.id = ${id} AND ${visibleInspectionsWhere(actor)} ${lock ? sql`FOR UPDATE OF f` : sql``}`.execute(db);
  return rows[0];
}

/** A page of the findings of inspections the caller sees, the latest first. */
export async function listFindings(db: Executor, actor: Actor, query: FindingListQuery) {
  const filters = [
    visibleInspectionsWhere(actor),
    ...(query.disposition ? [sql`f.disposition = ${query.disposition}`] : []),
    ...(query.severity ? [sql`f.severity = ${query.severity}`] : []),
  ];
  const { rows } = await sql<FindingRow & { total: number }>`
    SELECT ${findingColumns}, count(*) OVER ()::int AS total FROM ${findingFrom}
     WHERE ${sql.join(filters, sql` AND `)}
     ORDER BY f.created_at DESC, f.id DESC
     LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`.execute(db);
  return { rows, total: rows[0]?.total ?? 0 };
}

export async function markFixedOnSpot(db: Executor, id: number, note: string): Promise<void> {
  await sql`UPDATE finding SET disposition = 'fixed_on_spot', fixed_note = ${note}, fixed_at = now()
             WHERE id = ${id}`.execute(db);
}

export async function markOrdered(db: Executor, id: number): Promise<boolean> {
  const { rows } = await sql`UPDATE finding SET disposition = 'ordered' WHERE id = ${id} AND disposition = 'open'
                             RETURNING id`.execute(db);
  return rows.length > 0;
}
