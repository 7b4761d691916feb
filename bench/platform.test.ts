import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../server/test/db.ts';
import { writeResults } from './lib/results.ts';
import { platformSizes, platformSuite } from './suites/platform.ts';

// A tiny run inside `npm test`, so the benchmark cannot rot between real runs.
describe('bench: platform (tiny)', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  it('should measure every metric and write them as JSON lines', async () => {
    const metrics = await platformSuite({ ...database, dispose: async () => {} }, platformSizes.tiny);
    const names = metrics.map((m) => m.metric);
    expect(names).toEqual(
      expect.arrayContaining(['baseline_copy_rows_per_s', 'audit_append_serial', 'region_read_scoped_p95']),
    );
    expect(metrics.every((m) => Number.isFinite(m.value))).toBe(true);
    expect(metrics.find((m) => m.metric === 'http_errors')?.value).toBe(0);
    const dir = await mkdtemp(path.join(tmpdir(), 'fangkong-bench-results-'));
    const lines = (await readFile(await writeResults('platform', metrics, dir), 'utf8')).trim().split('\n');
    expect(JSON.parse(lines[0] ?? '{}')).toHaveProperty('unit');
  });
});
