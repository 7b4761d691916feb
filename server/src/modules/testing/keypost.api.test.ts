import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestingWorld, sampleScan, type TestingWorld } from './testing.test-support.ts';

describe('key-post workers tested at their frequency', () => {
  let world: TestingWorld;
  let workplace: number;
  let workers: { id: number; id_number: string }[];
  let groupId: number;
  const call: TestingWorld['call'] = (...args) => world.call(...args);

  beforeAll(async () => {
    world = await openTestingWorld({ residents: 800, seed: 9 });
    const { db } = world.t;
    workplace = (await db.selectFrom('place').select('id').where('type', '=', 'market').executeTakeFirstOrThrow()).id;
    workers = await db.selectFrom('resident').select(['id', 'id_number']).orderBy('id').limit(2).execute();
  });
  afterAll(() => world.t.close());

  it('should register workers of a workplace in a group, refusing unreadable and unknown ID numbers', async () => {
    const group = await call('office', 'POST', '/testing/keypost/groups', {
      name: '农贸市场从业人员',
      intervalHours: 84,
    });
    groupId = group.json().id;
    expect(group.json()).toMatchObject({ intervalHours: 84, graceHours: 12, workers: 0 });
    const payload = {
      groupId,
      placeId: workplace,
      workers: [
        { idNumber: workers[0]?.id_number ?? '', post: '摊主' },
        { idNumber: workers[1]?.id_number ?? '' },
        { idNumber: '110105194912310021' },
        { idNumber: '110105194912310038' },
      ],
    };
    const first = await call('office', 'POST', '/testing/keypost/workers', payload);
    expect(first.json()).toEqual({
      registered: 2,
      already: 0,
      rejected: [
        { row: 3, reason: 'id_invalid' },
        { row: 4, reason: 'unknown_person' },
      ],
    });
    expect((await call('office', 'POST', '/testing/keypost/workers', payload)).json()).toMatchObject({
      registered: 0,
      already: 2,
    });
  });

  it('should list a worker as overdue after the interval and grace, until a sample in any round', async () => {
    const overdue = async () => (await call('office', 'GET', `/testing/keypost/overdue?groupId=${groupId}`)).json();
    expect((await overdue()).total).toBe(0);
    await sql`UPDATE keypost_worker SET registered_at = now() - interval '97 hours'`.execute(world.t.db);
    expect((await overdue()).items.map((w: { resident: { id: number } }) => w.resident.id).sort()).toEqual(
      workers.map((w) => w.id).sort(),
    );
    const round = await world.openRound({ name: '常态化检测', poolSize: 1 });
    await world.scan(round, [sampleScan('KP-0001', workers[0]?.id_number)]);
    const after = await overdue();
    expect(after.items.map((w: { resident: { id: number } }) => w.resident.id)).toEqual([workers[1]?.id]);
    expect(after.items[0]).toMatchObject({ place: { id: workplace }, group: '农贸市场从业人员', lastTestedAt: null });
    const groups = (await call('office', 'GET', '/testing/keypost/groups')).json().items;
    expect(groups).toEqual([expect.objectContaining({ id: groupId, workers: 2, overdue: 1 })]);
    const file = await call('office', 'GET', `/testing/keypost/overdue.xlsx?groupId=${groupId}`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.rawPayload as unknown as Parameters<typeof workbook.xlsx.load>[0]);
    expect((workbook.worksheets[0]?.getSheetValues() ?? []).filter(Boolean).length).toBe(2); // header + one worker
  });
});
