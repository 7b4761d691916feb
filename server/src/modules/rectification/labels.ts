import { localDate } from '../../core/time/local-time.ts';
import type { FindingSeverity } from '../supervision/vocabulary.ts';
import type { OrderStatus } from './vocabulary.ts';

// The wording of printed orders, lists and reports.
export const severityLabels: Record<FindingSeverity, string> = { critical: '严重', major: '较重', minor: '一般' };
export const statusLabels: Record<OrderStatus, string> = {
  issued: '已交办',
  answered: '已答复待核验',
  returned: '已退回',
  closed: '已销号',
};

/** The wall-clock time in the platform's zone, as ledgers print it ("2026-03-02 17:00"); '' for none. */
export function wallTime(iso: string | null, timeZone: string): string {
  if (iso === null) return '';
  const at = new Date(iso);
  const time = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  return `${localDate(at, timeZone)} ${time.format(at)}`;
}

/** A share as a percentage with one decimal ("87.5%"), or "—". */
export const percent = (share: number | null) => (share === null ? '—' : `${(share * 100).toFixed(1)}%`);
