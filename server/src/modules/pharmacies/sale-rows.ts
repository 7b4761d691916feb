import { parseLedgerTime } from '../../core/time/local-time.ts';
import { checkPersons } from '../screening/person-rows.ts';
import type { PersonField } from '../screening/vocabulary.ts';
import {
  categoryWords,
  type DrugCategory,
  drugCategories,
  type SaleField,
  type SaleRejection,
  saleLimits,
} from './vocabulary.ts';

/** A sale as written (a form row or a register row), numbered: form position or file row. */
export interface RawSale {
  row: number;
  buyerName: string;
  idNumber: string;
  phone?: string;
  drugName: string;
  category: string;
  quantity: string | number;
  soldAt?: string;
}

/** A sale ready to store. */
export interface CheckedSale {
  row: number;
  buyerName: string;
  idNumber: string;
  phone: string | null;
  drugName: string;
  category: DrugCategory;
  quantity: number;
  soldAt: string;
}

export interface SaleRefusal {
  row: number;
  field: SaleField;
  reason: SaleRejection;
}

const personFieldOfSale: Partial<Record<PersonField, SaleField>> = {
  name: 'buyerName',
  idNumber: 'idNumber',
  phone: 'phone',
};

function categoryOf(text: string): DrugCategory | null {
  const word = text.trim();
  const key = drugCategories.find((c) => c === word.toLowerCase());
  return key ?? drugCategories.find((c) => categoryWords[c].includes(word)) ?? null;
}

/**
 * Checks sales row by row, the buyer as the screening lists check a person (name, ID number with its
 * checksum, phone): every problem comes back with its row and field. A buyer may appear on several rows.
 */
export function checkSales(
  rows: RawSale[],
  timeZone: string,
  now = new Date(),
): { valid: CheckedSale[]; rejected: SaleRefusal[] } {
  const valid: CheckedSale[] = [];
  const rejected: SaleRefusal[] = [];
  for (const sale of rows) {
    const problems: SaleRefusal[] = [];
    const reject = (field: SaleField, reason: SaleRejection) => problems.push({ row: sale.row, field, reason });
    // One row at a time: the lists' duplicate check would refuse a buyer's second drug.
    const person = checkPersons(
      [{ row: sale.row, name: sale.buyerName, idNumber: sale.idNumber, ...(sale.phone ? { phone: sale.phone } : {}) }],
      'pharmacy_purchase',
      timeZone,
    );
    for (const r of person.rejected) reject(personFieldOfSale[r.field] ?? 'idNumber', r.reason as SaleRejection);
    const drugName = sale.drugName.trim();
    if (drugName === '') reject('drugName', 'required');
    else if (drugName.length > saleLimits.drugName) reject('drugName', 'too_long');
    const category = categoryOf(sale.category);
    if (sale.category.trim() === '') reject('category', 'required');
    else if (category === null) reject('category', 'invalid');
    const quantity = Number(String(sale.quantity).trim());
    if (String(sale.quantity).trim() === '') reject('quantity', 'required');
    else if (!Number.isInteger(quantity) || quantity < 1 || quantity > 1000) reject('quantity', 'invalid');
    // A form may leave the time out (sold now); a register row must say it.
    const soldText = sale.soldAt?.trim() ?? '';
    const soldAt = sale.soldAt === undefined ? now : soldText === '' ? null : parseLedgerTime(soldText, timeZone);
    if (sale.soldAt !== undefined && soldText === '') reject('soldAt', 'required');
    else if (soldAt === null) reject('soldAt', 'invalid');
    else if (soldAt.getTime() > now.getTime() + 5 * 60_000) reject('soldAt', 'in_future');
    const buyer = person.valid[0];
    if (problems.length > 0 || !buyer || category === null || soldAt === null) {
      rejected.push(...problems);
      continue;
    }
    valid.push({
      row: sale.row,
      buyerName: buyer.name,
      idNumber: buyer.idNumber,
      phone: buyer.phone,
      drugName,
      category,
      quantity,
      soldAt: soldAt.toISOString(),
    });
  }
  return { valid, rejected };
}
