import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestingWorld, sampleScan, type TestingWorld } from './testing.test-support.ts';

describe('rounds for a listed target: an imported list, or the key-post workers', () => {
  let world: TestingWorld;
  let people: { id: number; id_number: string; grid_id: number }[];
  const call: TestingWorld['call'] = (...args) => world.call(...args);
  // The full answer, for the rows of the list left out.
  const createRound = (target: object) =>
    call('office', 'POST', '/testing/campaigns', {
      name: '重点人群检测',
      regionIds: [world.city],
      poolSize: 1,
      startsAt: new Date(Date.now() - 60_000).toISOString(),
      endsAt: new Date(Date.now() + 3_600_000).toISOString(),
      points: [{ placeId: world.point, tables: 1, opensAt: '07:00', closesAt: '21:00' }],
      target,
    });
  const sample = (round: number, tube: string, person: string | undefined) =>
    world.scan(round, [sampleScan(tube, person)]);

  beforeAll(async () => {
    world = await openTestingWorld({ residents: 900, seed: 13 });
    people = await world.t.db
      .selectFrom('resident')
      .select(['id', 'id_number', 'grid_id'])
      .orderBy('id')
      .limit(4)
      .execute();
  });
  afterAll(() => world.t.close());

  it('should target only the listed persons, reporting unreadable and repeated rows', async () => {
    const created = await createRound({
      kind: 'list',
      idNumbers: [people[0]?.id_number, people[1]?.id_number, 'not-an-id', people[0]?.id_number],
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      campaign: { targetKind: 'list' },
      targetRejected: [
        { row: 3, reason: 'id_invalid' },
        { row: 4, reason: 'duplicate_in_list' },
      ],
    });
    const round = created.json().campaign.id;
    const total = async () => (await call('office', 'GET', `/testing/campaigns/${round}/coverage`)).json().total;
    expect(await total()).toMatchObject({ target: 2, sampled: 0, missing: 2 });
    await sample(round, 'LT-0001', people[2]?.id_number); // not on the list: stored, not counted
    await sample(round, 'LT-0002', people[0]?.id_number);
    expect(await total()).toMatchObject({ target: 2, sampled: 1, missing: 1 });
    const missing = (
      await call('office', 'GET', `/testing/campaigns/${round}/missing?gridId=${people[1]?.grid_id}`)
    ).json();
    expect(missing.items.map((r: { id: number }) => r.id)).toEqual([people[1]?.id]);
  });

  it("should target the key-post workers living in the round's areas", async () => {
    const group = (
      await call('office', 'POST', '/testing/keypost/groups', { name: '冷链从业人员', intervalHours: 24 })
    ).json();
    const workplace = (
      await world.t.db.selectFrom('place').select('id').where('type', '=', 'warehouse').executeTakeFirstOrThrow()
    ).id;
    await call('office', 'POST', '/testing/keypost/workers', {
      groupId: group.id,
      placeId: workplace,
      workers: [{ idNumber: people[3]?.id_number }],
    });
    const created = await createRound({ kind: 'keypost', groupIds: [group.id] });
    const round = created.json().campaign.id;
    const total = (await call('office', 'GET', `/testing/campaigns/${round}/coverage`)).json().total;
    expect(total).toMatchObject({ target: 1, missing: 1 });
  });

  it("should re-sample a positive member's whole household when the round says so", async () => {
    const { rows } = await sql<{ household_id: number; n: number }>`
      SELECT household_id, count(*)::int AS n FROM resident WHERE household_id IS NOT NULL
       GROUP BY household_id HAVING count(*) >= 3 ORDER BY household_id LIMIT 1`.execute(world.t.db);
    const household = rows[0];
    if (!household) throw new Error('the demo city has no household of three');
    const member = await world.t.db
      .selectFrom('resident')
      .select('id_number')
      .where('household_id', '=', household.household_id)
      .orderBy('id')
      .executeTakeFirstOrThrow();
    const round = await world.openRound({ name: '按户复核', poolSize: 5, resampleHouseholds: true });
    expect((await call('office', 'GET', `/testing/campaigns/${round}`)).json().campaign.resampleHouseholds).toBe(true);
    await sample(round, 'HHR-0001', member.id_number);
    const result = await call('lab', 'POST', '/testing/results', {
      results: [{ tube: 'HHR-0001', result: 'positive' }],
    });
    // One person in the tube: their own positive; the rest of the household is re-sampled.
    expect(result.json()).toMatchObject({ positivePools: 1, resampleTasks: household.n - 1 });
  });
});
