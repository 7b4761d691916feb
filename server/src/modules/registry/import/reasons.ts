/** Why an import row was rejected; stored as the code, shown in the reader's language. */
export const rejectionReasons = {
  required: ['必填项为空', 'required value is empty'],
  id_format: [
    '身份证号格式错误（应为18位，末位可为X；或15位旧号）',
    'ID number must be 18 characters (last may be X) or a 15-digit legacy number',
  ],
  id_birth_date: ['身份证号中的出生日期不存在', 'the birth date in the ID number does not exist'],
  id_checksum: ['身份证号校验位错误', 'the ID number check character is wrong'],
  phone_invalid: ['电话号码格式错误', 'not a valid phone number'],
  duplicate_in_file: ['与文件中前面的行重复', 'duplicates an earlier row of the file'],
  unknown_region: ['区划编码不存在', 'no region has this code'],
  outside_jurisdiction: ['不在您的管辖范围内', 'outside your jurisdiction'],
  not_a_grid: ['应为网格编码', 'must be the code of a grid'],
  unknown_level: [
    '层级不存在（应为 市/区县/街道乡镇/社区村/网格）',
    'unknown level (city, district, street, community, grid)',
  ],
  unknown_parent: ['上级区划编码不存在', 'no parent region has this code'],
  level_order: ['层级须低于上级区划', 'the level must be below the parent region'],
  unknown_tag: ['特殊人群类别不存在', 'unknown special-needs tag'],
  unknown_type: ['场所类型不存在', 'unknown place type'],
  invalid_number: ['应为数字', 'must be a number'],
  out_of_range: ['数值超出范围', 'value out of range'],
  unknown_building: ['楼栋地址不存在，请先导入楼栋', 'no building has this address; import buildings first'],
  household_in_other_grid: ['该户属于另一个网格', 'this household belongs to another grid'],
  name_taken: ['同一上级下名称重复', 'another region under the same parent has this name'],
} as const satisfies Record<string, readonly [string, string]>;

export type RejectionReason = keyof typeof rejectionReasons;

export interface FieldProblem {
  field: string;
  value: string;
  reason: RejectionReason;
}

export function reasonText(reason: string, lang: 'zh-CN' | 'en'): string {
  const texts = (rejectionReasons as Record<string, readonly [string, string]>)[reason];
  return texts ? texts[lang === 'en' ? 1 : 0] : reason;
}
