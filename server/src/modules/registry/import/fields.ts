export const importKinds = ['regions', 'buildings', 'households', 'residents', 'places'] as const;
export type ImportKind = (typeof importKinds)[number];

/** A field an import fills, and the column headers ledgers commonly use for it. */
export interface FieldSpec {
  key: string;
  required: boolean;
  headers: string[];
}

const field = (key: string, required: boolean, ...headers: string[]): FieldSpec => ({
  key,
  required,
  headers: [key, ...headers],
});
const gridCode = field('gridCode', true, '网格编码', '所属网格编码', '网格代码', '所属网格');

export const importFields: Record<ImportKind, FieldSpec[]> = {
  regions: [
    field('code', true, '区划代码', '编码', '代码'),
    field('name', true, '名称', '区划名称'),
    field('level', true, '层级', '级别'),
    field('parentCode', false, '上级区划代码', '上级编码', '上级代码'),
  ],
  buildings: [field('address', true, '楼栋地址', '地址'), field('name', false, '楼栋名称', '楼栋', '名称'), gridCode],
  households: [
    field('address', true, '户地址', '住址', '地址'),
    field('buildingAddress', false, '楼栋地址', '所属楼栋'),
    gridCode,
  ],
  residents: [
    field('idNumber', true, '身份证号', '身份证号码', '公民身份号码', '证件号码'),
    field('name', true, '姓名'),
    field('phone', false, '联系电话', '手机号', '手机号码', '电话'),
    field('householdAddress', false, '住址', '家庭住址', '现住址', '户地址'),
    gridCode,
    field('tags', false, '特殊人群', '人群标签', '标签'),
  ],
  places: [
    field('code', true, '场所编码', '编码'),
    field('type', true, '场所类型', '类型'),
    field('name', true, '场所名称', '名称'),
    field('regionCode', true, '所属区划代码', '网格编码', '区划代码'),
    field('address', false, '地址'),
    field('lng', false, '经度'),
    field('lat', false, '纬度'),
    field('contactName', false, '联系人'),
    field('contactPhone', false, '联系电话', '联系人电话'),
    field('headcount', false, '员工人数', '职工人数'),
    field('students', false, '学生人数'),
    field('staff', false, '教职工人数'),
    field('rooms', false, '房间数'),
    field('beds', false, '床位数'),
    field('tables', false, '采样台数'),
  ],
};

/** Field key → column header in the file. */
export type ColumnMapping = Record<string, string>;

const normalise = (header: string): string => header.replace(/[\s*＊()（）:：]/g, '').toLowerCase();

/** Recognises the usual headers (Chinese or the field keys themselves). */
export function guessMapping(kind: ImportKind, headers: string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  for (const spec of importFields[kind]) {
    const accepted = new Set(spec.headers.map(normalise));
    const match = headers.find((header) => accepted.has(normalise(header)));
    if (match !== undefined) mapping[spec.key] = match;
  }
  return mapping;
}

export interface ResolvedMapping {
  /** Field key → column index. */
  columns: Map<string, number>;
  /** Required fields no column was mapped to. */
  missing: string[];
}

export function resolveMapping(kind: ImportKind, headers: string[], mapping: ColumnMapping): ResolvedMapping {
  const columns = new Map<string, number>();
  for (const spec of importFields[kind]) {
    const header = mapping[spec.key];
    const index = header === undefined ? -1 : headers.indexOf(header);
    if (index >= 0) columns.set(spec.key, index);
  }
  const missing = importFields[kind].filter((spec) => spec.required && !columns.has(spec.key)).map((spec) => spec.key);
  return { columns, missing };
}

/** The mapped fields of one row. */
export function fieldValues(cells: string[], columns: Map<string, number>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, index] of columns) values[key] = cells[index] ?? '';
  return values;
}
