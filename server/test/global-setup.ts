import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '../src/core/db/embedded.ts';
import { migrate } from '../src/core/db/migrate.ts';
import { databaseUrlFor } from './db-url.ts';

/**
 * One real PostgreSQL for the whole run (DATABASE_URL, or an embedded cluster in a temp folder) and
 * one migrated template database; each test file clones the template into a database of its own.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dataDir = process.env.DATABASE_URL ? null : await mkdtemp(path.join(tmpdir(), 'fangkong-test-'));
  const cluster = dataDir ? await startEmbeddedPostgres(dataDir) : null;
  const baseUrl = process.env.DATABASE_URL ?? cluster?.url ?? '';
  const template = `fk_template_${process.pid}`;
  const admin = new pg.Client(baseUrl);
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${template}`);
  await admin.query(`CREATE DATABASE ${template}`);
  const pool = new pg.Pool({ connectionString: databaseUrlFor(baseUrl, template), max: 1 });
  await migrate(pool);
  await pool.end();
  project.provide('databaseUrl', baseUrl);
  project.provide('templateDatabase', template);
  return async () => {
    await admin.query(`DROP DATABASE IF EXISTS ${template}`).catch(() => undefined);
    await admin.end();
    await cluster?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  };
}
