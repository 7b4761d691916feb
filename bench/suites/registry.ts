import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Actor, systemActor } from '../../server/src/core/auth/actor.ts';
import type { Db } from '../../server/src/core/db/database.ts';
import { regionCounts, searchResidents } from '../../server/src/modules/registry/residents.service.ts';
import { loadLedgerSetBased, loadRegions, writeLedger } from '../lib/city.ts';
import type { BenchDatabase } from '../lib/database.ts';
import { importInChildProcess } from '../lib/import-process.ts';
import { type Metric, percentile } from '../lib/results.ts';

export interface RegistryOptions {
  residents: number;
  queries: number;
}

async function latencies(count: number, query: (i: number) => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const started = performance.now();
    await query(i);
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b);
}

async function districtActor(db: Db): Promise<Actor> {
  const district = await db
    .selectFrom('region')
    .select(['id', 'path'])
    .where('level_id', '=', 2)
    .orderBy('id')
    .executeTakeFirstOrThrow();
  return { ...systemActor, scopeAll: false, scopePaths: [district.path], regionIds: [district.id] };
}

/**
 * Registry at city scale: N residents generated to a CSV ledger, imported through the real import path;
 * the raw COPY rate of the same file as the baseline; search and tree-count latencies; peak memory.
 */
export async function registrySuite(database: BenchDatabase, options: RegistryOptions): Promise<Metric[]> {
  const dir = await mkdtemp(path.join(tmpdir(), 'fangkong-registry-bench-'));
  try {
    await loadRegions(database.db, options.residents);
    const file = path.join(dir, 'residents.csv');
    const sample = await writeLedger(file, options.residents);
    const result = await importInChildProcess(database.url, file);
    const importRate = result.rowsPerSecond;
    const district = await districtActor(database.db);
    const search = (actor: Actor, i: number) => {
      const kind = i % 3;
      const pick = <T>(list: T[]): T | undefined => list[i % Math.max(1, list.length)];
      const query =
        kind === 0
          ? { q: pick(sample.names) }
          : kind === 1
            ? { idNumber: pick(sample.idNumbers) }
            : { phone: pick(sample.phones) };
      return searchResidents(database.db, actor, { ...query, page: 1, pageSize: 20 });
    };
    const cityTimes = await latencies(options.queries, (i) => search(systemActor, i));
    const districtTimes = await latencies(options.queries, (i) => search(district, i));
    const countTimes = await latencies(Math.min(100, options.queries), (i) =>
      regionCounts(database.db, i % 2 ? systemActor : district),
    );
    // Last: it empties the tables the searches above ran on and fills them again set-based.
    const client = await database.pool.connect();
    const load = await loadLedgerSetBased(client, file).finally(() => client.release());
    const ceiling = { copy: options.residents / load.copySeconds, insert: options.residents / load.insertSeconds };
    return [
      { metric: 'residents', value: options.residents, unit: 'rows' },
      { metric: 'import_rows_per_s', value: Math.round(importRate), unit: 'rows/s' },
      { metric: 'baseline_copy_rows_per_s', value: Math.round(ceiling.copy), unit: 'rows/s' },
      { metric: 'import_vs_copy', value: +(importRate / ceiling.copy).toFixed(3), unit: 'ratio' },
      { metric: 'db_set_insert_rows_per_s', value: Math.round(ceiling.insert), unit: 'rows/s' },
      { metric: 'import_vs_db_set_insert', value: +(importRate / ceiling.insert).toFixed(3), unit: 'ratio' },
      { metric: 'import_rejected', value: result.rejected, unit: 'rows' },
      { metric: 'import_peak_rss', value: result.peakMb, unit: 'MB' },
      { metric: 'search_city_p50', value: +percentile(cityTimes, 50).toFixed(2), unit: 'ms' },
      { metric: 'search_city_p95', value: +percentile(cityTimes, 95).toFixed(2), unit: 'ms' },
      { metric: 'search_district_p50', value: +percentile(districtTimes, 50).toFixed(2), unit: 'ms' },
      { metric: 'search_district_p95', value: +percentile(districtTimes, 95).toFixed(2), unit: 'ms' },
      { metric: 'region_counts_p50', value: +percentile(countTimes, 50).toFixed(2), unit: 'ms' },
      { metric: 'region_counts_p95', value: +percentile(countTimes, 95).toFixed(2), unit: 'ms' },
    ];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
