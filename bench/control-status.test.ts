import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoCity } from '../server/src/modules/registry/demo-loader.ts';
import { createTestDatabase, type TestDatabase } from '../server/test/db.ts';
import { benchFullRecompute, benchHealthStatusAfterArea } from './lib/control-status.ts';

// A tiny run inside `npm test`, so the health-status benchmark cannot rot between real runs.
describe('bench: health status after an area (tiny)', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
    await loadDemoCity(database.db, { residents: 1_000, seed: 67 });
  });
  afterAll(() => database.drop());

  it('should turn most of the city yellow and back, then find nothing to change', async () => {
    const figures = await benchHealthStatusAfterArea(database.db, { residents: 1_000 });
    expect(figures.residents).toBe(1_000);
    // About six households in ten are in the area: their residents turn yellow, then green again.
    expect(figures.changed).toBeGreaterThan(400);
    expect(figures.changed).toBeLessThan(800);
    expect(figures).toMatchObject({ areaResidents: figures.changed, areaChanged: figures.changed });
    expect(await benchFullRecompute(database.db)).toMatchObject({ residents: 1_000, changed: 0 });
    await expect(benchHealthStatusAfterArea(database.db, { residents: 2_000 })).rejects.toThrow(/1000 residents/);
  });
});
