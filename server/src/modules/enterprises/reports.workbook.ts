import type { Actor } from '../../core/auth/actor.ts';
import { type AuditContext, appendAudit } from '../../core/audit/audit.ts';
import type { Db } from '../../core/db/database.ts';
import { maskPhone } from '../registry/id-number.ts';
import type { DayQuery } from './enterprises.schema.ts';
import { enterpriseDayRows } from './reports.service.ts';
import { attendanceRate, closedLoopLabels } from './vocabulary.ts';
import { percentText, type SheetColumn, sheetFile, type WorkbookFile, yesNo } from './workbook.ts';

// The headers of the enterprise ledger (企业防控台账). The first columns are those the import reads, so an
// exported day sent back in changes nothing (its masked phones keep the ledger's).
export const enterpriseColumns: SheetColumn[] = [
  { header: '序号', key: 'no', width: 6 },
  { header: '场所编码', key: 'code', width: 14 },
  { header: '企业名称', key: 'name', width: 24 },
  { header: '所属网格', key: 'grid', width: 16 },
  { header: '员工总数', key: 'headcount', width: 10 },
  { header: '返岗人数', key: 'workersBack', width: 10 },
  { header: '在岗人数', key: 'onDuty', width: 10 },
  { header: '到岗率', key: 'attendanceRate', width: 9 },
  { header: '闭环管理', key: 'closedLoop', width: 18 },
  { header: '宿舍数', key: 'dormitories', width: 8 },
  { header: '住宿人数', key: 'dormitoryPersons', width: 10 },
  { header: '食堂开放', key: 'canteenOpen', width: 9 },
  { header: '错峰就餐', key: 'staggeredMeals', width: 9 },
  { header: '联络员', key: 'liaisonName', width: 10 },
  { header: '联络员电话', key: 'liaisonPhone', width: 14 },
  { header: '当日已报', key: 'reported', width: 9 },
  { header: '闭环人数', key: 'inClosedLoop', width: 10 },
  { header: '发热/症状人数', key: 'symptomatic', width: 12 },
  { header: '当日检测人数', key: 'tested', width: 12 },
  { header: '备注', key: 'note', width: 24 },
  { header: '填报人', key: 'reportedBy', width: 10 },
  { header: '填报时间', key: 'reportedAt', width: 17 },
];

/** The day's enterprise ledger of a region as .xlsx (phones masked), with one audit entry of its size. */
export async function enterpriseDayWorkbook(
  db: Db,
  actor: Actor,
  audit: AuditContext,
  timeZone: string,
  query: DayQuery,
): Promise<WorkbookFile> {
  const { day, rows } = await enterpriseDayRows(db, actor, timeZone, query);
  await appendAudit(db, audit, {
    action: 'enterprise.ledger.export',
    entity: 'enterprise_ledger',
    summary: { day, rows: rows.length, regionId: query.regionId ?? null },
  });
  const sheetRows = rows.map((row, i) => {
    const report = row.report;
    const onDuty = report?.on_duty ?? row.on_duty;
    return {
      no: i + 1,
      code: row.code,
      name: row.name,
      grid: row.grid_name,
      headcount: row.headcount,
      workersBack: report?.workers_back ?? row.workers_back,
      onDuty,
      attendanceRate: report ? percentText(attendanceRate(onDuty, row.headcount)) : '',
      closedLoop: closedLoopLabels[row.closed_loop],
      dormitories: row.dormitories,
      dormitoryPersons: row.dormitory_persons,
      canteenOpen: yesNo(row.canteen_open),
      staggeredMeals: yesNo(row.staggered_meals),
      liaisonName: row.liaison_name ?? '',
      liaisonPhone: row.liaison_phone === null ? '' : maskPhone(row.liaison_phone),
      reported: yesNo(report !== null),
      inClosedLoop: report?.in_closed_loop ?? '',
      symptomatic: report?.symptomatic ?? '',
      tested: report?.tested ?? '',
      note: report?.note ?? '',
      reportedBy: report?.reported_by ?? '',
      reportedAt: report ? new Date(report.reported_at).toLocaleString('sv-SE', { timeZone }).slice(0, 16) : '',
    };
  });
  return sheetFile(`企业防控台账-${day}.xlsx`, '企业防控台账', enterpriseColumns, sheetRows);
}
