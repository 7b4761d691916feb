import type { Actor } from '../../core/auth/actor.ts';
import { type AuditContext, appendAudit } from '../../core/audit/audit.ts';
import type { Db } from '../../core/db/database.ts';
import { unitsOfDay } from './daily-reports.service.ts';
import type { ReportFigures, UnitReportRow, UnitRow, UnitsRepository } from './units.repository.ts';
import type { DayQuery } from './units.schema.ts';
import { type SheetColumn, sheetFile, type WorkbookFile, yesNo } from './workbook.ts';

/** A kind's day ledger (企业防控台账, 学校防控台账): its title and the columns only it has. */
export interface DaySheet<Row> {
  title: string;
  /** The header of the unit's name (企业名称, 学校名称). */
  nameHeader: string;
  /** The kind's ledger columns, after the unit's grid. */
  ledgerColumns: SheetColumn[];
  /** The figures of its report, after whether it reported. */
  reportColumns: SheetColumn[];
  /** One unit's cells of those columns. */
  cells: (row: Row) => Record<string, string | number>;
}

// The headers districts exchange: who the unit is, its ledger, whether and what it reported, and who did.
const columnsOf = (sheet: Omit<DaySheet<unknown>, 'cells'>): SheetColumn[] => [
  { header: '序号', key: 'no', width: 6 },
  { header: '场所编码', key: 'code', width: 14 },
  { header: sheet.nameHeader, key: 'name', width: 24 },
  { header: '所属网格', key: 'grid', width: 16 },
  ...sheet.ledgerColumns,
  { header: '当日已报', key: 'reported', width: 9 },
  ...sheet.reportColumns,
  { header: '备注', key: 'note', width: 24 },
  { header: '填报人', key: 'reportedBy', width: 10 },
  { header: '填报时间', key: 'reportedAt', width: 17 },
];

/** The day's ledger of a kind of unit in a region as .xlsx, with one audit entry of its size. */
export const dayWorkbook =
  <Row extends UnitRow, Report extends UnitReportRow, Body extends ReportFigures>(
    units: UnitsRepository<Row, Report, Body>,
    sheet: DaySheet<Row & { report: Report | null }>,
  ) =>
  async (db: Db, actor: Actor, audit: AuditContext, timeZone: string, query: DayQuery): Promise<WorkbookFile> => {
    const { day, rows } = await unitsOfDay(db, actor, timeZone, query, units);
    await appendAudit(db, audit, {
      action: `${units.type}.ledger.export`,
      entity: units.ledgerTable,
      summary: { day, rows: rows.length, regionId: query.regionId ?? null },
    });
    const sheetRows = rows.map((row, i) => ({
      no: i + 1,
      code: row.code,
      name: row.name,
      grid: row.grid_name,
      ...sheet.cells(row),
      reported: yesNo(row.report !== null),
      note: row.report?.note ?? '',
      reportedBy: row.report?.reported_by ?? '',
      reportedAt: row.report ? new Date(row.report.reported_at).toLocaleString('sv-SE', { timeZone }).slice(0, 16) : '',
    }));
    return sheetFile(`${sheet.title}-${day}.xlsx`, sheet.title, columnsOf(sheet), sheetRows);
  };
