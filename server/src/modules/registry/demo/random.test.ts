import { describe, expect, it } from 'vitest';
import { Random, mixSeed, splitCounts, weightedTable } from './random.ts';

describe('demo randomness', () => {
  it('should repeat the same sequence for the same seed and differ for another', () => {
    const draw = (seed: number) =>
      Array.from(
        { length: 5 },
        (
          (random) => () =>
            random.next()
        )(new Random(seed)),
      );
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
  });

  it('should stay within its ranges', () => {
    const random = new Random(7);
    const draws = Array.from({ length: 10_000 }, () => [random.next(), random.between(3, 5), random.bell()] as const);
    expect(draws.every(([next]) => next >= 0 && next < 1)).toBe(true);
    expect(new Set(draws.map(([, between]) => between))).toEqual(new Set([3, 4, 5]));
    expect(draws.every(([, , bell]) => Math.abs(bell) <= 1.5)).toBe(true);
  });

  it('should give each stream label its own seed', () => {
    expect(mixSeed(1, 2, 3)).toBe(mixSeed(1, 2, 3));
    expect(new Set([mixSeed(1, 2, 3), mixSeed(1, 3, 2), mixSeed(1, 2), mixSeed(2, 2, 3)]).size).toBe(4);
  });

  it('should split a total exactly, within bounds when the total allows it', () => {
    const random = new Random(1);
    const counts = splitCounts(random, 100, 20, 3, 7);
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(100);
    expect(counts.every((count) => count >= 3 && count <= 7)).toBe(true);
    // Too little to give each part its minimum: the parts shrink instead of the total growing.
    expect(splitCounts(random, 3, 2, 2, 6).reduce((sum, count) => sum + count, 0)).toBe(3);
    // Too much for the maximum: the parts grow around the average.
    const big = splitCounts(random, 300, 10, 3, 10);
    expect(big.reduce((sum, count) => sum + count, 0)).toBe(300);
    expect(big.every((count) => count >= 24 && count <= 36)).toBe(true);
  });

  it('should weight a lookup table by the given weights', () => {
    const table = weightedTable([
      ['a', 3],
      ['b', 1],
    ]);
    expect(table.filter((item) => item === 'a').length / table.length).toBeCloseTo(0.75, 2);
  });
});
