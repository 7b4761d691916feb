import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { type DatabaseHandle, openDatabase } from '../src/core/db/database.ts';
import { databaseUrlFor } from './db-url.ts';
import './provided-context.ts';

export interface TestDatabase extends DatabaseHandle {
  url: string;
  name: string;
  /** Closes the pool and drops the database. */
  drop(): Promise<void>;
}

async function onServer<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client(inject('databaseUrl'));
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * Drops a test database, ending connections left to it. On an external server a non-superuser may not end
 * an autovacuum worker's (42501); a plain DROP cancels those itself, so that is the way then.
 */
async function dropDatabase(client: pg.Client, name: string): Promise<void> {
  try {
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } catch (error) {
    if ((error as { code?: string }).code !== '42501') throw error;
    await client.query(`DROP DATABASE IF EXISTS ${name}`);
  }
}

/** A fresh, migrated database of its own (a clone of the run's template), on real PostgreSQL. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `fk_test_${randomBytes(6).toString('hex')}`;
  await onServer((client) => client.query(`CREATE DATABASE ${name} TEMPLATE ${inject('templateDatabase')}`));
  const url = databaseUrlFor(inject('databaseUrl'), name);
  const handle = openDatabase(url);
  return {
    ...handle,
    url,
    name,
    drop: async () => {
      await handle.close();
      await onServer((client) => dropDatabase(client, name));
    },
  };
}
