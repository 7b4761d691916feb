import type { RateKey } from '../api';

/** Infections are a small share of a population: more decimals keep them readable. */
const DIGITS: Record<RateKey, number> = { admission: 1, cure: 1, infection: 4, death: 2 };

/** A rate as a percentage, or a dash when its denominator is 0. */
export function formatRate(key: RateKey, value: number | null): string {
  return value === null ? '—' : `${(value * 100).toFixed(DIGITS[key])}%`;
}

/** A rate as a percentage number for a chart (null leaves a gap). */
export const percent = (value: number | null) => (value === null ? null : Number((value * 100).toFixed(6)));
