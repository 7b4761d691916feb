import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface Metric {
  metric: string;
  value: number;
  unit: string;
}

export const resultsDir = path.resolve(import.meta.dirname, '../results');

/** bench/results/<suite>.json: one {"metric","value","unit"} object per line. */
export async function writeResults(suite: string, metrics: Metric[], dir = resultsDir): Promise<string> {
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `${suite}.json`);
  await writeFile(file, metrics.map((m) => JSON.stringify(m)).join('\n') + '\n');
  return file;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

export function median(values: number[]): number {
  return percentile(
    [...values].sort((a, b) => a - b),
    50,
  );
}

/** Runs `work` `rounds` times and returns the median rate (count / seconds) — the machine is noisy. */
export async function medianRate(rounds: number, count: number, work: () => Promise<void>): Promise<number> {
  const rates: number[] = [];
  for (let i = 0; i < rounds; i += 1) {
    const started = performance.now();
    await work();
    rates.push(count / ((performance.now() - started) / 1000));
  }
  return median(rates);
}

/** How long `work` took, in ms, and what it gave. */
export async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await work();
  return { ms: performance.now() - started, value };
}
