/** The words of a ledger import every kind of unit shares, spread into each kind's namespace. */
export const ledgerImportZhCN = {
  chooseFile: '选择文件',
  row: '行号',
  column: '字段',
  reason: '原因',
};

/** Why an imported row is refused, for every kind; each kind adds its own reasons. */
export const importReasonsZhCN = {
  required: '必填',
  not_a_count: '应为 0 至 9999999 的整数',
  unknown_value: '无法识别的取值',
  unknown_place: '没有这个场所编码（或不在您的辖区）',
  duplicate: '文件中重复出现',
  invalid: '格式不正确',
  too_many_rows: '行数超过上限，文件未读完',
};
