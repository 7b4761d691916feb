import type { importReasonsZhCN, ledgerImportZhCN } from './zh-CN';

export const ledgerImportEn: typeof ledgerImportZhCN = {
  chooseFile: 'Choose file',
  row: 'Row',
  column: 'Field',
  reason: 'Reason',
};

export const importReasonsEn: typeof importReasonsZhCN = {
  required: 'Required',
  not_a_count: 'Must be a whole number from 0 to 9,999,999',
  unknown_value: 'Value not recognised',
  unknown_place: 'No place with this code (or not in your jurisdiction)',
  duplicate: 'Appears twice in the file',
  invalid: 'Not in a valid format',
  too_many_rows: 'Too many rows; the file was not read to the end',
};
