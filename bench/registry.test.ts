import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../server/test/db.ts';
import { registrySuite } from './suites/registry.ts';

// A tiny run inside `npm test`, so the benchmark cannot rot between real runs.
describe('bench: registry (tiny)', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  it('should import the generated ledger completely and measure every metric', async () => {
    const metrics = await registrySuite({ ...database, dispose: async () => {} }, { residents: 2_000, queries: 12 });
    const value = (name: string) => metrics.find((m) => m.metric === name)?.value;
    expect(value('import_rejected')).toBe(0);
    expect(value('import_rows_per_s')).toBeGreaterThan(0);
    expect(value('baseline_copy_rows_per_s')).toBeGreaterThan(0);
    expect(value('db_set_insert_rows_per_s')).toBeGreaterThan(0);
    expect(metrics.every((m) => Number.isFinite(m.value))).toBe(true);
    const residents = await database.db
      .selectFrom('resident')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(residents.n)).toBe(2_000);
  });
});
