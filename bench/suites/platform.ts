import { sql } from 'kysely';
import { appendAudit, systemContext } from '../../server/src/core/audit/audit.ts';
import { verifyAuditChain } from '../../server/src/core/audit/verify.ts';
import type { Db } from '../../server/src/core/db/database.ts';
import { buildUser, testPassword } from '../../server/test/app.ts';
import { startBenchApp } from '../lib/app.ts';
import { copyBaseline } from '../lib/copy-baseline.ts';
import type { BenchDatabase } from '../lib/database.ts';
import { runLoad } from '../lib/load.ts';
import { type Metric, medianRate } from '../lib/results.ts';

export interface PlatformOptions {
  /** Rows for the COPY baseline. */
  copyRows: number;
  /** Audit entries per measured round. */
  auditEntries: number;
  /** Branching factor of the synthetic tree (districts, streets per district, …): fanout^4 grids. */
  fanout: number;
  requests: number;
}

export const platformSizes: Record<'full' | 'tiny', PlatformOptions> = {
  full: { copyRows: 1_000_000, auditEntries: 2_000, fanout: 10, requests: 20_000 },
  tiny: { copyRows: 2_000, auditEntries: 20, fanout: 2, requests: 50 },
};

/** city → fanout districts → … → fanout^4 grids, level by level (the path trigger fills paths). */
async function buildTree(db: Db, fanout: number): Promise<void> {
  await sql`INSERT INTO region (parent_id, level_id, code, name) VALUES (NULL, 1, 'C', '基准市')`.execute(db);
  for (let level = 2; level <= 5; level += 1) {
    await sql`INSERT INTO region (parent_id, level_id, code, name)
      SELECT p.id, ${level}, p.code || '-' || n, p.name || '/' || n
        FROM region p CROSS JOIN generate_series(1, ${fanout}) n WHERE p.level_id = ${level - 1}`.execute(db);
  }
}

async function idsOfLevel(db: Db, level: number): Promise<number[]> {
  return (await db.selectFrom('region').select('id').where('level_id', '=', level).orderBy('id').execute()).map(
    (r) => r.id,
  );
}

async function auditMetrics(db: Db, entries: number): Promise<Metric[]> {
  const append = (i: number) =>
    appendAudit(db, systemContext, { action: 'bench.append', entity: 'bench', entityId: i, summary: { i } });
  const serial = await medianRate(3, entries, async () => {
    for (let i = 0; i < entries; i += 1) await append(i);
  });
  const concurrent = await medianRate(3, entries, async () => {
    await Promise.all(Array.from({ length: entries }, (_, i) => append(i)));
  });
  const started = performance.now();
  const report = await verifyAuditChain(db);
  const verifySeconds = (performance.now() - started) / 1000;
  return [
    { metric: 'audit_append_serial', value: Math.round(serial), unit: 'entries/s' },
    { metric: 'audit_append_concurrent_20_conns', value: Math.round(concurrent), unit: 'entries/s' },
    { metric: 'audit_verify', value: Math.round(report.checked / verifySeconds), unit: 'rows/s' },
  ];
}

/** Signed-in requests over real HTTP on loopback: session lookup, permission and jurisdiction filter. */
async function httpMetrics(database: BenchDatabase, options: PlatformOptions): Promise<Metric[]> {
  const [district] = await idsOfLevel(database.db, 2);
  const grids = await idsOfLevel(database.db, 5);
  await buildUser(database.db, { username: 'bench-commander', roles: ['commander'], regionIds: [district ?? 0] });
  const { base, close } = await startBenchApp(database);
  try {
    const login = () =>
      fetch(`${base}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'bench-commander', password: testPassword }),
      });
    const logins = await runLoad(Math.max(10, options.requests / 500), 2, async () => (await login()).ok);
    const cookie = (await login()).headers.get('set-cookie')?.split(';')[0] ?? '';
    const get = async (url: string) => (await fetch(base + url, { headers: { cookie } })).status;
    const reads = await runLoad(options.requests, 16, async (i) =>
      [200, 404].includes(await get(`/api/v1/regions/${grids[i % grids.length]}`)),
    );
    const searches = await runLoad(
      Math.max(20, options.requests / 20),
      8,
      async (i) => (await get(`/api/v1/regions?q=${encodeURIComponent(String(i % 10))}`)) === 200,
    );
    return [
      { metric: 'login_argon2id', value: Math.round(logins.requestsPerSecond), unit: 'logins/s' },
      { metric: 'region_read_scoped', value: Math.round(reads.requestsPerSecond), unit: 'requests/s' },
      { metric: 'region_read_scoped_p50', value: +reads.p50Ms.toFixed(2), unit: 'ms' },
      { metric: 'region_read_scoped_p95', value: +reads.p95Ms.toFixed(2), unit: 'ms' },
      { metric: 'region_search_scoped_p95', value: +searches.p95Ms.toFixed(2), unit: 'ms' },
      { metric: 'http_errors', value: logins.errors + reads.errors + searches.errors, unit: 'requests' },
      { metric: 'regions_in_tree', value: grids.length, unit: 'grids' },
    ];
  } finally {
    await close();
  }
}

/** The foundation's costs: audit appends, sign-in, scoped reads; against the raw COPY rate. */
export async function platformSuite(database: BenchDatabase, options: PlatformOptions): Promise<Metric[]> {
  const baseline = await copyBaseline(database.pool, options.copyRows);
  await buildTree(database.db, options.fanout);
  return [
    baseline,
    ...(await auditMetrics(database.db, options.auditEntries)),
    ...(await httpMetrics(database, options)),
  ];
}
