import { maskIdNumber, maskPhone, parseIdNumber } from '../../registry/id-number.ts';
import type { Classification, ContactKind, ContactSource, ContactStatus, FoundVia } from '../vocabulary.ts';
import type { CaseLedgerRow, ContactLedgerRow } from './export.repository.ts';

/** A worksheet column as ExcelJS takes it. */
export interface LedgerColumn {
  header: string;
  key: string;
  width: number;
}

// The wording of the ledgers (台账) that headquarters and districts exchange.
const classificationLabels: Record<Classification, string> = {
  confirmed: '确诊病例',
  asymptomatic: '无症状感染者',
  suspected: '疑似病例',
  excluded: '已排除',
};
const foundViaLabels: Record<FoundVia, string> = {
  mass_testing: '核酸筛查',
  fever_clinic: '发热门诊',
  key_person: '重点人群排查',
  self_report: '主动报告',
  under_control: '管控人员中发现',
};
const contactKindLabels: Record<ContactKind, string> = {
  close: '密切接触者',
  secondary: '次密切接触者',
  general: '一般接触者',
};
const contactSourceLabels: Record<ContactSource, string> = {
  investigation: '流调排查',
  venue_scan: '场所码扫码',
  companion: '时空伴随',
  household: '同住人员',
  coworker: '同工作场所',
  ledger: '台账导入',
};
const contactStatusLabels: Record<ContactStatus, string> = {
  identified: '已判定',
  notified: '已通知',
  under_measure: '已管控',
  released: '已解除',
};

export const caseColumns: LedgerColumn[] = [
  { header: '序号', key: 'no', width: 6 },
  { header: '病例编号', key: 'code', width: 16 },
  { header: '姓名', key: 'name', width: 10 },
  { header: '性别', key: 'sex', width: 6 },
  { header: '年龄', key: 'age', width: 6 },
  { header: '身份证号', key: 'idNumber', width: 21 },
  { header: '联系电话', key: 'phone', width: 14 },
  { header: '现住址/所属网格', key: 'region', width: 36 },
  { header: '病例分类', key: 'classification', width: 12 },
  { header: '发现途径', key: 'foundVia', width: 14 },
  { header: '发病日期', key: 'onsetDate', width: 12 },
  { header: '采样时间', key: 'sampledAt', width: 17 },
  { header: '发现时间', key: 'foundAt', width: 17 },
  { header: '报告时间', key: 'reportedAt', width: 17 },
  { header: '隔离管控时间', key: 'isolatedAt', width: 17 },
  { header: '就诊时间', key: 'treatedAt', width: 17 },
  { header: '所属聚集性疫情', key: 'cluster', width: 18 },
  { header: '代际', key: 'generation', width: 6 },
];

export const contactColumns: LedgerColumn[] = [
  { header: '序号', key: 'no', width: 6 },
  { header: '姓名', key: 'name', width: 10 },
  { header: '身份证号', key: 'idNumber', width: 21 },
  { header: '联系电话', key: 'phone', width: 14 },
  { header: '所属网格', key: 'region', width: 36 },
  { header: '接触类别', key: 'kind', width: 14 },
  { header: '关联病例编号', key: 'caseCode', width: 16 },
  { header: '末次接触时间', key: 'lastExposureAt', width: 17 },
  { header: '发现途径', key: 'foundVia', width: 12 },
  { header: '当前状态', key: 'status', width: 10 },
  { header: '判定时间', key: 'identifiedAt', width: 17 },
  { header: '管控时间', key: 'measureAt', width: 17 },
];

/** How a row shows identifiers, the names of regions (by id), and today's local date for ages. */
export interface RowContext {
  unmasked: boolean;
  regionNames: Map<number, string>;
  today: string;
}

/**
 * The regions of a path by name, below the top one (one city: its name would fill every row), the way a
 * ledger writes an address: 芦淞区建设街道钟鼓岭社区第一网格.
 */
export function regionText(path: string, names: Map<number, string>): string {
  const ids = path.split('.').map(Number);
  return (ids.length > 1 ? ids.slice(1) : ids).map((id) => names.get(id) ?? '').join('');
}

/** Sex and age (whole years on `today`) read from an 18-digit ID number; blank for other documents. */
function fromIdNumber(idNumber: string, today: string): { sex: string; age: number | null } {
  const info = /^\d{17}[\dX]$/i.test(idNumber) ? parseIdNumber(idNumber) : null;
  if (info === null || typeof info === 'string') return { sex: '', age: null };
  const years = Number(today.slice(0, 4)) - Number(info.birthDate.slice(0, 4));
  return { sex: info.sex === 'M' ? '男' : '女', age: today.slice(5) < info.birthDate.slice(5) ? years - 1 : years };
}

const identifier = (value: string | null, unmasked: boolean, mask: (v: string) => string) =>
  value === null ? '' : unmasked ? value : mask(value);

export function caseSheetRow(row: CaseLedgerRow, no: number, ctx: RowContext): Record<string, unknown> {
  return {
    no,
    code: row.code,
    name: row.name,
    ...fromIdNumber(row.id_number, ctx.today),
    idNumber: identifier(row.id_number, ctx.unmasked, maskIdNumber),
    phone: identifier(row.phone, ctx.unmasked, maskPhone),
    region: regionText(row.path, ctx.regionNames),
    classification: classificationLabels[row.classification],
    foundVia: foundViaLabels[row.found_via],
    onsetDate: row.onset_date,
    sampledAt: row.sampled_at,
    foundAt: row.found_at,
    reportedAt: row.reported_at,
    isolatedAt: row.isolated_at,
    treatedAt: row.treated_at,
    cluster: row.cluster_name,
    generation: row.generation,
  };
}

export function contactSheetRow(row: ContactLedgerRow, no: number, ctx: RowContext): Record<string, unknown> {
  return {
    no,
    name: row.name,
    idNumber: identifier(row.id_number, ctx.unmasked, maskIdNumber),
    phone: identifier(row.phone, ctx.unmasked, maskPhone),
    region: regionText(row.path, ctx.regionNames),
    kind: contactKindLabels[row.kind],
    caseCode: row.case_code,
    lastExposureAt: row.last_exposure_at,
    foundVia: contactSourceLabels[row.found_via],
    status: contactStatusLabels[row.status],
    identifiedAt: row.identified_at,
    measureAt: row.measure_at,
  };
}
