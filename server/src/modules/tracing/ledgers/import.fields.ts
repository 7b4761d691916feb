import { field, type FieldSpec } from '../../registry/import/fields.ts';
import type { Classification, ContactKind, FoundVia } from '../vocabulary.ts';

const person = [
  field('name', true, 'Name', '姓名'),
  field('idNumber', true, 'ID number', '身份证号', '证件号码', '身份证号码', '公民身份号码'),
  field('phone', false, 'Phone', '联系电话', '手机号', '手机号码', '电话'),
];

// The columns of the case ledgers (病例台账) headquarters keep, zh-CN first.
export const caseLedgerFields: FieldSpec[] = [
  ...person,
  field('classification', true, 'Classification', '病例分类', '分类', '诊断分类'),
  field('foundVia', true, 'Found via', '发现途径', '发现方式'),
  field('onsetDate', false, 'Onset date', '发病日期'),
  field('sampledAt', false, 'Sampled at', '采样时间'),
  field('foundAt', false, 'Found at', '发现时间', '确诊时间'),
  field('reportedAt', false, 'Reported at', '报告时间'),
  field('isolatedAt', false, 'Isolated at', '隔离管控时间', '隔离时间'),
  field('treatedAt', false, 'Treated at', '就诊时间', '收治时间'),
];

// The columns of contact ledgers (密接台账).
export const contactLedgerFields: FieldSpec[] = [
  ...person,
  field('kind', true, 'Kind', '接触类别', '人员类别', '类别'),
  field('caseCode', true, 'Case code', '关联病例编号', '关联病例', '病例编号'),
  field('lastExposureAt', false, 'Last exposure', '末次接触时间', '末次暴露时间'),
];

/** The words ledgers use for each value, as written in the exports and in older ledgers. */
export const classificationWords: Record<string, Classification> = {
  确诊病例: 'confirmed',
  确诊: 'confirmed',
  无症状感染者: 'asymptomatic',
  无症状: 'asymptomatic',
  疑似病例: 'suspected',
  疑似: 'suspected',
  已排除: 'excluded',
  排除: 'excluded',
};

export const foundViaWords: Record<string, FoundVia> = {
  核酸筛查: 'mass_testing',
  社会面筛查: 'mass_testing',
  区域核酸筛查: 'mass_testing',
  发热门诊: 'fever_clinic',
  重点人群排查: 'key_person',
  重点人员排查: 'key_person',
  主动报告: 'self_report',
  主动报备: 'self_report',
  管控人员中发现: 'under_control',
  隔离管控中发现: 'under_control',
  集中隔离点发现: 'under_control',
};

export const contactKindWords: Record<string, ContactKind> = {
  密切接触者: 'close',
  密接: 'close',
  次密切接触者: 'secondary',
  次密接: 'secondary',
  一般接触者: 'general',
  一般接触: 'general',
};

/** The value a ledger word names: a word of the table, or the value's own key (confirmed, close…). */
export function wordValue<T extends string>(words: Record<string, T>, text: string | undefined): T | null {
  const word = (text ?? '').replace(/\s/g, '');
  if (word in words) return words[word] ?? null;
  return (Object.values(words) as string[]).includes(word.toLowerCase()) ? (word.toLowerCase() as T) : null;
}
