import { getLanguage } from '../../app/i18n';

/** A count with digit grouping (12,345), as both languages write it. */
export function formatCount(count: number): string {
  return count.toLocaleString(getLanguage());
}
