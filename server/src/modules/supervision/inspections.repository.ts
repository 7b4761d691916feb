import { sql, type RawBuilder } from 'kysely';
import type { Actor } from '../../core/auth/actor.ts';
import { inJurisdiction } from '../../core/auth/scope.ts';
import type { Executor } from '../../core/db/database.ts';
import type { InspectionListQuery } from './inspections.schema.ts';
import { visiblePlansWhere } from './visibility.ts';

/**
 * SQL true for the inspections (alias `i`) the caller sees: their own, or those of their jurisdiction; and
 * never one that would reveal a plan hidden from them (visiblePlansWhere).
 */
export function visibleInspectionsWhere(actor: Actor, alias = 'i'): RawBuilder<boolean> {
  const column = (name: string) => sql.ref(`${alias}.${name}`);
  return sql<boolean>`((${column('inspector_id')} = ${actor.userId} OR ${inJurisdiction(actor, `${alias}.path`)})
    AND (${column('plan_target_id')} IS NULL OR EXISTS (
      SELECT 1 FROM plan_target vt JOIN inspection_plan vp ON vp.id = vt.plan_id
       WHERE vt.id = ${column('plan_target_id')} AND ${visiblePlansWhere(actor, 'vp')})))`;
}

export interface CheckInTarget {
  plan_target_id: number | null;
  place_id: number | null;
  region_id: number | null;
  path: string;
  name: string;
  kind: string;
  plan_id: number | null;
  plan_code: string | null;
  plan_status: string | null;
  inspected: boolean;
}

const targetColumns = sql`t.place_id::int AS place_id, t.region_id::int AS region_id, t.path::text AS path,
  coalesce(pl.name, r.name) AS name, coalesce(pl.type, 'community') AS kind`;

/** A plan's target, locked, if the caller sees its plan; with whether it was inspected already. */
export async function lockPlanTarget(db: Executor, actor: Actor, targetId: number): Promise<CheckInTarget | undefined> {
  const { rows } = await sql<CheckInTarget>`
    SELECT t.id::int AS plan_target_id, ${targetColumns}, p.id::int AS plan_id, p.code AS plan_code,
           p.status AS plan_status, EXISTS (SELECT 1 FROM inspection i WHERE i.plan_target_id = t.id) AS inspected
      FROM plan_target t JOIN inspection_plan p ON p.id = t.plan_id
      LEFT JOIN place pl ON pl.id = t.place_id LEFT JOIN region r ON r.id = t.region_id
     WHERE t.id = ${targetId} AND ${visiblePlansWhere(actor, 'p')}
       FOR UPDATE OF t`.execute(db);
  return rows[0];
}

/** A place or region node of the caller's jurisdiction, for an inspection outside any plan. */
export async function adHocTarget(
  db: Executor,
  actor: Actor,
  target: { placeId?: number; regionId?: number },
): Promise<CheckInTarget | undefined> {
  const { rows } = await sql<CheckInTarget>`
    SELECT NULL::int AS plan_target_id, ${targetColumns}, NULL::int AS plan_id, NULL AS plan_code,
           NULL AS plan_status, false AS inspected
      FROM (SELECT ${target.placeId ?? null}::bigint AS place_id, ${target.regionId ?? null}::bigint AS region_id,
                   coalesce((SELECT path FROM place WHERE id = ${target.placeId ?? null}),
                            (SELECT path FROM region WHERE id = ${target.regionId ?? null})) AS path) t
      LEFT JOIN place pl ON pl.id = t.place_id LEFT JOIN region r ON r.id = t.region_id
     WHERE t.path IS NOT NULL AND ${inJurisdiction(actor, 't.path')}`.execute(db);
  return rows[0];
}

export async function insertInspection(
  db: Executor,
  row: {
    target: CheckInTarget;
    checklistVersionId: number;
    inspectorId: number;
    checkedInAt: string;
    lng: number | null;
    lat: number | null;
  },
): Promise<number> {
  const { target } = row;
  const { rows } = await sql<{ id: number }>`
    INSERT INTO inspection (plan_target_id, place_id, region_id, path, checklist_version_id, inspector_id,
                            checked_in_at, lng, lat)
    VALUES (${target.plan_target_id}, ${target.place_id}, ${target.region_id}, ${target.path}::ltree,
            ${row.checklistVersionId}, ${row.inspectorId}, ${row.checkedInAt}, ${row.lng}, ${row.lat})
    RETURNING id::int AS id`.execute(db);
  return rows[0]!.id;
}

export interface InspectionRow {
  id: number;
  plan_target_id: number | null;
  place_id: number | null;
  region_id: number | null;
  target_name: string;
  target_kind: string;
  path: string;
  plan_id: number | null;
  plan_code: string | null;
  plan_title: string | null;
  inspector_id: number;
  inspector: string;
  checked_in_at: Date;
  lng: number | null;
  lat: number | null;
  note: string | null;
  submitted_at: Date | null;
  checklist_version_id: number;
  failed_count: number;
  finding_count: number;
}

const inspectionColumns = sql`i.id::int AS id, i.plan_target_id::int AS plan_target_id, i.place_id::int AS place_id,
  i.region_id::int AS region_id, coalesce(pl.name, r.name) AS target_name, coalesce(pl.type, 'community') AS target_kind,
  i.path::text AS path, p.id::int AS plan_id, p.code AS plan_code, p.title AS plan_title,
  i.inspector_id::int AS inspector_id, u.display_name AS inspector, i.checked_in_at, i.lng, i.lat, i.note,
  i.submitted_at, i.checklist_version_id::int AS checklist_version_id,
  (SELECT count(*)::int FROM inspection_answer a WHERE a.inspection_id = i.id AND NOT a.passed) AS failed_count,
  (SELECT count(*)::int FROM finding f WHERE f.inspection_id = i.id) AS finding_count`;

const inspectionFrom = sql`inspection i
  JOIN app_user u ON u.id = i.inspector_id
  LEFT JOIN place pl ON pl.id = i.place_id LEFT JOIN region r ON r.id = i.region_id
  LEFT JOIN plan_target t ON t.id = i.plan_target_id LEFT JOIN inspection_plan p ON p.id = t.plan_id`;

export async function findInspection(
  db: Executor,
  actor: Actor,
  id: number,
  lock = false,
): Promise<InspectionRow | undefined> {
  const { rows } = await sql<InspectionRow>`
    SELECT ${inspectionColumns} FROM ${inspectionFrom}
     WHERE i.id = ${id} AND ${visibleInspectionsWhere(actor)} ${lock ? sql`FOR UPDATE OF i` : sql``}`.execute(db);
  return rows[0];
}

/** A page of the inspections the caller sees, the latest check-in first. */
export async function listInspections(db: Executor, actor: Actor, query: InspectionListQuery) {
  const filters = [
    visibleInspectionsWhere(actor),
    ...(query.planId === undefined ? [] : [sql`p.id = ${query.planId}`]),
    ...(query.state === 'open' ? [sql`i.submitted_at IS NULL`] : []),
    ...(query.state === 'submitted' ? [sql`i.submitted_at IS NOT NULL`] : []),
  ];
  const { rows } = await sql<InspectionRow & { total: number }>`
    SELECT ${inspectionColumns}, count(*) OVER ()::int AS total FROM ${inspectionFrom}
     WHERE ${sql.join(filters, sql` AND `)}
     ORDER BY i.checked_in_at DESC, i.id DESC
     LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`.execute(db);
  return { rows, total: rows[0]?.total ?? 0 };
}

export interface AnswerRow {
  item_key: string;
  value: unknown;
  passed: boolean;
  note: string | null;
  answered_at: Date;
}

export async function answersOf(db: Executor, inspectionId: number): Promise<AnswerRow[]> {
  const { rows } = await sql<AnswerRow>`
    SELECT item_key, value, passed, note, answered_at FROM inspection_answer
     WHERE inspection_id = ${inspectionId} ORDER BY answered_at, item_key`.execute(db);
  return rows;
}

/** Stores a batch of answers; an item answered again takes the new answer (until the inspection is submitted). */
export async function upsertAnswers(
  db: Executor,
  inspectionId: number,
  answers: { itemKey: string; value: unknown; passed: boolean; note: string | null }[],
): Promise<void> {
  await sql`
    INSERT INTO inspection_answer (inspection_id, item_key, value, passed, note)
    SELECT ${inspectionId}, a.item_key, a.value, a.passed, a.note
      FROM jsonb_to_recordset(${JSON.stringify(answers.map((a) => ({ ...a, item_key: a.itemKey })))}::jsonb)
           AS a(item_key text, value jsonb, passed boolean, note text)
    ON CONFLICT (inspection_id, item_key)
      DO UPDATE SET value = excluded.value, passed = excluded.passed, note = excluded.note, answered_at = now()`.execute(
    db,
  );
}

export async function markSubmitted(db: Executor, inspectionId: number, note: string | null): Promise<void> {
  await sql`UPDATE inspection SET submitted_at = now(), note = coalesce(${note}, note) WHERE id = ${inspectionId}`.execute(
    db,
  );
}
