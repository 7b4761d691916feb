/** Special-needs tags on residents (特殊人群), each needing a plan in an outbreak. */
export const specialNeedsTags = [
  'elderly_alone', // 独居老人
  'minor_alone', // 留守/独居未成年人
  'pregnant', // 孕产妇
  'disabled', // 残疾人
  'dialysis', // 血液透析
  'chemotherapy', // 放化疗
  'psychiatric', // 严重精神障碍
  'other', // 其他
] as const;
export type SpecialNeedsTag = (typeof specialNeedsTags)[number];

/** Place types (场所类型). */
export const placeTypes = [
  'enterprise', // 企业
  'school', // 学校
  'hospital', // 医院
  'fever_clinic', // 发热门诊
  'pharmacy', // 药店
  'market', // 农贸市场/商超
  'elderly_care', // 养老机构
  'transport_hub', // 交通枢纽
  'checkpoint', // 卡口
  'sampling_point', // 采样点
  'isolation_site', // 隔离点
  'lab', // 检测机构
  'warehouse', // 仓库
] as const;
export type PlaceType = (typeof placeTypes)[number];

/* The constants below are plain data, so the web app imports them too. */

/** Type-specific figures a ledger may carry (enterprise headcount, school students, site rooms…). */
export const placeAttributeKeys = ['headcount', 'students', 'staff', 'rooms', 'beds', 'tables'] as const;

/** Chinese names of place types, as ledgers write them. */
export const placeTypeLabels: Record<PlaceType, string> = {
  enterprise: '企业',
  school: '学校',
  hospital: '医院',
  fever_clinic: '发热门诊',
  pharmacy: '药店',
  market: '商超市场',
  elderly_care: '养老机构',
  transport_hub: '交通枢纽',
  checkpoint: '卡口',
  sampling_point: '采样点',
  isolation_site: '隔离点',
  lab: '检测机构',
  warehouse: '仓库',
};

/** Region levels by key, as seeded in migration 0001 (levels are data; these are the defaults). */
export type RegionLevelKey = 'city' | 'district' | 'street' | 'community' | 'grid';
