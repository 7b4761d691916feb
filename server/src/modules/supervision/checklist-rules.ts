import type { FieldError } from '../../core/errors.ts';
import type { ChecklistItem } from './checklists.schema.ts';
import type { FindingSeverity } from './vocabulary.ts';

/** [zh-CN, en] words of a refusal. */
export type Words = readonly [string, string];

/** What is wrong with a template's items, one field error per problem (empty when they are sound). */
export function itemProblems(items: readonly ChecklistItem[]): FieldError[] {
  const problems: FieldError[] = [];
  const seen = new Set<string>();
  items.forEach((item, index) => {
    const at = (field: string, message: string) => problems.push({ path: `/items/${index}/${field}`, message });
    if (seen.has(item.key)) at('key', `duplicate key "${item.key}"`);
    seen.add(item.key);
    switch (item.kind) {
      case 'yes_no':
        if (item.expected === undefined) at('expected', 'a yes/no item needs the expected answer');
        break;
      case 'number':
        if (item.min === undefined && item.max === undefined) at('min', 'a number item needs min or max');
        if (item.min !== undefined && item.max !== undefined && item.min > item.max) at('max', 'max is below min');
        break;
      case 'choice': {
        const keys = (item.choices ?? []).map((c) => c.key);
        if (keys.length < 2) at('choices', 'a choice item needs at least two choices');
        if (new Set(keys).size !== keys.length) at('choices', 'choice keys repeat');
        const passing = item.passing ?? [];
        if (passing.length === 0) at('passing', 'a choice item needs at least one passing choice');
        for (const key of passing) if (!keys.includes(key)) at('passing', `"${key}" is not one of the choices`);
        break;
      }
    }
  });
  return problems;
}

/**
 * Whether an answer passes its item, or why it does not fit the item (a number to a yes/no item, a choice
 * that is not offered).
 */
export function judgeAnswer(item: ChecklistItem, value: unknown): { passed: boolean } | { refused: Words } {
  switch (item.kind) {
    case 'yes_no':
      if (typeof value !== 'boolean')
        return { refused: [`“${item.textZh}”须回答是或否`, `"${item.textEn}" takes yes or no`] };
      return { passed: value === item.expected };
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value))
        return { refused: [`“${item.textZh}”须填写数字`, `"${item.textEn}" takes a number`] };
      return { passed: (item.min === undefined || value >= item.min) && (item.max === undefined || value <= item.max) };
    case 'choice': {
      const shown = typeof value === 'string' ? value : JSON.stringify(value);
      if (typeof value !== 'string' || !(item.choices ?? []).some((c) => c.key === value))
        return {
          refused: [`“${item.textZh}”没有选项“${shown}”`, `"${item.textEn}" has no choice "${shown}"`],
        };
      return { passed: (item.passing ?? []).includes(value) };
    }
  }
}

/**
 * The severity of the finding a failed item makes: an item that must be fixed now is critical; a heavy item
 * (weight 3 or more of 5) is major; a lighter one minor.
 */
export function severityOf(item: Pick<ChecklistItem, 'weight' | 'mustFixNow'>): FindingSeverity {
  if (item.mustFixNow) return 'critical';
  return item.weight >= 3 ? 'major' : 'minor';
}
