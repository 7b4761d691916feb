import type { PassQuota } from '../protocol/document.ts';

const DAY_MS = 86_400_000;

/**
 * How much of a household's quota ("so many persons every so many days") a pass starting at `at` would
 * find used: the passes starting less than `everyDays` before or after it. Full when they are `persons`
 * or more; `nextAt` is then the earliest start at which enough of them have dropped out of the window.
 */
export function quotaUse(starts: Date[], quota: PassQuota, at: Date): { used: number; nextAt: Date | null } {
  const window = quota.everyDays * DAY_MS;
  const near = starts
    .map((s) => s.getTime())
    .filter((s) => Math.abs(s - at.getTime()) < window)
    .sort((a, b) => a - b);
  const blocking = near[near.length - quota.persons];
  return { used: near.length, nextAt: blocking === undefined ? null : new Date(blocking + window) };
}
