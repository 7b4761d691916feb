import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { sql } from 'kysely';
import { from as copyFrom } from 'pg-copy-streams';
import { buildUser } from '../../server/test/app.ts';
import { signedIn, startBenchApp } from '../lib/app.ts';
import { loadCity } from '../lib/city.ts';
import type { BenchDatabase } from '../lib/database.ts';
import { type Metric, percentile } from '../lib/results.ts';

export interface TestingOptions {
  residents: number;
  /** Sampling tables posting at once, each from its own loop. */
  clients: number;
  /** Scans per request of the loaded tables. */
  batch: number;
  /** Latency probes (50-scan batches) and reconciliation queries measured. */
  probes: number;
  /** Share of the residents the tables sample (1: the whole round; less, to measure a big city in less time). */
  share?: number;
}

export const testingSizes: Record<'full' | 'tiny', TestingOptions> = {
  full: { residents: 1_000_000, clients: 8, batch: 1_000, probes: 100 },
  tiny: { residents: 3_000, clients: 2, batch: 110, probes: 5 },
};

const POOL = 10;
// One resident in twenty stays unsampled, so the missing lists have names in them.
const SKIP_EVERY = 20;

/** ID numbers of residents with ids in [from, to), page by page (flat memory at 10 M). */
async function* idNumbersBetween(database: BenchDatabase, from: number, to: number): AsyncGenerator<string[]> {
  for (let after = from - 1; after < to - 1;) {
    const { rows } = await sql<{ id: number; id_number: string }>`
      SELECT id, id_number FROM resident WHERE id > ${after} AND id < ${to} ORDER BY id LIMIT 20000`.execute(
      database.db,
    );
    if (rows.length === 0) return;
    yield rows.filter((r) => r.id % SKIP_EVERY !== 0).map((r) => r.id_number);
    after = rows.at(-1)?.id ?? to;
  }
}

/** A table's events for these persons: tubes of POOL, each closed after its last person. */
function tubeEvents(prefix: string, persons: string[], at: string) {
  const events: { scanId: string; kind: 'sample' | 'seal'; tube: string; person?: string; at: string }[] = [];
  for (let i = 0; i < persons.length; i += POOL) {
    const tube = `${prefix}-${i / POOL}`;
    for (const person of persons.slice(i, i + POOL))
      events.push({ scanId: randomUUID(), kind: 'sample', tube, person, at });
    events.push({ scanId: randomUUID(), kind: 'seal', tube, at });
  }
  return events;
}

async function prepare(database: BenchDatabase, options: TestingOptions, dir: string) {
  const { city, grid } = await loadCity(database, options.residents, dir);
  await sql`
    INSERT INTO place (code, type, name, grid_id, path)
    SELECT 'BENCH-SP-' || n, 'sampling_point', '基准采样点' || n, ${grid.id}, ${grid.path}::ltree
      FROM generate_series(1, ${options.clients + 1}) n`.execute(database.db);
  const points = (
    await database.db.selectFrom('place').select('id').where('type', '=', 'sampling_point').orderBy('id').execute()
  ).map((p) => p.id);
  await buildUser(database.db, { username: 'bench-office', roles: ['testing_staff'], scopeAll: true });
  await buildUser(database.db, { username: 'bench-sampler', roles: ['sampler'], regionIds: [city.id] });
  await buildUser(database.db, { username: 'bench-lab', roles: ['lab_staff'], regionIds: [city.id] });
  return { city, points };
}

/** The raw COPY rate of the same sample rows into a table with test_sample's indexes. */
async function sampleCopyBaseline(database: BenchDatabase, rows: number): Promise<number> {
  const client = await database.pool.connect();
  try {
    await client.query(`CREATE TABLE sample_copy (campaign_id bigint NOT NULL, scan_id uuid NOT NULL, tube_id bigint NOT NULL,
      resident_id bigint NOT NULL, grid_id bigint NOT NULL, collected_at timestamptz NOT NULL,
      stored_at timestamptz NOT NULL DEFAULT now(), collected_by bigint, PRIMARY KEY (campaign_id, scan_id))`);
    await client.query('CREATE INDEX ON sample_copy (tube_id)');
    const at = new Date().toISOString();
    async function* lines() {
      for (let i = 0; i < rows; i += 10_000) {
        let chunk = '';
        for (let j = i; j < Math.min(rows, i + 10_000); j += 1)
          chunk += `1\t${randomUUID()}\t${Math.floor(j / POOL)}\t${j}\t${j % 5000}\t${at}\t\\N\n`;
        yield chunk;
      }
    }
    const started = performance.now();
    await pipeline(
      Readable.from(lines()),
      client.query(
        copyFrom(
          'COPY sample_copy (campaign_id, scan_id, tube_id, resident_id, grid_id, collected_at, collected_by) FROM STDIN',
        ),
      ),
    );
    return rows / ((performance.now() - started) / 1000);
  } finally {
    await client.query('DROP TABLE IF EXISTS sample_copy');
    client.release();
  }
}

async function timedCalls(count: number, call: (i: number) => Promise<number>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const started = performance.now();
    const status = await call(i);
    if (status !== 200) throw new Error(`probe answered ${status}`);
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b);
}

/**
 * A whole round: `clients` tables post their scans over HTTP at once (pool 10, every tube closed), while a
 * probe table sends 50-scan batches; then a lab uploads every tube's result with 0.1% positive pools; then
 * the reconciliation reads. Against the raw COPY rate of the same rows into an equally indexed table.
 */
export async function testingSuite(database: BenchDatabase, options: TestingOptions): Promise<Metric[]> {
  const dir = await mkdtemp(path.join(tmpdir(), 'fangkong-testing-bench-'));
  const app = await startBenchApp(database);
  try {
    const { city, points } = await prepare(database, options, dir);
    const office = await signedIn(app.base, 'bench-office');
    const sampler = await signedIn(app.base, 'bench-sampler');
    const lab = await signedIn(app.base, 'bench-lab');
    const created = await office('POST', '/testing/campaigns', {
      name: '基准轮次',
      regionIds: [city.id],
      poolSize: POOL,
      startsAt: new Date(Date.now() - 3_600_000).toISOString(),
      endsAt: new Date(Date.now() + 86_400_000).toISOString(),
      points: points.map((placeId) => ({ placeId, tables: 1, opensAt: '00:00', closesAt: '23:59' })),
    });
    const campaignId = ((await created.json()) as { campaign: { id: number } }).campaign.id;
    const at = new Date().toISOString();
    const probeShare = Math.max(500, Math.floor(options.residents / 50));
    const loaded = options.residents - probeShare;
    const slice = Math.ceil((loaded * (options.share ?? 1)) / options.clients);
    let errors = 0;
    const post = async (placeId: number, events: unknown[]) => {
      const response = await sampler('POST', '/testing/scans', { campaignId, placeId, tableNo: 1, events });
      const outcome = (await response.json()) as { rejected: number };
      if (response.status !== 200 || outcome.rejected > 0) errors += 1;
    };
    const started = performance.now();
    let loading = true;
    const probe = (async () => {
      const times: number[] = [];
      const placeId = points.at(-1) ?? 0;
      let pageNo = 0;
      for await (const page of idNumbersBetween(database, loaded + 1, options.residents + 1)) {
        pageNo += 1;
        for (let i = 0; i + 45 <= page.length && loading; i += 45) {
          const t0 = performance.now();
          // 45 samples + 5 seals = 50 scans, in tubes named by page and offset (a name never comes back).
          await post(placeId, tubeEvents(`P${pageNo}-${i}`, page.slice(i, i + 45), at));
          times.push(performance.now() - t0);
        }
      }
      return times.sort((a, b) => a - b);
    })();
    await Promise.all(
      Array.from({ length: options.clients }, async (_, k) => {
        let tubes = 0;
        for await (const page of idNumbersBetween(database, k * slice + 1, Math.min(loaded, (k + 1) * slice) + 1)) {
          const perRequest = Math.floor(options.batch / (POOL + 1)) * POOL;
          for (let i = 0; i < page.length; i += perRequest) {
            const persons = page.slice(i, i + perRequest);
            await post(points[k] ?? 0, tubeEvents(`C${k}-${tubes}`, persons, at));
            tubes += 1;
          }
        }
      }),
    );
    const loadSeconds = (performance.now() - started) / 1000;
    loading = false;
    const probeTimes = await probe;
    // Seals are stored scans too; the rate counts persons sampled.
    const { rows } = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM test_sample WHERE campaign_id = ${campaignId}`.execute(database.db);
    const samples = rows[0]?.n ?? 0;
    const samplesPerSecond = samples / loadSeconds;

    // The lab: every tube resulted, 0.1% of them positive, 10,000 results a request.
    const tubes = (
      await database.db
        .selectFrom('test_tube')
        .select('barcode')
        .where('campaign_id', '=', campaignId)
        .orderBy('id')
        .execute()
    ).map((t) => t.barcode);
    const labStarted = performance.now();
    const cascadeTimes: number[] = [];
    let resampleTasks = 0;
    for (let i = 0; i < tubes.length; i += 10_000) {
      const results = tubes
        .slice(i, i + 10_000)
        .map((tube, j) => ({ tube, result: (i + j) % 1000 === 0 ? 'positive' : 'negative' }));
      const t0 = performance.now();
      const response = await lab('POST', '/testing/results', { results });
      const outcome = (await response.json()) as { resampleTasks: number; positivePools: number };
      if (outcome.positivePools > 0) cascadeTimes.push(performance.now() - t0);
      resampleTasks += outcome.resampleTasks;
    }
    const labSeconds = (performance.now() - labStarted) / 1000;

    const grids = (
      await database.db.selectFrom('region').select('id').where('level_id', '=', 5).orderBy('id').execute()
    ).map((g) => g.id);
    const coverageTimes = await timedCalls(
      options.probes,
      async () => (await office('GET', `/testing/campaigns/${campaignId}/coverage`)).status,
    );
    const missingTimes = await timedCalls(
      options.probes,
      async (i) =>
        (await office('GET', `/testing/campaigns/${campaignId}/missing?gridId=${grids[i % grids.length]}&pageSize=50`))
          .status,
    );
    const copyRate = await sampleCopyBaseline(database, samples);
    cascadeTimes.sort((a, b) => a - b);
    return [
      { metric: 'residents', value: options.residents, unit: 'rows' },
      { metric: 'sampled_share', value: options.share ?? 1, unit: 'ratio' },
      { metric: 'samples_stored', value: samples, unit: 'rows' },
      { metric: 'samples_per_s_http', value: Math.round(samplesPerSecond), unit: 'samples/s' },
      { metric: 'baseline_copy_rows_per_s', value: Math.round(copyRate), unit: 'rows/s' },
      { metric: 'samples_vs_copy', value: +(samplesPerSecond / copyRate).toFixed(3), unit: 'ratio' },
      { metric: 'batch50_p50', value: +percentile(probeTimes, 50).toFixed(1), unit: 'ms' },
      { metric: 'batch50_p99', value: +percentile(probeTimes, 99).toFixed(1), unit: 'ms' },
      { metric: 'scan_request_errors', value: errors, unit: 'requests' },
      { metric: 'results_tubes', value: tubes.length, unit: 'tubes' },
      { metric: 'results_all_s', value: +labSeconds.toFixed(2), unit: 's' },
      { metric: 'results_per_s', value: Math.round(tubes.length / labSeconds), unit: 'tubes/s' },
      { metric: 'positive_cascade_request_max', value: +(cascadeTimes.at(-1) ?? 0).toFixed(1), unit: 'ms' },
      { metric: 'resample_tasks', value: resampleTasks, unit: 'tasks' },
      { metric: 'coverage_city_p95', value: +percentile(coverageTimes, 95).toFixed(2), unit: 'ms' },
      { metric: 'missing_grid_p95', value: +percentile(missingTimes, 95).toFixed(2), unit: 'ms' },
    ];
  } finally {
    await app.close();
    await rm(dir, { recursive: true, force: true });
  }
}
