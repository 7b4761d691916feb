import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, localDate, startOfLocalDay } from '../../../core/time/local-time.ts';
import { sweepChecks } from './checks.jobs.ts';
import { type CheckWorld, insertQuarantines, openCheckWorld, personOf, sampleOf } from './checks.test-support.ts';

describe('test schedules from the protocol, with results linked from mass testing', () => {
  let world: CheckWorld;
  let today: string;
  const localAt = (day: string, hour: number) =>
    new Date(startOfLocalDay(day, world.timeZone).getTime() + hour * 3_600_000);
  const testsOf = async (id: number) => (await world.call('staff', 'GET', `/quarantines/${id}/tests`)).json().items;
  const residentOf = async (id: number) => (await personOf(world.t.db, id)).residentId;

  beforeAll(async () => {
    world = await openCheckWorld(62);
    today = localDate(new Date(), world.timeZone);
  });
  afterAll(() => world.t.close());

  it('should schedule 第九版 close-contact tests on days 1, 2, 3, 5, 7 and home day 3, each with its basis', async () => {
    // 10:00 in Shanghai on 1 May 2022: centralized until 8 May 10:00, then three days at home.
    const [id] = await insertQuarantines(world.t.db, {
      residentIds: [world.residents.at(-1)!.id],
      siteId: world.siteId,
      startsAt: new Date('2022-05-01T02:00:00Z'),
      timeZone: world.timeZone,
    });
    const tests = await testsOf(id!);
    expect(
      tests.map((t: { dueDate: string; stage: string; day: number }) => `${t.dueDate} ${t.stage} ${t.day}`),
    ).toEqual([
      '2022-05-01 centralized 1',
      '2022-05-02 centralized 2',
      '2022-05-03 centralized 3',
      '2022-05-05 centralized 5',
      '2022-05-07 centralized 7',
      '2022-05-10 home 3',
    ]);
    expect(tests[0]).toMatchObject({
      basis: { protocol: 'v9', version: 1, rule: 'quarantine.groups.close_contact.testDays' },
      result: null,
      overdue: true,
    });
    expect(tests[5].basis.rule).toBe('quarantine.groups.close_contact.homeTestDays');
  });

  it('should schedule secondary contacts by their own rules, at home', async () => {
    const [id] = await world.quarantine(1, new Date('2022-05-01T02:00:00Z'), {
      home: true,
      group: 'secondary_contact',
    });
    const tests = await testsOf(id!);
    expect(tests.map((t: { dueDate: string }) => t.dueDate)).toEqual(['2022-05-01', '2022-05-04', '2022-05-07']);
  });

  it("should link each due day's sample and result, and raise one alert for a positive", async () => {
    const [id, other] = (await world.quarantine(2, localAt(addDays(today, -2), 9))) as [number, number];
    const resident = await residentOf(id);
    const day1 = await sampleOf(world.t.db, resident, localAt(addDays(today, -2), 10), 'negative');
    await sampleOf(world.t.db, resident, localAt(addDays(today, -1), 10), 'positive');
    // A sample of the day before the quarantine's day 1 serves no scheduled test.
    await sampleOf(world.t.db, resident, localAt(addDays(today, -3), 10), 'negative');
    await sampleOf(world.t.db, resident, new Date(Date.now() - 60_000), null);

    const tests = await testsOf(id);
    expect(tests.slice(0, 3)).toMatchObject([
      { day: 1, result: 'negative', tube: day1, overdue: false },
      { day: 2, result: 'positive' },
      { day: 3, dueDate: today, result: null, sampledAt: expect.any(String) },
    ]);
    await testsOf(id);
    const { rows } = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM quarantine_alert WHERE quarantine_id = ${id} AND kind = 'positive'`.execute(
      world.t.db,
    );
    expect(rows[0]?.n).toBe(1);

    const due = (await world.call('staff', 'GET', `/quarantine/tests-due?siteId=${world.siteId}`)).json().items;
    expect(due.filter((t: { quarantineId: number }) => [id, other].includes(t.quarantineId))).toMatchObject([
      { quarantineId: id, day: 3, done: true, room: expect.any(String), site: { id: world.siteId } },
      { quarantineId: other, day: 3, done: false },
    ]);
  });

  it('should link results in the periodic sweep too', async () => {
    const [id] = (await world.quarantine(1, localAt(addDays(today, -1), 9))) as [number];
    await sampleOf(world.t.db, await residentOf(id), localAt(addDays(today, -1), 11), 'negative');
    expect((await sweepChecks(world.t.db, world.t.config)).linked).toBeGreaterThanOrEqual(1);
    const { rows } = await sql<{ result: string }>`
      SELECT result FROM quarantine_test WHERE quarantine_id = ${id} AND day = 1 AND stage = 'centralized'`.execute(
      world.t.db,
    );
    expect(rows).toEqual([{ result: 'negative' }]);
  });
});
