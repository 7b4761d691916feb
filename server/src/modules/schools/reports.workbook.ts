import type { Actor } from '../../core/auth/actor.ts';
import { type AuditContext, appendAudit } from '../../core/audit/audit.ts';
import type { Db } from '../../core/db/database.ts';
import { type SheetColumn, sheetFile, type WorkbookFile, yesNo } from '../enterprises/workbook.ts';
import type { DayQuery } from './schools.schema.ts';
import { schoolDayRows } from './reports.service.ts';
import { schoolStatusLabels } from './vocabulary.ts';

// The headers of the school ledger (学校防控台账) districts exchange.
const schoolColumns: SheetColumn[] = [
  { header: '序号', key: 'no', width: 6 },
  { header: '场所编码', key: 'code', width: 14 },
  { header: '学校名称', key: 'name', width: 24 },
  { header: '所属网格', key: 'grid', width: 16 },
  { header: '管理状态', key: 'status', width: 10 },
  { header: '学生人数', key: 'students', width: 10 },
  { header: '教职工人数', key: 'staff', width: 10 },
  { header: '班级数', key: 'classes', width: 8 },
  { header: '每日采样比例', key: 'samplingPercent', width: 12 },
  { header: '当日已报', key: 'reported', width: 9 },
  { header: '到校人数', key: 'present', width: 10 },
  { header: '因病缺勤人数', key: 'absentIll', width: 12 },
  { header: '发热人数', key: 'fever', width: 10 },
  { header: '备注', key: 'note', width: 24 },
  { header: '填报人', key: 'reportedBy', width: 10 },
  { header: '填报时间', key: 'reportedAt', width: 17 },
];

/** The day's school ledger of a region as .xlsx, with one audit entry of its size. */
export async function schoolDayWorkbook(
  db: Db,
  actor: Actor,
  audit: AuditContext,
  timeZone: string,
  query: DayQuery,
): Promise<WorkbookFile> {
  const { day, rows } = await schoolDayRows(db, actor, timeZone, query);
  await appendAudit(db, audit, {
    action: 'school.ledger.export',
    entity: 'school_ledger',
    summary: { day, rows: rows.length, regionId: query.regionId ?? null },
  });
  const sheetRows = rows.map((row, i) => ({
    no: i + 1,
    code: row.code,
    name: row.name,
    grid: row.grid_name,
    status: schoolStatusLabels[row.status],
    students: row.students,
    staff: row.staff,
    classes: row.classes,
    samplingPercent: `${row.sampling_percent}%`,
    reported: yesNo(row.report !== null),
    present: row.report?.present ?? '',
    absentIll: row.report?.absent_ill ?? '',
    fever: row.report?.fever ?? '',
    note: row.report?.note ?? '',
    reportedBy: row.report?.reported_by ?? '',
    reportedAt: row.report ? new Date(row.report.reported_at).toLocaleString('sv-SE', { timeZone }).slice(0, 16) : '',
  }));
  return sheetFile(`学校防控台账-${day}.xlsx`, '学校防控台账', schoolColumns, sheetRows);
}
