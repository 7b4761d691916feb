import { percentile } from './results.ts';
import type { Call } from './app.ts';

function* batchesOf<T>(items: Iterable<T>, size: number): Generator<T[]> {
  let batch: T[] = [];
  for (const item of items) {
    batch.push(item);
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

export interface BatchPosting {
  /** The body field holding the rows, e.g. "scans". */
  field: string;
  /** Rows per request. */
  size: number;
  clients: number;
  /** Persons whose rows are posted, split evenly between the clients. */
  persons: number;
}

/**
 * Posts the rows of persons [0, persons) to `url` in batches, each client its own share from its own loop,
 * all at once: rows stored, failed requests (or requests with a rejected row), seconds, and the p50 and p95
 * batch latencies in ms.
 */
export async function postBatches(
  call: Call,
  url: string,
  o: BatchPosting,
  rowsOf: (fromPerson: number, toPerson: number) => Iterable<object>,
) {
  const latencies: number[] = [];
  let stored = 0;
  let errors = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: o.clients }, async (_, c) => {
      const rows = rowsOf(Math.floor((c * o.persons) / o.clients), Math.floor(((c + 1) * o.persons) / o.clients));
      for (const batch of batchesOf(rows, o.size)) {
        const t0 = performance.now();
        const response = await call('POST', url, { [o.field]: batch });
        const outcome = (await response.json()) as { stored?: number; rejected?: unknown[] };
        latencies.push(performance.now() - t0);
        stored += outcome.stored ?? 0;
        if (response.status !== 200 || (outcome.rejected?.length ?? 1) > 0) errors += 1;
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  return {
    stored,
    errors,
    seconds: (performance.now() - started) / 1000,
    p50: +percentile(latencies, 50).toFixed(1),
    p95: +percentile(latencies, 95).toFixed(1),
  };
}
