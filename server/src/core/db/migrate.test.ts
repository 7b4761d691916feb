import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/db.ts';
import { migrate } from './migrate.ts';

describe('migrations', () => {
  let database: TestDatabase;
  let dir: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    dir = await mkdtemp(path.join(tmpdir(), 'fangkong-migrations-'));
  });
  afterAll(async () => {
    await database.drop();
    await rm(dir, { recursive: true, force: true });
  });

  it('should apply nothing twice', async () => {
    const again = await migrate(database.pool);
    expect(again.applied).toEqual([]);
    expect(again.alreadyApplied).toBeGreaterThanOrEqual(3);
  });

  it('should apply new files in order, each atomically', async () => {
    await writeFile(path.join(dir, '0001_a.sql'), 'CREATE TABLE mig_a (x int);');
    await writeFile(path.join(dir, '0002_b.sql'), 'CREATE TABLE mig_b (x int); SELECT no_such_function();');
    await expect(migrate(database.pool, dir)).rejects.toThrow(/0002_b.sql failed/);
    const tables = await database.pool.query(`SELECT to_regclass('mig_a') AS a, to_regclass('mig_b') AS b`);
    expect(tables.rows[0]).toEqual({ a: 'mig_a', b: null });
  });

  it('should refuse a migration changed after it was applied', async () => {
    await writeFile(path.join(dir, '0001_a.sql'), 'CREATE TABLE mig_a (x int, y int);');
    await expect(migrate(database.pool, dir)).rejects.toThrow(/0001_a.sql was changed/);
  });
});
