import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser, createTestApp, signIn, type TestApp } from '../../../test/app.ts';
import { loadDemoCity } from '../registry/demo-loader.ts';

describe("a resident's personal page and code", () => {
  let t: TestApp;
  const cookies: Record<string, string> = {};
  let resident: { id: number; name: string };
  let campaignId: number;
  let point: number;
  const call = (who: string | null, method: 'GET' | 'POST', url: string, payload?: object) =>
    t.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: who ? { cookie: cookies[who] ?? '' } : {},
      ...(payload ? { payload } : {}),
    });

  beforeAll(async () => {
    t = await createTestApp();
    await loadDemoCity(t.db, { residents: 600, seed: 4 });
    const city = (await t.db.selectFrom('region').select('id').where('parent_id', 'is', null).executeTakeFirstOrThrow())
      .id;
    point = (await t.db.selectFrom('place').select('id').where('type', '=', 'sampling_point').executeTakeFirstOrThrow())
      .id;
    resident = await t.db.selectFrom('resident').select(['id', 'name']).orderBy('id').executeTakeFirstOrThrow();
    await buildUser(t.db, { username: 'office', roles: ['testing_staff', 'tracing_staff'], scopeAll: true });
    await buildUser(t.db, { username: 'sampler', roles: ['sampler'], regionIds: [city] });
    for (const who of ['office', 'sampler']) cookies[who] = await signIn(t.app, who);
    campaignId = (
      await call('office', 'POST', '/testing/campaigns', {
        name: '个人码轮次',
        regionIds: [city],
        poolSize: 1,
        startsAt: new Date(Date.now() - 60_000).toISOString(),
        endsAt: new Date(Date.now() + 3_600_000).toISOString(),
        points: [{ placeId: point, tables: 1, opensAt: '07:00', closesAt: '21:00' }],
      })
    ).json().campaign.id;
  });
  afterAll(() => t.close());

  it('should let a sampler take a person by the code on their page, and show them their result', async () => {
    const link = (await call('office', 'GET', `/testing/personal-links/${resident.id}`)).json();
    expect(link.path).toBe(`/me/${link.token}`);
    const before = (await call(null, 'GET', `/testing/me/${link.token}`)).json();
    expect(before).toMatchObject({ code: `FKP:${link.token}`, results: [] });
    expect(before.name.startsWith(resident.name.slice(0, 1))).toBe(true);
    expect(before.name).toContain('*');
    const scanned = await call('sampler', 'POST', '/testing/scans', {
      campaignId,
      placeId: point,
      tableNo: 1,
      events: [
        { scanId: randomUUID(), kind: 'sample', tube: 'PC-0001', person: before.code, at: new Date().toISOString() },
        {
          scanId: randomUUID(),
          kind: 'sample',
          tube: 'PC-0002',
          person: `FKP:${resident.id}.forged-signature-xx`,
          at: new Date().toISOString(),
        },
      ],
    });
    expect(scanned.json().outcomes.map((o: { status: string; reason?: string }) => o.reason ?? o.status)).toEqual([
      'stored',
      'unknown_person',
    ]);
    const page = (await call(null, 'GET', `/testing/me/${link.token}`)).json();
    expect(page.results).toEqual([
      { round: '个人码轮次', sampledAt: expect.any(String), result: 'pending', resultAt: null },
    ]);
  });

  it('should answer 404 to a token the platform did not sign, and audit each view', async () => {
    expect((await call(null, 'GET', `/testing/me/${resident.id}.AAAAAAAAAAAAAAAAAAAAAA`)).statusCode).toBe(404);
    const views = await t.db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('action', '=', 'testing.personal_page.read')
      .executeTakeFirstOrThrow();
    expect(Number(views.n)).toBe(2);
  });
});
