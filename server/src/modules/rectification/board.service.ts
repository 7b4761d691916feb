import ExcelJS from 'exceljs';
import type { Actor } from '../../core/auth/actor.ts';
import { pathInJurisdiction } from '../../core/auth/scope.ts';
import { type AuditContext, appendAudit } from '../../core/audit/audit.ts';
import type { Db } from '../../core/db/database.ts';
import { notFound } from '../../core/errors.ts';
import { addDays, localDate, startOfLocalDay } from '../../core/time/local-time.ts';
import type { Board, BoardQuery, BoardRow } from './board.schema.ts';
import * as repo from './board.repository.ts';
import { severityLabels, statusLabels, wallTime } from './labels.ts';
import { displayNumber } from './rules.ts';

type Counts = Board['totals'];

const zero = (): Counts => ({ open: 0, overdue: 0, closedToday: 0, uncarried: 0 });

function count(into: Counts, row: BoardRow): void {
  if (row.open) into.open += 1;
  if (row.overdue) into.overdue += 1;
  if (!row.open) into.closedToday += 1;
  if (row.open && row.carryReason === null) into.uncarried += 1;
}

function toRow(r: repo.BoardOrderRow): BoardRow {
  return {
    orderId: r.id,
    displayNumber: displayNumber(r.number),
    unit: {
      kind: r.unit_place_id !== null ? 'place' : 'region',
      id: r.unit_place_id ?? r.unit_region_id ?? 0,
      name: r.unit_name,
    },
    region: { id: r.group_region_id, name: r.group_region_name },
    problem: r.problem,
    severity: r.severity,
    responsibleName: r.responsible_name,
    issuedAt: r.issued_at.toISOString(),
    deadline: r.deadline.toISOString(),
    status: r.status,
    open: r.open,
    overdue: r.overdue,
    escalatedTo: r.escalated_to,
    closedAt: r.closed_at?.toISOString() ?? null,
    carryReason: r.carry_reason,
  };
}

/** The regions the board covers: the one asked for (in the jurisdiction), else the actor's own. */
async function boardBases(db: Db, actor: Actor, regionId: number | undefined) {
  if (regionId !== undefined) {
    const [region] = await repo.regionPaths(db, { regionId });
    if (!region || !pathInJurisdiction(actor, region.path)) throw notFound();
    return { region: { id: region.id, name: region.name }, paths: [region.path] };
  }
  if (actor.scopeAll) return { region: null, paths: (await repo.regionPaths(db, 'top')).map((r) => r.path) };
  return { region: null, paths: actor.scopePaths };
}

/**
 * 每日出清 for a day (today by default, in the platform's time zone): per unit and per region one level below
 * the board's region, the open problems, overdue ones, those closed that day and the open ones not yet carried
 * with a reason; and the day's list itself.
 */
export async function dailyBoard(db: Db, actor: Actor, timeZone: string, query: BoardQuery): Promise<Board> {
  const now = new Date();
  const day = query.day ?? localDate(now, timeZone);
  const { region, paths } = await boardBases(db, actor, query.regionId);
  const start = startOfLocalDay(day, timeZone);
  const end = startOfLocalDay(addDays(day, 1), timeZone);
  const rows = (await repo.boardOrders(db, actor, { day, start, end, now, bases: paths })).map(toRow);
  const totals = zero();
  const regions = new Map<number, Board['regions'][number]>();
  const units = new Map<string, Board['units'][number]>();
  for (const row of rows) {
    count(totals, row);
    const r = regions.get(row.region.id) ?? { ...row.region, ...zero() };
    count(r, row);
    regions.set(row.region.id, r);
    const key = `${row.unit.kind}:${row.unit.id}`;
    const u = units.get(key) ?? { unit: row.unit, ...zero() };
    count(u, row);
    units.set(key, u);
  }
  return { day, region, totals, regions: [...regions.values()], units: [...units.values()], rows };
}

const columns = [
  { header: '序号', key: 'no', width: 6 },
  { header: '交办单号', key: 'number', width: 22 },
  { header: '所属区域', key: 'region', width: 16 },
  { header: '责任单位', key: 'unit', width: 22 },
  { header: '责任人', key: 'person', width: 10 },
  { header: '问题描述', key: 'problem', width: 40 },
  { header: '严重程度', key: 'severity', width: 9 },
  { header: '交办时间', key: 'issuedAt', width: 17 },
  { header: '整改期限', key: 'deadline', width: 17 },
  { header: '状态', key: 'status', width: 13 },
  { header: '是否超期', key: 'overdue', width: 9 },
  { header: '提级督办至', key: 'escalatedTo', width: 14 },
  { header: '销号时间', key: 'closedAt', width: 17 },
  { header: '结转原因', key: 'carryReason', width: 30 },
];

/** The day's problem list (每日问题清单) as .xlsx: exactly the board's rows, with one audit entry. */
export async function boardWorkbook(db: Db, actor: Actor, audit: AuditContext, timeZone: string, query: BoardQuery) {
  const board = await dailyBoard(db, actor, timeZone, query);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('每日问题清单');
  sheet.columns = columns;
  board.rows.forEach((row, i) =>
    sheet.addRow({
      no: i + 1,
      number: row.displayNumber,
      region: row.region.name,
      unit: row.unit.name,
      person: row.responsibleName,
      problem: row.problem,
      severity: severityLabels[row.severity],
      issuedAt: wallTime(row.issuedAt, timeZone),
      deadline: wallTime(row.deadline, timeZone),
      status: statusLabels[row.status],
      overdue: row.overdue ? '是' : '否',
      escalatedTo: row.escalatedTo ?? '',
      closedAt: row.open ? '' : wallTime(row.closedAt, timeZone),
      carryReason: row.carryReason ?? '',
    }),
  );
  await appendAudit(db, audit, {
    action: 'rectification.board.export',
    entity: 'rectification_order',
    summary: { day: board.day, regionId: query.regionId ?? null, rows: board.rows.length },
  });
  const content = Buffer.from(await workbook.xlsx.writeBuffer());
  return { name: `每日问题清单-${board.day}.xlsx`, content };
}
