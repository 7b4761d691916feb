import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser, createTestApp, signIn, type TestApp } from '../../../test/app.ts';
import { loadDemoCity } from '../registry/demo-loader.ts';

describe('key-post workers tested at their frequency', () => {
  let t: TestApp;
  const cookies: Record<string, string> = {};
  let workplace: number;
  let point: number;
  let workers: { id: number; id_number: string }[];
  let groupId: number;
  const call = (who: string, method: 'GET' | 'POST', url: string, payload?: object) =>
    t.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: { cookie: cookies[who] ?? '' },
      ...(payload ? { payload } : {}),
    });

  beforeAll(async () => {
    t = await createTestApp();
    await loadDemoCity(t.db, { residents: 800, seed: 9 });
    const city = (await t.db.selectFrom('region').select('id').where('parent_id', 'is', null).executeTakeFirstOrThrow())
      .id;
    workplace = (await t.db.selectFrom('place').select('id').where('type', '=', 'market').executeTakeFirstOrThrow()).id;
    point = (await t.db.selectFrom('place').select('id').where('type', '=', 'sampling_point').executeTakeFirstOrThrow())
      .id;
    workers = await t.db.selectFrom('resident').select(['id', 'id_number']).orderBy('id').limit(2).execute();
    await buildUser(t.db, { username: 'office', roles: ['testing_staff'], scopeAll: true });
    await buildUser(t.db, { username: 'sampler', roles: ['sampler'], regionIds: [city] });
    for (const who of ['office', 'sampler']) cookies[who] = await signIn(t.app, who);
  });
  afterAll(() => t.close());

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
    await sql`UPDATE keypost_worker SET registered_at = now() - interval '97 hours'`.execute(t.db);
    expect((await overdue()).items.map((w: { resident: { id: number } }) => w.resident.id).sort()).toEqual(
      workers.map((w) => w.id).sort(),
    );
    const round = await call('office', 'POST', '/testing/campaigns', {
      name: '常态化检测',
      regionIds: [
        (await t.db.selectFrom('region').select('id').where('parent_id', 'is', null).executeTakeFirstOrThrow()).id,
      ],
      poolSize: 1,
      startsAt: new Date(Date.now() - 60_000).toISOString(),
      endsAt: new Date(Date.now() + 3_600_000).toISOString(),
      points: [{ placeId: point, tables: 1, opensAt: '07:00', closesAt: '21:00' }],
    });
    await call('sampler', 'POST', '/testing/scans', {
      campaignId: round.json().campaign.id,
      placeId: point,
      tableNo: 1,
      events: [
        {
          scanId: randomUUID(),
          kind: 'sample',
          tube: 'KP-0001',
          person: workers[0]?.id_number,
          at: new Date().toISOString(),
        },
      ],
    });
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
