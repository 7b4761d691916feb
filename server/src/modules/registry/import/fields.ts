export const importKinds = ['regions', 'buildings', 'households', 'residents', 'places'] as const;
export type ImportKind = (typeof importKinds)[number];

/** A field an import fills, and the column headers ledgers commonly use for it. */
export interface FieldSpec {
  key: string;
  required: boolean;
  labelZh: string;
  labelEn: string;
  headers: string[];
}

/** The first Chinese header is the field's label in the interface. */
export const field = (key: string, required: boolean, labelEn: string, ...headers: string[]): FieldSpec => ({
  key,
  required,
  labelZh: headers[0] ?? key,
  labelEn,
  headers: [key, labelEn, ...headers],
});
const gridCode = field('gridCode', true, 'Grid code', '网格编码', '所属网格编码', '网格代码', '所属网格');

export const importFields: Record<ImportKind, FieldSpec[]> = {
  regions: [
    field('code', true, 'Code', '区划代码', '编码', '代码'),
    field('name', true, 'Name', '名称', '区划名称'),
    field('level', true, 'Level', '层级', '级别'),
    field('parentCode', false, 'Parent code', '上级区划代码', '上级编码', '上级代码'),
  ],
  buildings: [
    field('address', true, 'Address', '楼栋地址', '地址'),
    field('name', false, 'Name', '楼栋名称', '楼栋', '名称'),
    gridCode,
    field('lng', false, 'Longitude', '经度'),
    field('lat', false, 'Latitude', '纬度'),
  ],
  households: [
    field('address', true, 'Address', '户地址', '住址', '地址'),
    field('buildingAddress', false, 'Building address', '楼栋地址', '所属楼栋'),
    gridCode,
  ],
  residents: [
    field('idNumber', true, 'ID number', '身份证号', '身份证号码', '公民身份号码', '证件号码'),
    field('name', true, 'Name', '姓名'),
    field('phone', false, 'Phone', '联系电话', '手机号', '手机号码', '电话'),
    field('householdAddress', false, 'Household address', '住址', '家庭住址', '现住址', '户地址'),
    gridCode,
    field('tags', false, 'Special needs', '特殊人群', '人群标签', '标签'),
  ],
  places: [
    field('code', true, 'Code', '场所编码', '编码'),
    field('type', true, 'Type', '场所类型', '类型'),
    field('name', true, 'Name', '场所名称', '名称'),
    field('regionCode', true, 'Region code', '所属区划代码', '网格编码', '区划代码'),
    field('address', false, 'Address', '地址'),
    field('lng', false, 'Longitude', '经度'),
    field('lat', false, 'Latitude', '纬度'),
    field('contactName', false, 'Contact', '联系人'),
    field('contactPhone', false, 'Contact phone', '联系电话', '联系人电话'),
    field('headcount', false, 'Headcount', '员工人数', '职工人数'),
    field('students', false, 'Students', '学生人数'),
    field('staff', false, 'Staff', '教职工人数'),
    field('rooms', false, 'Rooms', '房间数'),
    field('beds', false, 'Beds', '床位数'),
    field('tables', false, 'Sampling tables', '采样台数'),
  ],
};

/** Field key → column header in the file. */
export type ColumnMapping = Record<string, string>;

const normalise = (header: string): string => header.replace(/[\s*＊()（）:：]/g, '').toLowerCase();

/** Recognises the usual headers (Chinese or the field keys themselves). */
export const guessMapping = (kind: ImportKind, headers: string[]): ColumnMapping =>
  guessColumns(importFields[kind], headers);

/** Recognises the usual headers of these fields: other modules' ledgers (screening lists) read the same way. */
export function guessColumns(specs: FieldSpec[], headers: string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  for (const spec of specs) {
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
