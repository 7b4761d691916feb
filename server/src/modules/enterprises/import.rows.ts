import type { RowProblem } from '../keyplaces/field-problems.ts';
import { type LedgerPatch, rowCells, wordsOf } from '../keyplaces/import-cells.ts';
import { field, type FieldSpec } from '../registry/import/fields.ts';
import type { LedgerRow } from '../registry/import/ledger-rows.ts';
import type { EnterpriseLedgerBody } from './enterprises.schema.ts';
import { type ClosedLoopStatus, closedLoopLabels } from './vocabulary.ts';

// The columns of enterprise ledgers (企业防控台账) as districts keep them, zh-CN first; the export writes the
// first header of each.
export const enterpriseLedgerFields: FieldSpec[] = [
  field('code', true, 'Place code', '场所编码', '企业编码', '编码'),
  field('headcount', true, 'Headcount', '员工总数', '员工人数', '职工人数'),
  field('workersBack', true, 'Workers back', '返岗人数'),
  field('onDuty', true, 'On duty', '在岗人数', '到岗人数'),
  field('closedLoop', false, 'Closed loop', '闭环管理', '闭环管理方式'),
  field('dormitories', false, 'Dormitories', '宿舍数', '宿舍间数'),
  field('dormitoryPersons', false, 'Dormitory persons', '住宿人数'),
  field('canteenOpen', false, 'Canteen open', '食堂开放', '食堂'),
  field('staggeredMeals', false, 'Staggered meals', '错峰就餐'),
  field('liaisonName', false, 'Liaison', '联络员', '防疫联络员'),
  field('liaisonPhone', false, 'Liaison phone', '联络员电话', '联系电话'),
];

const closedLoopWords: Record<string, ClosedLoopStatus> = {
  ...wordsOf(closedLoopLabels),
  无: 'none',
  否: 'none',
  '人不出厂、定点接驳': 'both',
  '人不出厂,定点接驳': 'both',
  '人不出厂，定点接驳': 'both',
  两者: 'both',
};
const yesNoWords: Record<string, 'yes' | 'no'> = { 是: 'yes', 开放: 'yes', 有: 'yes', 否: 'no', 关闭: 'no', 无: 'no' };

/** Reads one row of an enterprise ledger, or the problems of each unreadable cell. */
export function patchOfRow(source: LedgerRow): LedgerPatch<EnterpriseLedgerBody> | RowProblem[] {
  const cells = rowCells(source);
  const yes = (field: string) => {
    const word = cells.word(field, yesNoWords);
    return word === undefined ? undefined : word === 'yes';
  };
  const phone = cells.text('liaisonPhone');
  // Read in column order, so a row's problems come in the order of its cells.
  return cells.patch<EnterpriseLedgerBody>({
    row: source.row,
    code: cells.code(),
    headcount: cells.count('headcount', true),
    workersBack: cells.count('workersBack', true),
    onDuty: cells.count('onDuty', true),
    closedLoop: cells.word('closedLoop', closedLoopWords),
    dormitories: cells.count('dormitories'),
    dormitoryPersons: cells.count('dormitoryPersons'),
    canteenOpen: yes('canteenOpen'),
    staggeredMeals: yes('staggeredMeals'),
    liaisonName: cells.text('liaisonName'),
    // An exported file masks phones (138****5678): such a cell keeps the ledger's number.
    liaisonPhone: phone?.includes('*') ? undefined : phone,
  });
}
