import type { RowProblem } from '../keyplaces/field-problems.ts';
import { type LedgerPatch, rowCells, wordsOf } from '../keyplaces/import-cells.ts';
import { field, type FieldSpec } from '../registry/import/fields.ts';
import type { LedgerRow } from '../registry/import/ledger-rows.ts';
import { localDate, parseLedgerTime } from '../../core/time/local-time.ts';
import type { SchoolLedgerBody } from './schools.schema.ts';
import { type SchoolStatus, schoolStatusLabels } from './vocabulary.ts';

// The columns of school ledgers (学校防控台账) as districts keep them, zh-CN first: the export writes the first
// header of each but the rotation's start, which a district may add.
export const schoolLedgerFields: FieldSpec[] = [
  field('code', true, 'Place code', '场所编码', '学校编码', '编码'),
  field('status', false, 'Management', '管理状态', '管理方式', '状态'),
  field('students', true, 'Students', '学生人数', '学生数', '在校学生数'),
  field('staff', true, 'Staff', '教职工人数', '教职工数', '教职员工人数'),
  field('samplingPercent', false, 'Sampled daily (%)', '每日采样比例', '每日采样比例%', '采样比例'),
  field('samplingStartsOn', false, 'Rotation starts on', '轮换起始日', '采样起始日', '轮换开始日期'),
];

const statusWords: Record<string, SchoolStatus> = {
  ...wordsOf(schoolStatusLabels),
  开放: 'open',
  正常: 'open',
  封闭: 'closed_management',
  封闭式管理: 'closed_management',
  线上: 'online',
  网课: 'online',
  线上授课: 'online',
};

/** A daily share as the export writes it (20%) or as a plain number, 1 to 100. */
function percentOf(raw: string): number | null {
  const match = /^(\d{1,3})\s*%?$/.exec(raw);
  const percent = Number(match?.[1]);
  return percent >= 1 && percent <= 100 ? percent : null;
}

// A date column holds a calendar day as written (2022-05-01, 2022/5/1, an Excel date): read in UTC, the day
// stays the one written whatever the platform's zone.
const dayOf = (raw: string) => {
  const instant = parseLedgerTime(raw, 'UTC');
  return instant && localDate(instant, 'UTC');
};

/** Reads one row of a school ledger, or the problems of each unreadable cell. */
export function patchOfRow(source: LedgerRow): LedgerPatch<SchoolLedgerBody> | RowProblem[] {
  const cells = rowCells(source);
  // Read in column order, so a row's problems come in the order of its cells.
  return cells.patch<SchoolLedgerBody>({
    row: source.row,
    code: cells.code(),
    status: cells.word('status', statusWords),
    students: cells.count('students', true),
    staff: cells.count('staff', true),
    samplingPercent: cells.parsed('samplingPercent', percentOf, 'not_a_percent'),
    samplingStartsOn: cells.parsed('samplingStartsOn', dayOf, 'not_a_date'),
  });
}
