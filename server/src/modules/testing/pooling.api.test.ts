import { sql } from 'kysely';
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

  it('should sample the workers of a listed key-post group one tube each, wherever they live', async () => {
    const { db } = world.t;
    const workplace = (await db.selectFrom('place').select('id').where('type', '=', 'market').executeTakeFirstOrThrow())
      .id;
    const group = await world.call('office', 'POST', '/testing/keypost/groups', {
      name: '冷链从业人员',
      intervalHours: 24,
    });
    const worker = elsewhere[0];
    await world.call('office', 'POST', '/testing/keypost/workers', {
      groupId: group.json().id,
      placeId: workplace,
      workers: [{ idNumber: worker?.id_number ?? '' }],
    });
    const round = await world.openRound({ name: '冷链单采', singleTubeGroupIds: [group.json().id] });
    const created = (await world.call('office', 'GET', `/testing/campaigns/${round}`)).json().campaign;
    expect(created.singleTubeGroups).toEqual([{ id: group.json().id, name: '冷链从业人员' }]);
    const result = await world.scan(round, [
      sampleScan('COLD-0001', worker?.id_number),
      sampleScan('COLD-0001', elsewhere[1]?.id_number),
    ]);
    expect(result.json().outcomes.map((o: { status: string; reason?: string }) => o.reason ?? o.status)).toEqual([
      'stored',
      'pooling_mismatch',
    ]);
    const { rows } = await sql<{ capacity: number; pooling: string }>`
      SELECT capacity, pooling FROM test_tube WHERE barcode = 'COLD-0001'`.execute(world.t.db);
    expect(rows).toEqual([{ capacity: 1, pooling: 'single' }]);
  });

  it('should refuse a round naming a key-post group that does not exist', async () => {
    const refused = await world.call('office', 'POST', '/testing/campaigns', {
      name: '不存在的组',
      regionIds: [
        (await world.t.db.selectFrom('region').select('id').where('level_id', '=', 1).executeTakeFirstOrThrow()).id,
      ],
      poolSize: 10,
      startsAt: new Date().toISOString(),
      endsAt: new Date(Date.now() + 3_600_000).toISOString(),
      points: [],
      singleTubeGroupIds: [987654],
    });
    expect(refused.statusCode).toBe(404);
  });
});
