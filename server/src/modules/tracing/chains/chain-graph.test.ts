import { describe, expect, it } from 'vitest';
import { components, generations, keptClusters } from './chain-graph.ts';

const links = (pairs: [number, number][]) => ({
  from: Int32Array.from(pairs, ([f]) => f),
  to: Int32Array.from(pairs, ([, t]) => t),
});

describe('chain components', () => {
  it('should group cases linked either way and leave unlinked ones alone', () => {
    const { from, to } = links([
      [0, 1],
      [2, 1],
      [3, 4],
    ]);
    const { of, count } = components(6, from, to);
    expect(count).toBe(3);
    expect(of[0]).toBe(of[1]);
    expect(of[2]).toBe(of[1]);
    expect(of[3]).toBe(of[4]);
    expect(new Set([of[0], of[3], of[5]]).size).toBe(3);
  });
});

describe('generations', () => {
  it('should count 1 for a case nobody links to and 1 + the latest case linking to it otherwise', () => {
    // 0 → 1 → 2, and 0 → 2 directly: 2 is of the third generation through 1.
    const { from, to } = links([
      [0, 1],
      [1, 2],
      [0, 2],
    ]);
    expect([...generations(3, from, to)]).toEqual([1, 2, 3]);
  });

  it('should cut a cycle at its earliest case reached from outside it', () => {
    // 0 → 1 ⇄ 2 → 3: the cycle is entered at 1 (reached from 0).
    const { from, to } = links([
      [0, 1],
      [1, 2],
      [2, 1],
      [2, 3],
    ]);
    expect([...generations(4, from, to)]).toEqual([1, 2, 3, 4]);
  });

  it('should start a cycle nobody enters at its earliest case', () => {
    // 0 ⇄ 1, and 1 → 2; case 0 has the earliest onset.
    const { from, to } = links([
      [1, 0],
      [0, 1],
      [1, 2],
    ]);
    expect([...generations(3, from, to)]).toEqual([1, 2, 3]);
  });
});

describe('which cluster a component keeps', () => {
  const large = () => true;

  it('should keep the cluster most of its cases hold, the oldest on a tie', () => {
    const component = Int32Array.from([0, 0, 0, 0]);
    expect(keptClusters(component, [9, 9, 7, 7], large).kept.get(0)).toBe(7);
    expect(keptClusters(component, [9, 9, 9, 7], large).kept.get(0)).toBe(9);
  });

  it('should give a split cluster to the part holding most of it and a new one to the other', () => {
    const component = Int32Array.from([0, 0, 0, 1, 1, 2]);
    const { kept, fresh } = keptClusters(component, [4, 4, 4, 4, 4, null], (c) => c !== 2);
    expect(kept).toEqual(new Map([[0, 4]]));
    expect(fresh).toEqual([1]);
  });
});
