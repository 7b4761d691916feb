import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser, createTestApp, signIn, type TestApp } from '../../../test/app.ts';
import { loadDemoCity } from '../registry/demo-loader.ts';

interface Member {
  id_number: string;
  household_id: number | null;
  grid_id: number;
}

describe('pooling by area: one tube per household in a sealed area, one tube each in a listed one', () => {
  let t: TestApp;
  const cookies: Record<string, string> = {};
  let point: number;
  let campaignId: number;
  let sealed: Member[];
  let listed: Member[];
  let elsewhere: Member[];
  const call = (who: string, method: 'GET' | 'POST', url: string, payload?: object) =>
    t.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: { cookie: cookies[who] ?? '' },
      ...(payload ? { payload } : {}),
    });
  const sample = (tube: string, person: Member | undefined) => ({
    scanId: randomUUID(),
    kind: 'sample',
    tube,
    person: person?.id_number,
    at: new Date().toISOString(),
  });
  const outcomes = async (events: object[]) =>
    (await call('sampler', 'POST', '/testing/scans', { campaignId, placeId: point, tableNo: 1, events }))
      .json()
      .outcomes.map((o: { status: string; reason?: string }) => o.reason ?? o.status);

  beforeAll(async () => {
    t = await createTestApp();
    await loadDemoCity(t.db, { residents: 4_000, seed: 6 });
    const city = (await t.db.selectFrom('region').select('id').where('parent_id', 'is', null).executeTakeFirstOrThrow())
      .id;
    point = (await t.db.selectFrom('place').select('id').where('type', '=', 'sampling_point').executeTakeFirstOrThrow())
      .id;
    const grids = (
      await t.db.selectFrom('region').select('id').where('level_id', '=', 5).orderBy('id').limit(3).execute()
    ).map((g) => g.id);
    const of = (grid: number | undefined) =>
      t.db
        .selectFrom('resident')
        .select(['id_number', 'household_id', 'grid_id'])
        .where('grid_id', '=', grid ?? 0)
        .orderBy('household_id')
        .orderBy('id')
        .execute();
    [sealed, listed] = await Promise.all([of(grids[0]), of(grids[1])]);
    elsewhere = await t.db
      .selectFrom('resident')
      .select(['id_number', 'household_id', 'grid_id'])
      .where('grid_id', 'not in', [grids[0] ?? 0, grids[1] ?? 0])
      .orderBy('id')
      .limit(2)
      .execute();
    await buildUser(t.db, { username: 'office', roles: ['testing_staff'], scopeAll: true });
    await buildUser(t.db, { username: 'sampler', roles: ['sampler'], regionIds: [city] });
    for (const who of ['office', 'sampler']) cookies[who] = await signIn(t.app, who);
    const created = await call('office', 'POST', '/testing/campaigns', {
      name: '封控区按户混采',
      regionIds: [city],
      poolSize: 10,
      startsAt: new Date(Date.now() - 60_000).toISOString(),
      endsAt: new Date(Date.now() + 3_600_000).toISOString(),
      points: [{ placeId: point, tables: 1, opensAt: '07:00', closesAt: '21:00' }],
      poolingRules: [
        { regionId: grids[0], pooling: 'household' },
        { regionId: grids[1], pooling: 'single' },
      ],
    });
    expect(created.statusCode).toBe(201);
    campaignId = created.json().campaign.id;
    expect(created.json().campaign.poolingRules).toEqual([
      { region: { id: grids[0], name: expect.any(String) }, pooling: 'household' },
      { region: { id: grids[1], name: expect.any(String) }, pooling: 'single' },
    ]);
  });
  afterAll(() => t.close());

  it('should keep a household tube to its household, and never pool it with others', async () => {
    const household = sealed.filter((m) => m.household_id === sealed[0]?.household_id);
    const neighbour = sealed.find((m) => m.household_id !== sealed[0]?.household_id);
    expect(household.length).toBeGreaterThan(0);
    const result = await outcomes([
      ...household.map((m) => sample('HH-0001', m)),
      sample('HH-0001', neighbour),
      sample('HH-0001', elsewhere[0]),
      sample('MIX-0001', elsewhere[1]),
      sample('MIX-0001', sealed[0]),
    ]);
    expect(result).toEqual([
      ...household.map(() => 'stored'),
      'tube_of_another_household',
      'pooling_mismatch',
      'stored',
      'pooling_mismatch',
    ]);
  });

  it('should give each person of a listed area a tube of their own', async () => {
    expect(await outcomes([sample('ONE-0001', listed[0]), sample('ONE-0001', listed[1])])).toEqual([
      'stored',
      'tube_full',
    ]);
  });
});
