import { field, type FieldSpec } from '../registry/import/fields.ts';
import { ledgerRows } from '../registry/import/ledger-rows.ts';
import type { NumberedPerson } from './person-rows.ts';

// Headers the lists of airports, clinics and other cities actually use, zh-CN first.
const columns: FieldSpec[] = [
  field('idNumber', true, 'ID number', '身份证号', '证件号码', '身份证号码', '公民身份号码', '证件号', '护照号码'),
  field('name', true, 'Name', '姓名'),
  field('phone', false, 'Phone', '联系电话', '手机号', '手机号码', '电话'),
  field('address', false, 'Address', '现住址', '地址', '住址', '居住地址', '家庭住址'),
  field('fromArea', false, 'From area', '来源地', '途经地', '来源地区', '旅居地', '出发地'),
  field('arrivedAt', false, 'Arrived at', '抵达时间', '到达时间', '入境时间', '返回时间'),
  field('note', false, 'Note', '备注', '说明'),
];

/**
 * A screening list file (.xlsx or .csv, UTF-8 or GBK) in chunks of persons numbered by their row in the file
 * (header = row 1), cells as written: each chunk is checked and stored in one transaction.
 */
export async function* personChunks(file: string, size = 5_000): AsyncGenerator<NumberedPerson[]> {
  for await (const chunk of ledgerRows(file, columns, size)) {
    yield chunk.map(({ row, values }) => {
      const person: NumberedPerson = { row, idNumber: values.idNumber ?? '', name: values.name ?? '' };
      for (const key of ['phone', 'address', 'fromArea', 'arrivedAt', 'note'] as const) {
        const value = values[key];
        if (value !== undefined) person[key] = value;
      }
      return person;
    });
  }
}
