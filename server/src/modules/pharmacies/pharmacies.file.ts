import { AppError } from '../../core/errors.ts';
import { field, type FieldSpec } from '../registry/import/fields.ts';
import { ledgerRows } from '../registry/import/ledger-rows.ts';
import type { RawSale } from './sale-rows.ts';

// Headers of the registers pharmacies keep (药品销售登记表), zh-CN first.
const columns: FieldSpec[] = [
  field('buyerName', true, 'Buyer', '购药人姓名', '姓名', '购药人', '顾客姓名'),
  field('idNumber', true, 'ID number', '身份证号', '身份证号码', '证件号码', '公民身份号码'),
  field('phone', false, 'Phone', '联系电话', '手机号', '手机号码', '电话'),
  field('drugName', true, 'Drug', '药品名称', '药品', '品名'),
  field('category', true, 'Category', '药品类别', '类别', '药品分类'),
  field('quantity', true, 'Quantity', '数量', '购买数量'),
  field('soldAt', true, 'Sold at', '购药时间', '销售时间', '购买时间', '时间'),
];

// A day's register of one pharmacy runs to hundreds of rows; a file this long is a mistake or many days.
const MAX_ROWS = 5_000;

/**
 * The sales of a register file (.xlsx or .csv, UTF-8 or GBK), numbered by file row (header = row 1). The
 * whole file is one batch: it is stored entirely or not at all.
 */
export async function salesOfFile(file: string): Promise<RawSale[]> {
  const sales: RawSale[] = [];
  for await (const chunk of ledgerRows(file, columns, 1_000)) {
    for (const { row, values } of chunk) {
      sales.push({
        row,
        buyerName: values.buyerName ?? '',
        idNumber: values.idNumber ?? '',
        ...(values.phone ? { phone: values.phone } : {}),
        drugName: values.drugName ?? '',
        category: values.category ?? '',
        quantity: values.quantity ?? '',
        soldAt: values.soldAt ?? '',
      });
    }
    if (sales.length > MAX_ROWS) {
      throw new AppError('VALIDATION_FAILED', { details: `body.file: more than ${MAX_ROWS} rows` }, [
        { path: 'body.file', message: `more than ${MAX_ROWS} rows` },
      ]);
    }
  }
  return sales;
}
