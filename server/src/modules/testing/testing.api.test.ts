import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestingWorld, sampleScan, sealScan, type TestingWorld } from './testing.test-support.ts';

interface Person {
  id: number;
  id_number: string;
  grid_id: number;
}

describe('a testing round from plan to results', () => {
  let world: TestingWorld;
  let t: TestingWorld['t'];
  let city: number;
  let point: number;
  let persons: Person[];
  let grid: number;
  let campaignId: number;
  const call: TestingWorld['call'] = (...args) => world.call(...args);
  const sample = (tube: string, person: string) => sampleScan(tube, person);
  const seal = sealScan;
  const scan = (events: object[], table = 1, round = campaignId) =>
    call('sampler', 'POST', '/testing/scans', { campaignId: round, placeId: point, tableNo: table, events });
  const coverage = async (who = 'office', query = '') =>
    (await call(who, 'GET', `/testing/campaigns/${campaignId}/coverage${query}`)).json();

  beforeAll(async () => {
    world = await openTestingWorld({ residents: 1_500, seed: 11 });
    ({ t, city, point } = world);
    // Twelve residents of one grid, so the grid's own figures can be checked exactly.
    grid = (
      await t.db
        .selectFrom('resident')
        .select('grid_id')
        .groupBy('grid_id')
        .having((eb) => eb.fn.countAll(), '>=', 12)
        .executeTakeFirstOrThrow()
    ).grid_id;
    persons = await t.db
      .selectFrom('resident')
      .select(['id', 'id_number', 'grid_id'])
      .where('grid_id', '=', grid)
      .orderBy('id')
      .limit(12)
      .execute();
    await world.signInAs('gw', ['grid_worker'], [grid]);
  });
  afterAll(() => t.close());

  it('should open a round over the city with its points and every resident as the target', async () => {
    const window = {
      startsAt: new Date(Date.now() - 3_600_000).toISOString(),
      endsAt: new Date(Date.now() + 86_400_000).toISOString(),
    };
    const created = await call('office', 'POST', '/testing/campaigns', {
      name: '第一轮全员核酸',
      regionIds: [city],
      poolSize: 5,
      ...window,
      points: [{ placeId: point, tables: 2, opensAt: '07:00', closesAt: '21:00' }],
    });
    expect(created.statusCode).toBe(201);
    campaignId = created.json().campaign.id;
    expect(created.json().campaign).toMatchObject({ poolSize: 5, status: 'open', areas: [{ id: city }] });
    expect((await coverage()).total).toMatchObject({ target: 1_500, sampled: 0, missing: 1_500 });
    const notAPoint = await call('office', 'POST', '/testing/campaigns', {
      name: '错误',
      regionIds: [city],
      poolSize: 10,
      ...window,
      points: [{ placeId: persons[0]?.grid_id ?? 0, tables: 1, opensAt: '07:00', closesAt: '21:00' }],
    });
    expect(notAPoint.statusCode).toBe(422);
    expect((await call('gw', 'POST', '/testing/campaigns', { name: 'x' })).statusCode).toBe(403);
  });

  it('should pool persons into tubes, refuse what breaks the rules, and take a re-sent batch once', async () => {
    const ids = persons.map((p) => p.id_number);
    const events = [
      ...ids.slice(0, 5).map((id) => sample('T0001', id)),
      seal('T0001'),
      ...ids.slice(5, 10).map((id) => sample('T0002', id)),
      sample('T0002', ids[10] ?? ''), // a sixth person in a tube of five
      sample('T0001', ids[10] ?? ''), // a sealed tube
      sample('T0003', ids[0] ?? ''), // sampled before in this round: stored, with a warning
      sample('T0003', '110105194912310021'), // wrong check character
      sample('T0003', '110105194912310038'), // valid, not in the registry
    ];
    const first = await scan(events);
    expect(first.statusCode).toBe(200);
    const reasons = first
      .json()
      .outcomes.map((o: { status: string; reason?: string; warning?: string }) => o.reason ?? o.warning ?? o.status);
    expect(reasons).toEqual([
      ...Array(11).fill('stored'),
      'tube_full',
      'tube_sealed',
      'already_sampled',
      'person_invalid',
      'unknown_person',
    ]);
    const again = await scan(events);
    expect(again.json()).toMatchObject({ stored: 0, duplicates: 12, rejected: 4 });
    const other = await scan([sample('T0002', ids[11] ?? '')], 2);
    expect(other.json().outcomes[0]).toMatchObject({ status: 'rejected', reason: 'tube_of_another_table' });
    expect((await coverage()).total).toMatchObject({ target: 1_500, sampled: 10, missing: 1_490 });
  });

  it("should list one grid's residents not yet sampled, and drop the exempted from list and count", async () => {
    const listed = async () =>
      (await call('gw', 'GET', `/testing/campaigns/${campaignId}/missing?gridId=${grid}&pageSize=500`)).json();
    const before = await listed();
    const sampledIds = new Set(persons.slice(0, 10).map((p) => p.id));
    expect(before.items.some((r: { id: number }) => sampledIds.has(r.id))).toBe(false);
    expect(before.items.every((r: { idNumber: string }) => r.idNumber.includes('*'))).toBe(true);
    const away = persons[11]?.id ?? 0;
    const exempted = await call('gw', 'POST', `/testing/campaigns/${campaignId}/exemptions`, {
      residentId: away,
      reason: 'away',
      note: '在外地务工',
    });
    expect(exempted.statusCode).toBe(204);
    const after = await listed();
    expect(after.total).toBe(before.total - 1);
    expect(after.items.some((r: { id: number }) => r.id === away)).toBe(false);
    const buildings = (
      await call('gw', 'GET', `/testing/campaigns/${campaignId}/missing-by-building?gridId=${grid}`)
    ).json().items;
    expect(buildings.reduce((sum: number, b: { missing: number }) => sum + b.missing, 0)).toBe(after.total);
    const first = buildings[0];
    const inFirst = (
      await call(
        'gw',
        'GET',
        `/testing/campaigns/${campaignId}/missing?gridId=${grid}&buildingId=${first.building?.id ?? 0}`,
      )
    ).json();
    expect(inFirst.total).toBe(first.missing);
    const gridFigures = await coverage('gw');
    expect(gridFigures.total).toMatchObject({ sampled: 10, exempt: 1, missing: before.total - 1 });
    expect((await call('gw', 'GET', `/testing/campaigns/${campaignId}/missing?gridId=${city}`)).statusCode).toBe(404);
  });

  it('should record lab results by tube and cascade a positive pool to single-tube re-samples at once', async () => {
    const results = [
      { tube: 'T0001', result: 'negative', ctValue: null },
      { tube: 'T0002', result: 'positive', ctValue: 31.5, lab: '市疾控中心' },
      { tube: 'T9999', result: 'negative' },
    ];
    const first = await call('lab', 'POST', '/testing/results', { results });
    expect(first.json()).toMatchObject({
      recorded: 2,
      unchanged: 0,
      positivePools: 1,
      resampleTasks: 5,
      rejected: [{ row: 3, tube: 'T9999', reason: 'unknown_tube' }],
    });
    const again = await call('lab', 'POST', '/testing/results', { results: results.slice(0, 2) });
    expect(again.json()).toMatchObject({ recorded: 0, unchanged: 2, resampleTasks: 0 });
    const changed = await call('lab', 'POST', '/testing/results', { results: [{ tube: 'T0001', result: 'positive' }] });
    expect(changed.json().rejected).toEqual([{ row: 1, tube: 'T0001', reason: 'result_conflict' }]);
    expect((await coverage()).total).toMatchObject({ sampled: 10, resulted: 10, poolPositive: 5 });
    const list = (await call('gw', 'GET', `/testing/campaigns/${campaignId}/resamples?status=open`)).json();
    expect(list.total).toBe(5);
    expect(list.items.map((i: { resident: { id: number } }) => i.resident.id).sort()).toEqual(
      persons
        .slice(5, 10)
        .map((p) => p.id)
        .sort(),
    );
    expect(list.items[0]).toMatchObject({ tube: 'T0002', reason: 'positive', status: 'open' });
  });

  it('should re-sample a positive pool member alone, and close their task with that single result', async () => {
    const [member, other] = [persons[5]?.id_number ?? '', persons[6]?.id_number ?? ''];
    const scanned = await scan([sample('T0010', member), sample('T0010', other)]);
    expect(scanned.json().outcomes.map((o: { reason?: string; warning?: string }) => o.reason ?? o.warning)).toEqual([
      'already_sampled',
      'tube_full',
    ]);
    const answer = await call('lab', 'POST', '/testing/results', { results: [{ tube: 'T0010', result: 'negative' }] });
    expect(answer.json()).toMatchObject({ recorded: 1, resampleTasks: 0 });
    const open = (await call('gw', 'GET', `/testing/campaigns/${campaignId}/resamples?status=open`)).json();
    expect(open.total).toBe(4);
    const done = (await call('gw', 'GET', `/testing/campaigns/${campaignId}/resamples?status=done`)).json();
    expect(done.items.map((i: { resident: { id: number } }) => i.resident.id)).toEqual([persons[5]?.id]);
  });

  it('should read a GBK lab file with a clear error for each unreadable row', async () => {
    await scan([
      ...persons.slice(10, 11).map((p) => sample('T0004', p.id_number)),
      seal('T0004'),
      ...persons.slice(11, 12).map((p) => sample('T0008', p.id_number)),
      seal('T0008'),
    ]);
    // A minute from now, as a lab in the platform's zone (Asia/Shanghai) writes it.
    const labTime = new Date(Date.now() + 60_000);
    const wall = new Date(labTime.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
    const csv = iconv.encode(
      `试管编码,检测结果,CT值,检测时间\r\nT0004,阴性,,${wall}\r\nT0008,阴性,,2022-05-01 10:20\r\n` +
        'T0005,弱阳,,\r\nT0006,阴性,99,\r\n' +
        'T0007,阴性,,2022-02-30 08:00\r\n',
      'gbk',
    );
    const boundary = 'fangkong-boundary';
    const body = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="结果.csv"\r\n\r\n`),
      csv,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/testing/results/upload',
      headers: { cookie: world.cookieOf('lab'), 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: body,
    });
    expect(response.json()).toMatchObject({
      recorded: 1,
      rejected: [
        { row: 3, tube: 'T0008', reason: 'time_before_sampling' },
        { row: 4, tube: 'T0005', reason: 'result_invalid' },
        { row: 5, tube: 'T0006', reason: 'ct_invalid' },
        { row: 6, tube: 'T0007', reason: 'time_invalid' },
      ],
    });
    // The lab's own result time is the tube's.
    const tube = await t.db
      .selectFrom('test_tube')
      .select('resulted_at')
      .where('barcode', '=', 'T0004')
      .executeTakeFirstOrThrow();
    expect(tube.resulted_at).toEqual(new Date(Math.floor(labTime.getTime() / 60_000) * 60_000));
  });

  it('should refuse a tube of another round and every scan of a closed round', async () => {
    const second = await call('office', 'POST', '/testing/campaigns', {
      name: '第二轮',
      regionIds: [city],
      poolSize: 10,
      startsAt: new Date().toISOString(),
      endsAt: new Date(Date.now() + 86_400_000).toISOString(),
      points: [{ placeId: point, tables: 1, opensAt: '07:00', closesAt: '21:00' }],
    });
    const reused = await scan([sample('T0001', persons[0]?.id_number ?? '')], 1, second.json().campaign.id);
    expect(reused.json().outcomes[0]).toMatchObject({ reason: 'tube_of_another_round' });
    expect((await call('office', 'POST', `/testing/campaigns/${campaignId}/close`)).statusCode).toBe(200);
    const late = await scan([sample('T0007', persons[1]?.id_number ?? '')]);
    expect(late.json().outcomes[0]).toMatchObject({ status: 'rejected', reason: 'round_closed' });
  });
});
