import { describe, expect, it } from 'vitest';
import type { ChecklistItem } from './checklists.schema.ts';
import { itemProblems, judgeAnswer, severityOf } from './checklist-rules.ts';

const base = { textZh: '项', textEn: 'item', weight: 2, mustFixNow: false };
const yesNo: ChecklistItem = { ...base, key: 'masks', kind: 'yes_no', expected: true };
const number: ChecklistItem = { ...base, key: 'staff', kind: 'number', min: 2 };
const choice: ChecklistItem = {
  ...base,
  key: 'log',
  kind: 'choice',
  choices: [
    { key: 'full', textZh: '完整', textEn: 'complete' },
    { key: 'partial', textZh: '不全', textEn: 'partial' },
    { key: 'none', textZh: '无', textEn: 'none' },
  ],
  passing: ['full'],
};

describe('checklist items', () => {
  it('should accept sound items', () => {
    expect(itemProblems([yesNo, number, choice])).toEqual([]);
  });

  it('should name each problem by item and field', () => {
    const problems = itemProblems([
      yesNo,
      { ...yesNo, expected: undefined },
      { ...number, min: 5, max: 1 },
      { ...choice, key: 'other', passing: ['maybe'] },
      { ...choice, key: 'log2', choices: [], passing: [] },
    ]);
    expect(problems.map((p) => p.path)).toEqual([
      '/items/1/key',
      '/items/1/expected',
      '/items/2/max',
      '/items/3/passing',
      '/items/4/choices',
      '/items/4/passing',
    ]);
  });

  it('should judge answers by kind', () => {
    expect(judgeAnswer(yesNo, true)).toEqual({ passed: true });
    expect(judgeAnswer(yesNo, false)).toEqual({ passed: false });
    expect(judgeAnswer(number, 1)).toEqual({ passed: false });
    expect(judgeAnswer(number, 2)).toEqual({ passed: true });
    expect(judgeAnswer(choice, 'partial')).toEqual({ passed: false });
    expect(judgeAnswer(choice, 'full')).toEqual({ passed: true });
  });

  it('should refuse a value of the wrong kind', () => {
    expect(judgeAnswer(yesNo, 1)).toHaveProperty('refused');
    expect(judgeAnswer(number, 'two')).toHaveProperty('refused');
    expect(judgeAnswer(choice, 'maybe')).toHaveProperty('refused');
  });

  it('should make must-fix-now failures critical, heavy ones major, the rest minor', () => {
    expect(severityOf({ weight: 1, mustFixNow: true })).toBe('critical');
    expect(severityOf({ weight: 3, mustFixNow: false })).toBe('major');
    expect(severityOf({ weight: 2, mustFixNow: false })).toBe('minor');
  });
});
