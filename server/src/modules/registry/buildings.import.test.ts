import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRegionTree } from '../../../test/app.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/db.ts';
import { systemActor } from '../../core/auth/actor.ts';
import { buildingImport, type BuildingInput, parseBuilding } from './buildings.import.ts';
import { RegionCache } from './region-cache.ts';

describe('buildings with their point (经度/纬度)', () => {
  let database: TestDatabase;
  const grid = '430203001001-01';
  const write = (rows: BuildingInput[]) =>
    database.db.transaction().execute((trx) =>
      buildingImport(new RegionCache()).write(
        trx,
        systemActor,
        rows.map((input, i) => ({ row: i + 1, input })),
      ),
    );
  const pointOf = async (address: string) =>
    (
      await sql<{ lng: number | null; lat: number | null }>`
        SELECT lng, lat FROM building WHERE address = ${address}`.execute(database.db)
    ).rows[0];

  beforeAll(async () => {
    database = await createTestDatabase();
    await buildRegionTree(database.db);
  });
  afterAll(() => database.drop());

  it('should read longitude and latitude when the ledger has them, and refuse one without the other', () => {
    expect(parseBuilding({ address: '1栋', gridCode: grid, lng: '113.1', lat: '27.8' })).toMatchObject({
      lng: 113.1,
      lat: 27.8,
    });
    expect(parseBuilding({ address: '1栋', gridCode: grid })).toMatchObject({ lng: null, lat: null });
    expect(parseBuilding({ address: '1栋', gridCode: grid, lng: '113.1', lat: '' })).toEqual([
      { field: 'lat', value: '', reason: 'required' },
    ]);
    expect(parseBuilding({ address: '1栋', gridCode: grid, lng: '200', lat: '27.8' })).toEqual([
      { field: 'lng', value: '200', reason: 'out_of_range' },
    ]);
  });

  it('should store the point, and keep it when a later ledger has no coordinates', async () => {
    const first = await write([{ address: '钟鼓岭1栋', name: null, gridCode: grid, lng: 113.1, lat: 27.8 }]);
    expect(first.inserted).toBe(1);
    expect(await pointOf('钟鼓岭1栋')).toEqual({ lng: 113.1, lat: 27.8 });
    const without = await write([{ address: '钟鼓岭1栋', name: null, gridCode: grid, lng: null, lat: null }]);
    expect(without.unchanged).toBe(1);
    expect(await pointOf('钟鼓岭1栋')).toEqual({ lng: 113.1, lat: 27.8 });
    const moved = await write([{ address: '钟鼓岭1栋', name: null, gridCode: grid, lng: 113.2, lat: 27.9 }]);
    expect(moved.updated).toBe(1);
    expect(await pointOf('钟鼓岭1栋')).toEqual({ lng: 113.2, lat: 27.9 });
  });
});
