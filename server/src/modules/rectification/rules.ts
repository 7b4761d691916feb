import type { FindingSeverity } from '../supervision/vocabulary.ts';
import { defaultDeadlineHours } from './vocabulary.ts';

/** The deadline an order gets when the supervisor sets none: the severity's default after issue. */
export function defaultDeadline(severity: FindingSeverity, issuedAt: Date): Date {
  return new Date(issuedAt.getTime() + defaultDeadlineHours[severity] * 3_600_000);
}

/**
 * The stored number: the year of issue and the order's serial within that year, zero-padded so that numbers
 * sort as they were issued ("2026-000017").
 */
export function orderNumber(year: number, serial: number): string {
  return `${year}-${String(serial).padStart(6, '0')}`;
}

/** The number as printed on the 交办单: 交办〔2026〕第0017号 (four digits at least). */
export function displayNumber(number: string): string {
  const [year, serial] = number.split('-');
  return `交办〔${year}〕第${String(Number(serial)).padStart(4, '0')}号`;
}
