import { describe, expect, it } from 'vitest';
import { classGroup, dayOfCycle, samplingCycle } from './sampling.ts';

describe('school sampling schedule: a share of each class a day, in rotation', () => {
  it('should make the cycle the whole number of days the share fits into 100%', () => {
    expect([20, 25, 30, 33, 34, 50, 100, 1].map(samplingCycle)).toEqual([5, 4, 3, 3, 2, 2, 1, 100]);
    expect(() => samplingCycle(0)).toThrow(RangeError);
    expect(() => samplingCycle(101)).toThrow(RangeError);
  });

  it('should test every student exactly once per cycle, groups differing by one at most', () => {
    for (const size of [1, 4, 5, 37, 45, 200])
      for (const percent of [20, 30, 50, 100]) {
        const cycle = samplingCycle(percent);
        const groups = Array.from({ length: cycle }, (_, k) => classGroup(size, cycle, k));
        const seats = groups.flatMap((g) => Array.from({ length: g.count }, (_, i) => g.from + i));
        expect(seats).toEqual(Array.from({ length: size }, (_, i) => i + 1));
        const counts = groups.map((g) => g.count);
        expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
      }
  });

  it('should test at least the share of a class each day when the class is no smaller than the cycle', () => {
    const cycle = samplingCycle(20);
    const counts = Array.from({ length: cycle }, (_, k) => classGroup(45, cycle, k).count);
    expect(counts).toEqual([9, 9, 9, 9, 9]);
    expect(classGroup(42, cycle, 0)).toEqual({ group: 1, from: 1, to: 8, count: 8 });
    expect(classGroup(42, cycle, 4)).toEqual({ group: 5, from: 34, to: 42, count: 9 });
    // Three students, five days: two days with nobody due.
    expect(Array.from({ length: cycle }, (_, k) => classGroup(3, cycle, k).count)).toEqual([0, 1, 0, 1, 1]);
  });

  it('should turn the rotation day by day from its start, before it too', () => {
    expect(
      ['2022-05-01', '2022-05-02', '2022-05-05', '2022-05-06', '2022-05-11'].map((d) => dayOfCycle('2022-05-01', d, 5)),
    ).toEqual([0, 1, 4, 0, 0]);
    expect(dayOfCycle('2022-05-01', '2022-04-30', 5)).toBe(4);
    expect(dayOfCycle('2022-02-27', '2022-03-01', 3)).toBe(2);
  });
});
