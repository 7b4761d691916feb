import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { loadConfig } from '../../server/src/core/config.ts';
import type { Db } from '../../server/src/core/db/database.ts';
import { insertQuarantines } from '../../server/src/modules/quarantine/checks/checks.test-support.ts';
import { percentile } from './results.ts';

export interface HealthCheckEntryOptions {
  /** The server's origin, e.g. http://127.0.0.1:3000 (the API lies under /api/v1). */
  baseUrl: string;
  /** The Cookie header of a user who may record checks (healthcheck.record) over the quarantines. */
  cookie: string;
  quarantineIds: number[];
  /** Requests in flight at once (site staff phones posting at the same time). */
  concurrency: number;
  /** Checks per request (the API takes up to 500). */
  batchSize: number;
}

export interface HealthCheckEntryResult {
  checksPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Requests that failed, plus checks a request refused. */
  errors: number;
}

/** A normal morning round: 36.0–37.1 °C, no fever (a fever would add an alert per check). */
const checkOf = (quarantineId: number) => ({
  checkId: randomUUID(),
  quarantineId,
  temperature: 36 + (quarantineId % 12) / 10,
  symptoms: [],
});

/**
 * Health-check entry over HTTP: one check for each quarantine, in batches posted by `concurrency` clients
 * at once, stored in the current slot. Checks stored per second overall, and the batch latencies. A second
 * run in the same slot is refused (slot already recorded): seed new quarantines or wait for the next slot.
 */
export async function benchHealthCheckEntry(opts: HealthCheckEntryOptions): Promise<HealthCheckEntryResult> {
  const batches: number[][] = [];
  for (let i = 0; i < opts.quarantineIds.length; i += opts.batchSize) {
    batches.push(opts.quarantineIds.slice(i, i + opts.batchSize));
  }
  const latencies: number[] = [];
  let stored = 0;
  let errors = 0;
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: opts.concurrency }, async () => {
      for (let batch = batches[next++]; batch; batch = batches[next++]) {
        const t0 = performance.now();
        const response = await fetch(`${opts.baseUrl}/api/v1/health-checks`, {
          method: 'POST',
          headers: { cookie: opts.cookie, 'content-type': 'application/json' },
          body: JSON.stringify({ checks: batch.map(checkOf) }),
        });
        const outcome = (await response.json()) as { stored?: number; rejected?: number };
        latencies.push(performance.now() - t0);
        stored += outcome.stored ?? 0;
        errors += response.status === 200 ? (outcome.rejected ?? 0) : 1;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((x, y) => x - y);
  return {
    checksPerSecond: Math.round(stored / seconds),
    p50Ms: +percentile(latencies, 50).toFixed(1),
    p99Ms: +percentile(latencies, 99).toFixed(1),
    errors,
  };
}

/**
 * Puts `n` residents not yet in quarantine under centralized quarantine at `siteId` (a room each), started
 * a day ago, with set-based SQL: 20,000 in a few seconds. Returns the quarantine ids.
 */
export async function seedQuarantines(db: Db, n: number, siteId: number): Promise<number[]> {
  const { rows } = await sql<{ id: number }>`
    SELECT r.id FROM resident r
     WHERE NOT EXISTS (SELECT 1 FROM quarantine q WHERE q.resident_id = r.id AND q.status = 'active')
     ORDER BY r.id LIMIT ${n}`.execute(db);
  if (rows.length < n) throw new Error(`only ${rows.length} residents are free to quarantine, ${n} wanted`);
  return insertQuarantines(db, {
    residentIds: rows.map((r) => r.id),
    siteId,
    startsAt: new Date(Date.now() - 86_400_000),
    timeZone: loadConfig().timeZone,
    schedule: false,
  });
}
