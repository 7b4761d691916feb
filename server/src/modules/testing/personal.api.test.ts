import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestingWorld, sampleScan, type TestingWorld } from './testing.test-support.ts';

describe("a resident's personal page and code", () => {
  let world: TestingWorld;
  let resident: { id: number; name: string };
  let campaignId: number;
  // 'anyone' holds no session: the personal page needs none.
  const call: TestingWorld['call'] = (...args) => world.call(...args);

  beforeAll(async () => {
    world = await openTestingWorld({ residents: 600, seed: 4 });
    resident = await world.t.db.selectFrom('resident').select(['id', 'name']).orderBy('id').executeTakeFirstOrThrow();
    campaignId = await world.openRound({ name: '个人码轮次', poolSize: 1 });
  });
  afterAll(() => world.t.close());

  it('should let a sampler take a person by the code on their page, and show them their result', async () => {
    const link = (await call('office', 'GET', `/testing/personal-links/${resident.id}`)).json();
    expect(link.path).toBe(`/me/${link.token}`);
    const before = (await call('anyone', 'GET', `/testing/me/${link.token}`)).json();
    expect(before).toMatchObject({ code: `FKP:${link.token}`, results: [] });
    expect(before.name.startsWith(resident.name.slice(0, 1))).toBe(true);
    expect(before.name).toContain('*');
    const scanned = await world.scan(campaignId, [
      sampleScan('PC-0001', before.code),
      sampleScan('PC-0002', `FKP:${resident.id}.forged-signature-xx`),
    ]);
    expect(scanned.json().outcomes.map((o: { status: string; reason?: string }) => o.reason ?? o.status)).toEqual([
      'stored',
      'unknown_person',
    ]);
    const page = (await call('anyone', 'GET', `/testing/me/${link.token}`)).json();
    expect(page.results).toEqual([
      { round: '个人码轮次', sampledAt: expect.any(String), result: 'pending', resultAt: null },
    ]);
  });

  it('should answer 404 to a token the platform did not sign, and audit each view', async () => {
    expect((await call('anyone', 'GET', `/testing/me/${resident.id}.AAAAAAAAAAAAAAAAAAAAAA`)).statusCode).toBe(404);
    const views = await world.t.db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('action', '=', 'testing.personal_page.read')
      .executeTakeFirstOrThrow();
    expect(Number(views.n)).toBe(2);
  });
});
