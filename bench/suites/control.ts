import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { buildUser } from '../../server/test/app.ts';
import { sessionCookie, startBenchApp } from '../lib/app.ts';
import { loadCity } from '../lib/city.ts';
import { benchHealthCheckEntry, seedQuarantines } from '../lib/control-checks.ts';
import { benchOfflineVerification, benchPassVerification, preparePasses } from '../lib/control-passes.ts';
import { benchFullRecompute, benchHealthStatusAfterArea } from '../lib/control-status.ts';
import { copyBaseline } from '../lib/copy-baseline.ts';
import type { BenchDatabase } from '../lib/database.ts';
import type { Metric } from '../lib/results.ts';

export interface ControlOptions {
  residents: number;
  /** Persons under centralized quarantine whose health checks are entered. */
  quarantines: number;
  /** Gates checking passes online at once, for `seconds`. */
  gates: number;
  seconds: number;
  /** Passes issued (one per household of a closed area): the tokens the gates present. */
  passes: number;
  /** Site staff phones posting health checks at once, and checks per request. */
  checkClients: number;
  checkBatch: number;
  /** Rows for the raw COPY baseline. */
  copyRows: number;
}

export const controlSizes: Record<'full' | 'tiny', ControlOptions> = {
  full: {
    residents: 1_000_000,
    quarantines: 20_000,
    gates: 50,
    seconds: 10,
    passes: 500,
    checkClients: 10,
    checkBatch: 100,
    copyRows: 1_000_000,
  },
  tiny: {
    residents: 3_000,
    quarantines: 200,
    gates: 5,
    seconds: 1,
    passes: 10,
    checkClients: 2,
    checkBatch: 20,
    copyRows: 2_000,
  },
};

const seconds = (ms: number) => +(ms / 1000).toFixed(3);

/** A new risk area over most of the city, the city recomputed; then nothing changed, the city recomputed. */
async function statusMetrics(database: BenchDatabase, o: ControlOptions): Promise<Metric[]> {
  const area = await benchHealthStatusAfterArea(database.db, { residents: o.residents });
  const full = await benchFullRecompute(database.db);
  return [
    { metric: 'health_status_after_area_s', value: seconds(area.designateAndRecomputeMs), unit: 's' },
    { metric: 'health_status_after_area_residents', value: area.residents, unit: 'residents' },
    { metric: 'health_status_after_area_changed', value: area.changed, unit: 'residents' },
    { metric: 'health_status_area_lifted_s', value: seconds(area.areaRecomputeMs), unit: 's' },
    { metric: 'health_status_area_lifted_residents', value: area.areaResidents, unit: 'residents' },
    { metric: 'health_status_area_lifted_changed', value: area.areaChanged, unit: 'residents' },
    { metric: 'health_status_full_recompute_s', value: seconds(full.ms), unit: 's' },
    { metric: 'health_status_full_recompute_residents', value: full.residents, unit: 'residents' },
    { metric: 'health_status_full_recompute_changed', value: full.changed, unit: 'residents' },
  ];
}

/** Passes checked online by concurrent gates over HTTP, and offline on the phone. */
async function passMetrics(database: BenchDatabase, base: string, o: ControlOptions): Promise<Metric[]> {
  const { tokens, cookie, publicKey } = await preparePasses(database.db, base, o.passes);
  const online = await benchPassVerification({
    baseUrl: base,
    cookie,
    tokens,
    concurrency: o.gates,
    seconds: o.seconds,
  });
  const offline = benchOfflineVerification(tokens, publicKey);
  return [
    { metric: 'pass_tokens', value: tokens.length, unit: 'passes' },
    { metric: 'pass_verify_gates', value: o.gates, unit: 'clients' },
    { metric: 'pass_verify_per_s', value: online.perSecond, unit: 'verifications/s' },
    { metric: 'pass_verify_p50_ms', value: online.p50Ms, unit: 'ms' },
    { metric: 'pass_verify_p99_ms', value: online.p99Ms, unit: 'ms' },
    { metric: 'pass_verify_errors', value: online.errors, unit: 'requests' },
    { metric: 'offline_verify_ms_per_token', value: offline.perTokenMs, unit: 'ms' },
  ];
}

/** One health check for each of `quarantines` persons at an isolation site, posted by the site's phones. */
async function checkMetrics(database: BenchDatabase, base: string, o: ControlOptions): Promise<Metric[]> {
  const { rows } = await sql<{ id: number }>`
    INSERT INTO place (code, type, name, grid_id, path)
    SELECT 'BENCH-SITE', 'isolation_site', '基准隔离点', id, path FROM region WHERE level_id = 5 ORDER BY id LIMIT 1
    RETURNING id`.execute(database.db);
  const quarantineIds = await seedQuarantines(database.db, o.quarantines, rows[0]?.id ?? 0);
  await buildUser(database.db, { username: 'bench-site-staff', roles: ['isolation_site_staff'], scopeAll: true });
  const entry = await benchHealthCheckEntry({
    baseUrl: base,
    cookie: await sessionCookie(base, 'bench-site-staff'),
    quarantineIds,
    concurrency: o.checkClients,
    batchSize: o.checkBatch,
  });
  return [
    { metric: 'health_check_persons', value: quarantineIds.length, unit: 'persons' },
    { metric: 'health_checks_per_s', value: entry.checksPerSecond, unit: 'checks/s' },
    { metric: `health_check_batch${o.checkBatch}_p50_ms`, value: entry.p50Ms, unit: 'ms' },
    { metric: `health_check_batch${o.checkBatch}_p99_ms`, value: entry.p99Ms, unit: 'ms' },
    { metric: 'health_check_errors', value: entry.errors, unit: 'checks' },
  ];
}

/**
 * Control measures at city scale: the health status of every resident recomputed after a new risk area,
 * passes verified by concurrent gates over HTTP and offline on the phone, and a round of health checks
 * for the persons in quarantine; beside the machine's raw COPY rate.
 */
export async function controlSuite(database: BenchDatabase, o: ControlOptions): Promise<Metric[]> {
  const dir = await mkdtemp(path.join(tmpdir(), 'fangkong-control-bench-'));
  try {
    await loadCity(database, o.residents, dir);
    const baseline = await copyBaseline(database.pool, o.copyRows);
    // Before the passes' area and the quarantines: the city's statuses are all green, and change for the area only.
    const status = await statusMetrics(database, o);
    const app = await startBenchApp(database);
    try {
      const passes = await passMetrics(database, app.base, o);
      const checks = await checkMetrics(database, app.base, o);
      return [{ metric: 'residents', value: o.residents, unit: 'rows' }, baseline, ...status, ...passes, ...checks];
    } finally {
      await app.close();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
