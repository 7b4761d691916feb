import { field, type FieldSpec } from '../registry/import/fields.ts';
import type { LedgerRow } from '../registry/import/ledger-rows.ts';
import { wordValue } from '../tracing/ledgers/import.fields.ts';
import type { EnterpriseLedgerBody } from './enterprises.schema.ts';
import type { FieldProblem } from './ledger-rules.ts';
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
  ...Object.fromEntries(Object.entries(closedLoopLabels).map(([key, label]) => [label, key as ClosedLoopStatus])),
  无: 'none',
  否: 'none',
  '人不出厂、定点接驳': 'both',
  '人不出厂,定点接驳': 'both',
  '人不出厂，定点接驳': 'both',
  两者: 'both',
};
const yesNoWords: Record<string, 'yes' | 'no'> = { 是: 'yes', 开放: 'yes', 有: 'yes', 否: 'no', 关闭: 'no', 无: 'no' };

/** The figures a row gives: absent columns and blank optional cells leave the ledger's own. */
export type LedgerPatch = Partial<EnterpriseLedgerBody> & { row: number; code: string };

export interface RowProblem extends FieldProblem {
  row: number;
}

/** Reads one row of an enterprise ledger, or the problems of each unreadable cell. */
export function patchOfRow(source: LedgerRow): LedgerPatch | RowProblem[] {
  const problems: RowProblem[] = [];
  const refuse = (key: string, reason: string) => {
    problems.push({ row: source.row, field: key, reason });
    return undefined;
  };
  const cell = (key: string) => source.values[key]?.trim() || undefined;
  const count = (key: string, required: boolean) => {
    const raw = cell(key);
    if (raw === undefined) return required ? refuse(key, 'required') : undefined;
    return /^\d{1,7}$/.test(raw) ? Number(raw) : refuse(key, 'not_a_count');
  };
  const yes = (key: string) => {
    const raw = cell(key);
    if (raw === undefined) return undefined;
    const word = wordValue(yesNoWords, raw);
    return word === null ? refuse(key, 'unknown_value') : word === 'yes';
  };
  const closedLoop = () => {
    const raw = cell('closedLoop');
    if (raw === undefined) return undefined;
    return wordValue(closedLoopWords, raw) ?? refuse('closedLoop', 'unknown_value');
  };
  const phone = cell('liaisonPhone');
  // Read in column order, so a row's problems come in the order of its cells.
  const patch: LedgerPatch = {
    row: source.row,
    code: cell('code') ?? refuse('code', 'required') ?? '',
    headcount: count('headcount', true),
    workersBack: count('workersBack', true),
    onDuty: count('onDuty', true),
    closedLoop: closedLoop(),
    dormitories: count('dormitories', false),
    dormitoryPersons: count('dormitoryPersons', false),
    canteenOpen: yes('canteenOpen'),
    staggeredMeals: yes('staggeredMeals'),
    liaisonName: cell('liaisonName'),
    // An exported file masks phones (138****5678): such a cell keeps the ledger's number.
    liaisonPhone: phone?.includes('*') ? undefined : phone,
  };
  return problems.length > 0 ? problems : patch;
}

/** The ledger after a row: the row's figures over the ledger's, field by field. */
export function applyPatch(ledger: EnterpriseLedgerBody, patch: LedgerPatch): EnterpriseLedgerBody {
  const { row: _row, code: _code, ...given } = patch;
  const defined = Object.fromEntries(Object.entries(given).filter(([, value]) => value !== undefined));
  return { ...ledger, ...defined };
}
