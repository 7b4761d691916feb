import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../server/test/db.ts';
import { testingSizes, testingSuite } from './suites/testing.ts';

// A tiny run inside `npm test`, so the benchmark cannot rot between real runs.
describe('bench: testing (tiny)', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  it('should run a whole round over HTTP, its results and the reconciliation, and measure every metric', async () => {
    const metrics = await testingSuite({ ...database, dispose: async () => {} }, testingSizes.tiny);
    const value = (name: string) => metrics.find((m) => m.metric === name)?.value;
    // Every resident but one in twenty is sampled (the probe's share only while the tables post), and every
    // tube gets a result.
    expect(value('scan_request_errors')).toBe(0);
    expect(value('samples_stored')).toBeGreaterThanOrEqual(2_500 * 0.95);
    expect(value('samples_stored')).toBeLessThanOrEqual(3_000 * 0.95);
    expect(value('results_tubes')).toBeGreaterThanOrEqual(285);
    expect(value('resample_tasks')).toBeGreaterThan(0);
    expect(metrics.every((m) => Number.isFinite(m.value))).toBe(true);
  });
});
