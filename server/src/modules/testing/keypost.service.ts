import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import type { Actor } from '../../core/auth/actor.ts';
import { touchesJurisdiction } from '../../core/auth/scope.ts';
import { type AuditContext, appendAudit } from '../../core/audit/audit.ts';
import type { Db } from '../../core/db/database.ts';
import { notFound } from '../../core/errors.ts';
import { residentColumns, residentSheetRow } from '../registry/export/sheets.ts';
import { parseIdNumber } from '../registry/id-number.ts';
import { residentsByIdNumbers } from '../registry/residents.repository.ts';
import { residentsPageWhere } from '../registry/residents.service.ts';
import type { CreateKeypostGroupBody, OverdueQuery, RegisterWorkersBody } from './testing.schema.ts';

/** SQL true for a worker `w` of group `g` past their interval plus grace since the last test (or since registered). */
const overdue = sql<boolean>`(now() > coalesce(w.last_tested_at, w.registered_at) + make_interval(hours => g.interval_hours + g.grace_hours))`;

export async function createGroup(db: Db, audit: AuditContext, body: CreateKeypostGroupBody) {
  const { rows } = await sql<{ id: number }>`
    INSERT INTO keypost_group (name, interval_hours, grace_hours) VALUES (${body.name}, ${body.intervalHours}, ${body.graceHours ?? 12})
    ON CONFLICT (name) DO UPDATE SET interval_hours = excluded.interval_hours, grace_hours = excluded.grace_hours
    RETURNING id`.execute(db);
  const id = rows[0]?.id ?? 0;
  await appendAudit(db, audit, {
    action: 'testing.keypost.group',
    entity: 'keypost_group',
    entityId: id,
    summary: body,
  });
  return (await listGroups(db)).find((g) => g.id === id);
}

/** Groups with how many workers they have and how many are overdue (all of them; counts name nobody). */
export async function listGroups(db: Db) {
  const { rows } = await sql<{
    id: number;
    name: string;
    intervalHours: number;
    graceHours: number;
    workers: number;
    overdue: number;
  }>`
    SELECT g.id, g.name, g.interval_hours AS "intervalHours", g.grace_hours AS "graceHours",
           count(w.id)::int AS workers, (count(w.id) FILTER (WHERE ${overdue}))::int AS overdue
      FROM keypost_group g LEFT JOIN keypost_worker w ON w.group_id = g.id
     GROUP BY g.id ORDER BY g.interval_hours, g.name`.execute(db);
  return rows;
}

/** Registers residents (by ID number) as workers of a workplace in a group; registering again changes nothing. */
export async function registerWorkers(db: Db, actor: Actor, audit: AuditContext, body: RegisterWorkersBody) {
  return db.transaction().execute(async (trx) => {
    const { rows: places } = await sql<{ path: string }>`
      SELECT path::text AS path FROM place p WHERE id = ${body.placeId} AND ${touchesJurisdiction(actor, 'p.path')}`.execute(
      trx,
    );
    const group = await sql`SELECT 1 FROM keypost_group WHERE id = ${body.groupId}`.execute(trx);
    const place = places[0];
    if (!place || group.rows.length === 0) throw notFound();
    const parsed = body.workers.map((w) => {
      const id = parseIdNumber(w.idNumber);
      return typeof id === 'string' ? null : id.idNumber;
    });
    const found = new Map(
      (
        await residentsByIdNumbers(
          trx,
          actor,
          parsed.filter((p) => p !== null),
        )
      ).map((r) => [r.id_number, r.id]),
    );
    const rejected: { row: number; reason: string }[] = [];
    const rows: { residentId: number; post: string | null }[] = [];
    body.workers.forEach((worker, i) => {
      const idNumber = parsed[i];
      const residentId = idNumber ? found.get(idNumber) : undefined;
      if (!idNumber) rejected.push({ row: i + 1, reason: 'id_invalid' });
      else if (residentId === undefined) rejected.push({ row: i + 1, reason: 'unknown_person' });
      else rows.push({ residentId, post: worker.post ?? null });
    });
    const { rows: made } = await sql<{ n: number }>`
      WITH made AS (
        INSERT INTO keypost_worker (group_id, place_id, resident_id, path, post)
        SELECT ${body.groupId}, ${body.placeId}, r, ${place.path}::ltree, p
          FROM unnest(${rows.map((r) => r.residentId)}::bigint[], ${rows.map((r) => r.post)}::text[]) AS t(r, p)
        ON CONFLICT (place_id, resident_id) DO NOTHING RETURNING 1)
      SELECT count(*)::int AS n FROM made`.execute(trx);
    const registered = made[0]?.n ?? 0;
    await appendAudit(trx, audit, {
      action: 'testing.keypost.register',
      entity: 'place',
      entityId: body.placeId,
      summary: { groupId: body.groupId, registered, rejected: rejected.length },
    });
    return { registered, already: rows.length - registered, rejected };
  });
}

/** Workers overdue for a test, living within the jurisdiction, optionally of one group or workplace. */
export async function overdueWorkers(db: Db, actor: Actor, query: OverdueQuery) {
  const group = query.groupId ? sql`AND w.group_id = ${query.groupId}` : sql``;
  const place = query.placeId ? sql`AND w.place_id = ${query.placeId}` : sql``;
  const condition = sql<boolean>`EXISTS (
    SELECT 1 FROM keypost_worker w JOIN keypost_group g ON g.id = w.group_id
     WHERE w.resident_id = r.id AND ${overdue} ${group} ${place})`;
  const page = await residentsPageWhere(db, actor, condition, query);
  const { rows } = await sql<{
    resident_id: number;
    place_id: number;
    place: string;
    group: string;
    post: string | null;
    last_tested_at: Date | null;
    due_at: Date;
  }>`
    SELECT DISTINCT ON (w.resident_id) w.resident_id, w.place_id, p.name AS place, g.name AS "group", w.post, w.last_tested_at,
           coalesce(w.last_tested_at, w.registered_at) + make_interval(hours => g.interval_hours) AS due_at
      FROM keypost_worker w JOIN keypost_group g ON g.id = w.group_id JOIN place p ON p.id = w.place_id
     WHERE w.resident_id = ANY(${page.items.map((i) => i.id)}::bigint[]) AND ${overdue} ${group} ${place}
     ORDER BY w.resident_id, due_at`.execute(db);
  const byResident = new Map(rows.map((row) => [row.resident_id, row]));
  return {
    total: page.total,
    items: page.items.flatMap((resident) => {
      const w = byResident.get(resident.id);
      return w
        ? [
            {
              resident,
              place: { id: w.place_id, name: w.place },
              group: w.group,
              post: w.post,
              lastTestedAt: w.last_tested_at?.toISOString() ?? null,
              dueAt: w.due_at.toISOString(),
            },
          ]
        : [];
    }),
  };
}

/** The overdue list as .xlsx: the resident columns of every list, then workplace, group, post and dates. */
export async function overdueWorkbook(db: Db, actor: Actor, query: Omit<OverdueQuery, 'page' | 'pageSize'>) {
  const { items } = await overdueWorkers(db, actor, { ...query, page: 1, pageSize: 100_000 });
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('逾期未检 Overdue');
  sheet.columns = [
    ...residentColumns,
    { header: '工作单位 Workplace', key: 'place', width: 24 },
    { header: '人群类别 Group', key: 'group', width: 16 },
    { header: '岗位 Post', key: 'post', width: 14 },
    { header: '末次采样 Last tested', key: 'lastTestedAt', width: 20 },
    { header: '应检时间 Due', key: 'dueAt', width: 20 },
  ];
  for (const w of items) {
    sheet.addRow({
      ...residentSheetRow(w.resident),
      place: w.place.name,
      group: w.group,
      post: w.post,
      lastTestedAt: w.lastTestedAt,
      dueAt: w.dueAt,
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
