import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Metric } from './results.ts';

function* narrowRows(count: number): Generator<string> {
  const chunk: string[] = [];
  for (let i = 1; i <= count; i += 1) {
    chunk.push(`${i}\t430203199001011234\t张三${i % 1000}\t1380000${String(i % 10000).padStart(4, '0')}\n`);
    if (chunk.length === 10_000) yield chunk.splice(0).join('');
  }
  if (chunk.length) yield chunk.join('');
}

/**
 * The machine's raw PostgreSQL COPY rate: `rows` narrow rows into a bare unlogged-free, index-free
 * table — the ceiling every ingest path is reported against.
 */
export async function copyBaseline(pool: pg.Pool, rows: number): Promise<Metric> {
  const client = await pool.connect();
  try {
    await client.query('CREATE TEMP TABLE copy_baseline (id bigint, id_number text, name text, phone text)');
    const started = performance.now();
    await pipeline(Readable.from(narrowRows(rows)), client.query(copyFrom('COPY copy_baseline FROM STDIN')));
    const seconds = (performance.now() - started) / 1000;
    await client.query('DROP TABLE copy_baseline');
    return { metric: 'baseline_copy_rows_per_s', value: Math.round(rows / seconds), unit: 'rows/s' };
  } finally {
    client.release();
  }
}
