import { type DaySheet, dayWorkbook } from '../keyplaces/day-workbook.ts';
import { percentText, yesNo } from '../keyplaces/workbook.ts';
import { maskPhone } from '../registry/id-number.ts';
import { enterpriseUnits, type LedgerRow, type ReportRow } from './enterprises.repository.ts';
import { attendanceRate, closedLoopLabels } from './vocabulary.ts';

// The enterprise ledger (企业防控台账). Its ledger columns are those the import reads, so an exported day sent
// back in changes nothing (its masked phones keep the ledger's).
const enterpriseSheet: DaySheet<LedgerRow & { report: ReportRow | null }> = {
  title: '企业防控台账',
  nameHeader: '企业名称',
  ledgerColumns: [
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
  ],
  reportColumns: [
    { header: '闭环人数', key: 'inClosedLoop', width: 10 },
    { header: '发热/症状人数', key: 'symptomatic', width: 12 },
    { header: '当日检测人数', key: 'tested', width: 12 },
  ],
  cells: ({ report, ...row }) => {
    const onDuty = report?.on_duty ?? row.on_duty;
    return {
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
      inClosedLoop: report?.in_closed_loop ?? '',
      symptomatic: report?.symptomatic ?? '',
      tested: report?.tested ?? '',
    };
  },
};

/** The day's enterprise ledger of a region as .xlsx (phones masked), with one audit entry of its size. */
export const enterpriseDayWorkbook = dayWorkbook(enterpriseUnits, enterpriseSheet);
