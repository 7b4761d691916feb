/* Plain data, so the web app imports it too. */

/** Where a screening list (摸排名单) comes from; self-reports arrive through the public page only. */
export const listSources = [
  'risk_area_returnee', // 风险地区返回人员
  'inbound_traveller', // 入境人员
  'fever_clinic', // 发热门诊就诊人员
  'pushed_list', // 外地推送名单（协查）
  'self_report', // 主动报备
  'other', // 其他
  'pharmacy_purchase', // 药店购药人员
] as const;
export type ListSource = (typeof listSources)[number];

/** Lists other channels fill (the public report page, the pharmacies' sales register), never an import. */
type MadeSource = 'self_report' | 'pharmacy_purchase';

/** The sources a person may bring a list in from (self-reports and pharmacy buyers make their own lists). */
export const importSources = listSources.filter(
  (s): s is Exclude<ListSource, MadeSource> => s !== 'self_report' && s !== 'pharmacy_purchase',
);

/** Where a key person stands: waiting for the grid worker, or what the grid worker found. */
export const keyPersonStatuses = ['pending', 'found_tested', 'under_measure', 'not_found'] as const;
export type KeyPersonStatus = (typeof keyPersonStatuses)[number];
export const outcomeStatuses = ['found_tested', 'under_measure', 'not_found'] as const;

/** The fields of a listed person, as the JSON form and the rejections name them. */
export const personFields = ['idNumber', 'name', 'phone', 'address', 'fromArea', 'arrivedAt', 'note'] as const;
export type PersonField = (typeof personFields)[number];

/** Why a row of a list is not taken; nothing is stored for it. */
export const rowRejections = [
  /** The cell is empty but the field is required (ID number, name). */
  'required',
  /** Not 18 (or 15) characters of an ID number, nor a passport-like number where a list allows one. */
  'id_format',
  /** The birth date inside the ID number does not exist or lies in the future. */
  'id_birth_date',
  /** The ID number fails its check character: a typo. */
  'id_checksum',
  /** A phone number or time that cannot be read. */
  'invalid',
  /** Longer than the field allows. */
  'too_long',
  /** The same ID number appears earlier in the same batch. */
  'duplicate',
] as const;
export type RowRejection = (typeof rowRejections)[number];

/** Longest text each field takes. */
export const personLimits = { idNumber: 40, name: 50, phone: 30, address: 200, fromArea: 100, note: 500 } as const;

export const sourceLabels: Record<ListSource, string> = {
  risk_area_returnee: '风险地区返回人员',
  inbound_traveller: '入境人员',
  fever_clinic: '发热门诊就诊人员',
  pushed_list: '外地推送名单',
  self_report: '主动报备',
  other: '其他',
  pharmacy_purchase: '药店购药人员',
};

export const statusLabels: Record<KeyPersonStatus, string> = {
  pending: '待核查',
  found_tested: '已找到并检测',
  under_measure: '已落实管控',
  not_found: '未找到',
};

/** Who an item waits with: 0 the grid worker, then raised to the community, then to the street. */
export const escalationLabels = ['网格', '社区', '街道'] as const;
