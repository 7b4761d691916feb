import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { type DatabaseHandle, openDatabase } from '../../server/src/core/db/database.ts';
import { startEmbeddedPostgres } from '../../server/src/core/db/embedded.ts';
import { migrate } from '../../server/src/core/db/migrate.ts';

export interface BenchDatabase extends DatabaseHandle {
  url: string;
  dispose(): Promise<void>;
}

function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

/**
 * A fresh, migrated database for one bench run: on DATABASE_URL's server, or on an embedded cluster in a
 * temporary folder (the same PostgreSQL the platform runs on by default).
 */
export async function openBenchDatabase(): Promise<BenchDatabase> {
  const dataDir = process.env.DATABASE_URL ? null : await mkdtemp(path.join(tmpdir(), 'fangkong-bench-'));
  const cluster = dataDir ? await startEmbeddedPostgres(dataDir) : null;
  const serverUrl = process.env.DATABASE_URL ?? cluster?.url ?? '';
  const name = `fk_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client(serverUrl);
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = withDatabase(serverUrl, name);
  const handle = openDatabase(url);
  await migrate(handle.pool);
  return {
    ...handle,
    url,
    dispose: async () => {
      await handle.close();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
      await cluster?.stop();
      if (dataDir) await rm(dataDir, { recursive: true, force: true });
    },
  };
}
