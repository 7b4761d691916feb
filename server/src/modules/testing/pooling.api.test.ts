import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestingWorld, sampleScan, type TestingWorld } from './testing.test-support.ts';

interface Member {
  id_number: string;
  household_id: number | null;
  grid_id: number;
}

describe('pooling by area: one tube per household in a sealed area, one tube each in a listed one', () => {
  let world: TestingWorld;
  let campaignId: number;
  let sealed: Member[];
  let listed: Member[];
  let elsewhere: Member[];
  const sample = (tube: string, person: Member | undefined) => sampleScan(tube, person?.id_number);
  const outcomes = async (events: object[]) =>
    (await world.scan(campaignId, events))
      .json()
      .outcomes.map((o: { status: string; reason?: string }) => o.reason ?? o.status);

  beforeAll(async () => {
    world = await openTestingWorld({ residents: 4_000, seed: 6 });
    const { db } = world.t;
    const grids = (
      await db.selectFrom('region').select('id').where('level_id', '=', 5).orderBy('id').limit(2).execute()
    ).map((g) => g.id);
    const of = (grid: number | undefined) =>
      db
        .selectFrom('resident')
        .select(['id_number', 'household_id', 'grid_id'])
        .where('grid_id', '=', grid ?? 0)
        .orderBy('household_id')
        .orderBy('id')
        .execute();
    [sealed, listed] = await Promise.all([of(grids[0]), of(grids[1])]);
    elsewhere = await db
      .selectFrom('resident')
      .select(['id_number', 'household_id', 'grid_id'])
      .where('grid_id', 'not in', [grids[0] ?? 0, grids[1] ?? 0])
      .orderBy('id')
      .limit(2)
      .execute();
    campaignId = await world.openRound({
      name: '封控区按户混采',
      poolingRules: [
        { regionId: grids[0], pooling: 'household' },
        { regionId: grids[1], pooling: 'single' },
      ],
    });
    const round = (await world.call('office', 'GET', `/testing/campaigns/${campaignId}`)).json().campaign;
    expect(round.poolingRules).toEqual([
      { region: { id: grids[0], name: expect.any(String) }, pooling: 'household' },
      { region: { id: grids[1], name: expect.any(String) }, pooling: 'single' },
    ]);
  });
  afterAll(() => world.t.close());

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
