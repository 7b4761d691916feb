import { type DaySheet, dayWorkbook } from '../keyplaces/day-workbook.ts';
import { type SchoolReportRow, type SchoolRow, schoolUnits } from './schools.repository.ts';
import { schoolStatusLabels } from './vocabulary.ts';

// The school ledger (学校防控台账) districts exchange. Its 管理状态, 学生人数, 教职工人数 and 每日采样比例 are
// what the import reads, so an exported day sent back in changes nothing.
const schoolSheet: DaySheet<SchoolRow & { report: SchoolReportRow | null }> = {
  title: '学校防控台账',
  nameHeader: '学校名称',
  ledgerColumns: [
    { header: '管理状态', key: 'status', width: 10 },
    { header: '学生人数', key: 'students', width: 10 },
    { header: '教职工人数', key: 'staff', width: 10 },
    { header: '班级数', key: 'classes', width: 8 },
    { header: '每日采样比例', key: 'samplingPercent', width: 12 },
  ],
  reportColumns: [
    { header: '到校人数', key: 'present', width: 10 },
    { header: '因病缺勤人数', key: 'absentIll', width: 12 },
    { header: '发热人数', key: 'fever', width: 10 },
  ],
  cells: ({ report, ...row }) => ({
    status: schoolStatusLabels[row.status],
    students: row.students,
    staff: row.staff,
    classes: row.classes,
    samplingPercent: `${row.sampling_percent}%`,
    present: report?.present ?? '',
    absentIll: report?.absent_ill ?? '',
    fever: report?.fever ?? '',
  }),
};

/** The day's school ledger of a region as .xlsx, with one audit entry of its size. */
export const schoolDayWorkbook = dayWorkbook(schoolUnits, schoolSheet);
