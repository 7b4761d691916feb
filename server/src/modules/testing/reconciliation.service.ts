import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import type { Actor } from '../../core/auth/actor.ts';
import { inJurisdiction } from '../../core/auth/scope.ts';
import { type AuditContext, appendAudit } from '../../core/audit/audit.ts';
import type { Db } from '../../core/db/database.ts';
import { AppError, notFound } from '../../core/errors.ts';
import { listRegionsWithPaths, pathInScope } from '../regions/regions.service.ts';
import { residentColumns, residentSheetRow } from '../registry/export/sheets.ts';
import { findResident } from '../registry/residents.repository.ts';
import { residentsPageWhere } from '../registry/residents.service.ts';
import { countsFor, findCampaign, inAreas } from './campaigns.repository.ts';
import { bumpCounts, coverageUnder } from './counts.repository.ts';
import type { CoverageAnswer, ExemptionBody, MissingQuery, ResampleQuery } from './testing.schema.ts';

async function visibleCampaign(db: Db, actor: Actor, campaignId: number) {
  const round = await findCampaign(db, actor, campaignId);
  if (!round) throw notFound();
  return round;
}

/**
 * The round's live figures for the children of a region node (or the tops of the jurisdiction), each the
 * sum of its grids' counters: no resident or sample is counted per request.
 */
export async function coverage(db: Db, actor: Actor, campaignId: number, regionId?: number): Promise<CoverageAnswer> {
  await visibleCampaign(db, actor, campaignId);
  const parent = regionId === undefined ? null : await pathInScope(db, actor, regionId);
  if (regionId !== undefined && !parent) throw notFound();
  const nodes = await listRegionsWithPaths(db, actor, regionId);
  const paths = nodes.map((n) => n.path);
  const figures = await coverageUnder(db, campaignId, parent ? [parent.path, ...paths] : paths);
  const zero = { target: 0, sampled: 0, resulted: 0, poolPositive: 0, exempt: 0, missing: 0 };
  const own = parent ? figures.slice(1) : figures;
  const total = parent
    ? (figures[0] ?? zero)
    : own.reduce(
        (sum, f) => ({
          target: sum.target + f.target,
          sampled: sum.sampled + f.sampled,
          resulted: sum.resulted + f.resulted,
          poolPositive: sum.poolPositive + f.poolPositive,
          exempt: sum.exempt + f.exempt,
          missing: sum.missing + f.missing,
        }),
        zero,
      );
  return {
    total,
    nodes: nodes.map((n, i) => ({
      id: n.id,
      name: n.name,
      code: n.code,
      levelKey: n.levelKey,
      childCount: n.childCount,
      ...(own[i] ?? zero),
    })),
  };
}

/** SQL true for residents of the round's target with neither a sample nor an exemption in it. */
const notYetSampled = (round: { id: number; target_kind: string }) => sql<boolean>`(
  ${round.target_kind === 'residents' ? inAreas(round.id) : sql`EXISTS (SELECT 1 FROM test_target t WHERE t.campaign_id = ${round.id} AND t.resident_id = r.id)`}
  AND NOT EXISTS (SELECT 1 FROM test_coverage c WHERE c.campaign_id = ${round.id} AND c.resident_id = r.id)
  AND NOT EXISTS (SELECT 1 FROM test_exemption e WHERE e.campaign_id = ${round.id} AND e.resident_id = r.id))`;

/** One grid's residents not yet sampled in the round, in household order, for door-knocking. */
export async function missingResidents(db: Db, actor: Actor, campaignId: number, query: MissingQuery) {
  const round = await visibleCampaign(db, actor, campaignId);
  if (!(await pathInScope(db, actor, query.gridId))) throw notFound();
  const building =
    query.buildingId === undefined
      ? sql``
      : query.buildingId === 0
        ? sql`AND h.building_id IS NULL`
        : sql`AND h.building_id = ${query.buildingId}`;
  const condition = sql<boolean>`(r.grid_id = ${query.gridId} AND ${notYetSampled(round)} ${building})`;
  return residentsPageWhere(db, actor, condition, query);
}

/**
 * Excuses a resident from the round with a reason; they leave the missing list and the missing count.
 * Recording the same exemption again changes nothing.
 */
export async function exempt(
  db: Db,
  actor: Actor,
  audit: AuditContext,
  campaignId: number,
  body: ExemptionBody,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const round = await findCampaign(trx, actor, campaignId, 'share');
    if (!round) throw notFound();
    if (round.status === 'closed') throw new AppError('CAMPAIGN_CLOSED');
    const resident = await findResident(trx, actor, body.residentId);
    if (!resident) throw notFound();
    const { rows } = await sql<{ sampled: boolean }>`
      INSERT INTO test_exemption (campaign_id, resident_id, grid_id, reason, note, created_by)
      VALUES (${campaignId}, ${resident.id}, ${resident.grid_id}, ${body.reason}, ${body.note ?? null}, ${actor.userId || null})
      ON CONFLICT DO NOTHING
      RETURNING EXISTS (SELECT 1 FROM test_coverage c WHERE c.campaign_id = ${campaignId} AND c.resident_id = ${resident.id})
                OR NOT ${countsFor(sql`${campaignId}::bigint`, sql`${resident.id}::bigint`)} AS sampled`.execute(trx);
    if (rows.length === 0) return;
    if (!rows[0]?.sampled)
      await bumpCounts(trx, campaignId, [{ gridId: resident.grid_id, path: resident.path, exempt: 1 }]);
    await appendAudit(trx, audit, {
      action: 'testing.exempt',
      entity: 'resident',
      entityId: resident.id,
      reason: body.note ?? body.reason,
      summary: { campaignId, reason: body.reason },
    });
  });
}

/**
 * Members of positive or invalid pools awaiting (or done with) a single-tube re-sample, within the
 * jurisdiction: the tracing group's live list of the round.
 */
export async function resampleList(db: Db, actor: Actor, campaignId: number, query: ResampleQuery) {
  await visibleCampaign(db, actor, campaignId);
  const status = query.status ? sql`AND t.status = ${query.status}` : sql``;
  const condition = sql<boolean>`EXISTS (
    SELECT 1 FROM test_resample_task t WHERE t.campaign_id = ${campaignId} AND t.resident_id = r.id ${status})`;
  const page = await residentsPageWhere(db, actor, condition, query);
  const { rows } = await sql<{
    id: number;
    resident_id: number;
    barcode: string;
    reason: 'positive' | 'invalid';
    status: 'open' | 'done';
    created_at: Date;
  }>`
    SELECT DISTINCT ON (t.resident_id) t.id, t.resident_id, tube.barcode, t.reason, t.status, t.created_at
      FROM test_resample_task t JOIN test_tube tube ON tube.id = t.source_tube_id
     WHERE t.campaign_id = ${campaignId} AND t.resident_id = ANY(${page.items.map((i) => i.id)}::bigint[]) ${status}
     ORDER BY t.resident_id, t.id DESC`.execute(db);
  const tasks = new Map(rows.map((row) => [row.resident_id, row]));
  return {
    total: page.total,
    items: page.items.flatMap((resident) => {
      const task = tasks.get(resident.id);
      return task
        ? [
            {
              id: task.id,
              resident,
              tube: task.barcode,
              reason: task.reason,
              status: task.status,
              createdAt: task.created_at.toISOString(),
            },
          ]
        : [];
    }),
  };
}

/** One grid's not-yet-sampled list as an .xlsx workbook (a grid is at most a few thousand residents). */
export async function missingWorkbook(db: Db, actor: Actor, campaignId: number, gridId: number) {
  const round = await visibleCampaign(db, actor, campaignId);
  const grid = await pathInScope(db, actor, gridId);
  if (!grid) throw notFound();
  const { items } = await missingResidents(db, actor, campaignId, { gridId, page: 1, pageSize: 100_000 });
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('未采样 Not sampled');
  sheet.columns = residentColumns;
  for (const item of items) sheet.addRow(residentSheetRow(item));
  const gridName = items[0]?.grid.name ?? String(gridId);
  return {
    name: `${round.name}-${gridName}-未采样.xlsx`,
    content: Buffer.from(await workbook.xlsx.writeBuffer()),
  };
}

/** The drill-down below a grid: its not-yet-sampled residents counted per building, for door-knocking rounds. */
export async function missingByBuilding(db: Db, actor: Actor, campaignId: number, gridId: number) {
  const round = await visibleCampaign(db, actor, campaignId);
  if (!(await pathInScope(db, actor, gridId))) throw notFound();
  const { rows } = await sql<{ id: number | null; address: string | null; households: number; missing: number }>`
    SELECT b.id, b.address, count(DISTINCT r.household_id)::int AS households, count(*)::int AS missing
      FROM resident r LEFT JOIN household h ON h.id = r.household_id LEFT JOIN building b ON b.id = h.building_id
     WHERE r.grid_id = ${gridId} AND ${inJurisdiction(actor, 'r.path')} AND ${notYetSampled(round)}
     GROUP BY b.id, b.address ORDER BY b.address COLLATE "C" NULLS LAST`.execute(db);
  return {
    items: rows.map((row) => ({
      building: row.id === null ? null : { id: row.id, address: row.address ?? '' },
      households: row.households,
      missing: row.missing,
    })),
  };
}
