import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../server/test/db.ts';
import { benchHealthStatusAfterArea } from './lib/control-status.ts';
import { controlSizes, controlSuite } from './suites/control.ts';

// A tiny run inside `npm test`, so the benchmark cannot rot between real runs.
describe('bench: control (tiny)', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  it('should recompute health statuses, verify passes online and offline, enter checks, and measure every metric', async () => {
    const size = controlSizes.tiny;
    const metrics = await controlSuite({ ...database, dispose: async () => {} }, size);
    const value = (name: string) => metrics.find((m) => m.metric === name)?.value;
    expect(metrics.every((m) => Number.isFinite(m.value))).toBe(true);
    expect(value('baseline_copy_rows_per_s')).toBeGreaterThan(0);

    // About six households in ten are in the area: their residents turn yellow, then green again once it
    // is lifted; the city recomputed after that finds nothing to change.
    expect(value('health_status_after_area_residents')).toBe(size.residents);
    expect(value('health_status_after_area_changed')).toBeGreaterThan(size.residents * 0.4);
    expect(value('health_status_after_area_changed')).toBeLessThan(size.residents * 0.8);
    expect(value('health_status_area_lifted_residents')).toBe(value('health_status_after_area_changed'));
    expect(value('health_status_area_lifted_changed')).toBe(value('health_status_after_area_changed'));
    expect(value('health_status_full_recompute_residents')).toBe(size.residents);
    expect(value('health_status_full_recompute_changed')).toBe(0);
    expect(value('health_status_after_area_s')).toBeGreaterThan(0);
    expect(value('health_status_full_recompute_s')).toBeGreaterThan(0);

    // Every token presented is a valid pass, online and offline.
    expect(value('pass_tokens')).toBe(size.passes);
    expect(value('pass_verify_errors')).toBe(0);
    expect(value('pass_verify_per_s')).toBeGreaterThan(0);
    expect(value('pass_verify_p99_ms')).toBeGreaterThanOrEqual(value('pass_verify_p50_ms') ?? Infinity);
    expect(value('offline_verify_ms_per_token')).toBeGreaterThan(0);

    // Every person in quarantine gets their check stored.
    expect(value('health_check_persons')).toBe(size.quarantines);
    expect(value('health_check_errors')).toBe(0);
    expect(value('health_checks_per_s')).toBeGreaterThan(0);

    await expect(benchHealthStatusAfterArea(database.db, { residents: size.residents + 1 })).rejects.toThrow(
      new RegExp(`${size.residents} residents`),
    );
  });
});
