/**
 * The sampling schedule of a school (按比例轮换采样): every day `percent` of each class is tested, in turn, so
 * that every student is tested once in each cycle of `floor(100 / percent)` days (20% → every 5 days, 30% →
 * every 3 days, 100% → daily). A class's seats 1…size are cut into `cycle` consecutive groups whose sizes
 * differ by at most one; day k of the cycle — days since the schedule began, modulo the cycle — tests group
 * k. A class smaller than the cycle has days without anyone to test. Plain data in, plain data out: the rule
 * is tested on its own (sampling.test.ts).
 */
export interface ClassGroup {
  /** 1-based group of the cycle tested on the day. */
  group: number;
  /** Seats (学号) from…to, inclusive; count 0 (from > to) on a day the class has nobody due. */
  from: number;
  to: number;
  count: number;
}

/** Days in one round of the rotation for a daily share of `percent` (1…100). */
export function samplingCycle(percent: number): number {
  if (!Number.isInteger(percent) || percent < 1 || percent > 100) throw new RangeError(`percent ${percent}`);
  return Math.floor(100 / percent);
}

/** Whole days from `start` to `day` (YYYY-MM-DD), negative before the start. */
export function daysBetween(start: string, day: string): number {
  return Math.round((Date.parse(`${day}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / 86_400_000);
}

/** The day's place in the cycle (0-based), also for days before the schedule began. */
export function dayOfCycle(start: string, day: string, cycle: number): number {
  return ((daysBetween(start, day) % cycle) + cycle) % cycle;
}

/** The seats of a class of `size` tested on day `k` (0-based) of a cycle of `cycle` days. */
export function classGroup(size: number, cycle: number, k: number): ClassGroup {
  const from = Math.floor((k * size) / cycle) + 1;
  const to = Math.floor(((k + 1) * size) / cycle);
  return { group: k + 1, from, to, count: Math.max(to - from + 1, 0) };
}
