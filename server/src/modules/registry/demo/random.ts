/**
 * Seeded randomness for the demo city: mulberry32, a 32-bit generator that is fast, tiny and good
 * enough for synthetic data. Never Math.random: the same seed must give the same city, byte for byte.
 * Only integer arithmetic and + - * / are used, so results do not depend on the platform's Math.log.
 */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** Integer in [min, max], both included. */
  between(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new RangeError('cannot pick from an empty list');
    return item;
  }

  /** Roughly normal around 0 with a standard deviation of 0.5 (sum of three uniforms), within ±1.5. */
  bell(): number {
    return this.next() + this.next() + this.next() - 1.5;
  }
}

/** Mixes a seed with stream labels (murmur3's finaliser per part), so each grid gets its own stream. */
export function mixSeed(seed: number, ...parts: number[]): number {
  let h = seed >>> 0;
  for (const part of [...parts, parts.length]) {
    h = Math.imul(h ^ (part >>> 0), 0x9e3779b1);
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
  }
  return h >>> 0;
}

/**
 * Expands weighted entries into a lookup table of about `size` slots, so a weighted pick is one
 * `pick(table)` instead of a search; weights are relative and need not sum to anything.
 */
export function weightedTable<T>(entries: readonly (readonly [T, number])[], size = 4096): T[] {
  const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
  const table: T[] = [];
  for (const [item, weight] of entries) {
    const slots = Math.max(1, Math.round((weight / total) * size));
    for (let i = 0; i < slots; i += 1) table.push(item);
  }
  return table;
}

/** Splits `total` into `parts` random counts, each within [min, max] whenever the total allows it. */
export function splitCounts(random: Random, total: number, parts: number, min: number, max: number): number[] {
  const low = Math.min(min, Math.floor(total / parts));
  const high = Math.max(max, Math.ceil(total / parts));
  const counts = Array.from({ length: parts }, () => random.between(low, high));
  let missing = total - counts.reduce((sum, count) => sum + count, 0);
  // Nudge random parts one by one until the sum is right; the bounds guarantee this ends.
  while (missing !== 0) {
    const i = random.int(parts);
    const count = counts[i] ?? 0;
    if (missing > 0 && count < high) {
      counts[i] = count + 1;
      missing -= 1;
    } else if (missing < 0 && count > low) {
      counts[i] = count - 1;
      missing += 1;
    }
  }
  return counts;
}
