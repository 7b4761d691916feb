import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { from as copyFrom } from 'pg-copy-streams';
import { type Actor, systemActor } from '../../server/src/core/auth/actor.ts';
import { systemContext } from '../../server/src/core/audit/audit.ts';
import type { Db } from '../../server/src/core/db/database.ts';
import { generateDemoCity } from '../../server/src/modules/registry/demo/index.ts';
import { importHandler } from '../../server/src/modules/registry/import/kinds.ts';
import { runImport } from '../../server/src/modules/registry/import/runner.ts';
import { regionImport } from '../../server/src/modules/registry/regions.import.ts';
import { regionCounts, searchResidents } from '../../server/src/modules/registry/residents.service.ts';
import type { BenchDatabase } from '../lib/database.ts';
import { peakMemoryDuring } from '../lib/memory.ts';
import { type Metric, percentile } from '../lib/results.ts';

export interface RegistryOptions {
  residents: number;
  queries: number;
}

const csvCell = (value: string): string => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** The demo city's residents as a ledger CSV, written as it is generated (flat memory). */
async function writeLedger(
  file: string,
  residents: number,
): Promise<{ idNumbers: string[]; phones: string[]; names: string[] }> {
  const sample = { idNumbers: [] as string[], phones: [] as string[], names: [] as string[] };
  const rows = generateDemoCity({ residents, seed: 7 }).residents();
  async function* lines() {
    yield '姓名,身份证号,联系电话,网格编码,住址,特殊人群\n';
    let chunk = '';
    let i = 0;
    for (const r of rows) {
      // Keep every 997th resident as a search target (a fixed, spread-out sample).
      if (i++ % 997 === 0) {
        sample.idNumbers.push(r.idNumber);
        sample.names.push(r.name.slice(0, 2));
        if (r.phone) sample.phones.push(r.phone);
      }
      chunk +=
        [r.name, r.idNumber, r.phone ?? '', r.gridCode, r.householdAddress, r.tags.join('、')].map(csvCell).join(',') +
        '\n';
      if (chunk.length > 1 << 20) {
        yield chunk;
        chunk = '';
      }
    }
    yield chunk;
  }
  await pipeline(lines, createWriteStream(file));
  return sample;
}

/**
 * Two ceilings for the import, measured on the same file after it: the raw COPY rate into a bare table, and
 * the rate at which PostgreSQL alone moves those copied rows into the indexed household and resident tables
 * in two set-based statements (no parsing, no checks, one backend). Empties the registry tables to do so.
 */
async function ceilings(
  database: BenchDatabase,
  file: string,
  rows: number,
): Promise<{ copy: number; insert: number }> {
  const client = await database.pool.connect();
  const timed = async (work: () => Promise<unknown>) => {
    const started = performance.now();
    await work();
    return (performance.now() - started) / 1000;
  };
  try {
    await client.query(
      'CREATE UNLOGGED TABLE ledger_copy (name text, id_number text, phone text, grid_code text, address text, tags text)',
    );
    const copySeconds = await timed(() =>
      pipeline(createReadStream(file), client.query(copyFrom('COPY ledger_copy FROM STDIN (FORMAT csv, HEADER true)'))),
    );
    await client.query('ANALYZE ledger_copy');
    await client.query('TRUNCATE resident, household');
    const insertSeconds = await timed(async () => {
      await client.query(`
        INSERT INTO household (address, grid_id, path)
        SELECT DISTINCT ON (l.address) l.address, r.id, r.path FROM ledger_copy l JOIN region r ON r.code = l.grid_code
         ORDER BY l.address`);
      await client.query(`
        INSERT INTO resident (id_number, name, sex, birth_date, phone, household_id, grid_id, path, tags)
        SELECT l.id_number, l.name, CASE WHEN substr(l.id_number, 17, 1)::int % 2 = 1 THEN 'M' ELSE 'F' END,
               to_date(substr(l.id_number, 7, 8), 'YYYYMMDD'), l.phone, h.id, r.id, r.path,
               coalesce(string_to_array(l.tags, '、'), '{}')
          FROM ledger_copy l JOIN region r ON r.code = l.grid_code JOIN household h ON h.address = l.address`);
    });
    return { copy: rows / copySeconds, insert: rows / insertSeconds };
  } finally {
    await client.query('DROP TABLE IF EXISTS ledger_copy');
    client.release();
  }
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
    const city = generateDemoCity({ residents: options.residents, seed: 7 });
    await database.db.transaction().execute((trx) =>
      regionImport.write(
        trx,
        systemActor,
        city.regions.map((input, i) => ({ row: i + 2, input })),
      ),
    );
    const file = path.join(dir, 'residents.csv');
    const sample = await writeLedger(file, options.residents);
    const { result, peakMb } = await peakMemoryDuring(() =>
      runImport(database.db, systemActor, systemContext, {
        kind: 'residents',
        file,
        handler: importHandler('residents'),
      }),
    );
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
    // Last: it empties the tables the searches above ran on.
    const ceiling = await ceilings(database, file, options.residents);
    return [
      { metric: 'residents', value: options.residents, unit: 'rows' },
      { metric: 'import_rows_per_s', value: Math.round(importRate), unit: 'rows/s' },
      { metric: 'baseline_copy_rows_per_s', value: Math.round(ceiling.copy), unit: 'rows/s' },
      { metric: 'import_vs_copy', value: +(importRate / ceiling.copy).toFixed(3), unit: 'ratio' },
      { metric: 'db_set_insert_rows_per_s', value: Math.round(ceiling.insert), unit: 'rows/s' },
      { metric: 'import_vs_db_set_insert', value: +(importRate / ceiling.insert).toFixed(3), unit: 'ratio' },
      { metric: 'import_rejected', value: result.rejected, unit: 'rows' },
      { metric: 'import_peak_rss', value: peakMb, unit: 'MB' },
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
