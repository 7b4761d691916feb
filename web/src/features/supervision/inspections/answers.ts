import type { TFunction } from 'i18next';
import type { ChecklistItem } from './api';

/** How an answer reads: 是/否, the figure with its unit, or the choice's text in the user's language. */
export function answerText(t: TFunction, item: ChecklistItem, value: unknown, english: boolean): string {
  if (value === undefined || value === null) return t('supervision.inspection.notAnswered');
  if (item.kind === 'yes_no') return t(value === true ? 'supervision.inspection.yes' : 'supervision.inspection.no');
  if (item.kind === 'number') return `${JSON.stringify(value)}${item.unit ? ` ${item.unit}` : ''}`;
  const choice = item.choices?.find((c) => c.key === value);
  if (choice) return english ? choice.textEn : choice.textZh;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** What passes for a number item ("2 to 5", "at least 2"…). */
export function rangeText(t: TFunction, item: ChecklistItem): string {
  const { min, max } = item;
  if (min !== undefined && max !== undefined) return t('supervision.inspection.range', { min, max });
  if (min !== undefined) return t('supervision.inspection.atLeast', { min });
  return t('supervision.inspection.atMost', { max });
}
