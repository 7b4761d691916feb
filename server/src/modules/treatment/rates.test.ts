import { describe, expect, it } from 'vitest';
import { clearingSeries, figure, type DayCounts } from './rates.ts';

const day = (n: number, newPositives: number, underControl: number): DayCounts => ({
  day: `2022-05-0${n}`,
  cases: 0,
  admitted: 0,
  cured: 0,
  died: 0,
  newPositives,
  underControl,
});
const rule = { basicallyZeroPer100k: 1, basicallyZeroDays: 3 };

describe('the four rates and 社会面清零 as rules', () => {
  it('should give no value for a rate over nothing', () => {
    expect(figure(0, 0)).toEqual({ numerator: 0, denominator: 0, value: null });
    expect(figure(1, 8)).toEqual({ numerator: 1, denominator: 8, value: 0.125 });
  });

  it('should call a day basically zero after the rule’s days below the rate, counting the lead-in days', () => {
    // 200,000 people: one positive outside control is 0.5 per 100,000 (below 1), two are exactly 1 (not below).
    const days = [day(1, 0, 0), day(2, 1, 0), day(3, 3, 1), day(4, 1, 0), day(5, 4, 4), day(6, 0, 0)];
    const series = clearingSeries(days, 200_000, rule, 2);
    expect(series.map((d) => [d.day, d.outsideControl, d.per100k, d.zero, d.basicallyZero])).toEqual([
      ['2022-05-03', 2, 1, false, false],
      ['2022-05-04', 1, 0.5, false, false],
      ['2022-05-05', 0, 0, true, false],
      ['2022-05-06', 0, 0, true, true],
    ]);
  });

  it('should judge no "basically zero" when the protocol sets no rule', () => {
    expect(clearingSeries([day(1, 0, 0)], 1000, undefined, 0)).toMatchObject([{ zero: true, basicallyZero: null }]);
  });
});
