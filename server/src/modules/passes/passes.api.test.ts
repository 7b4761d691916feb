import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePassToken } from './pass-token.ts';
import { type Household, openPassesWorld, type PassesWorld } from './passes.test-support.ts';

const DAY = 86_400_000;
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString();

describe('passes: issued to households of closed areas within their quota, revoked, scoped', () => {
  let world: PassesWorld;
  let sealed: Household; // in a high-risk (sealed) area
  let controlled: Household; // in a medium-risk (controlled) area
  let both: Household; // in a medium and a high area at once
  let open: Household; // in no area
  let elsewhere: Household; // sealed, in another grid
  let sealedArea: { id: number; code: string };
  let firstPassId: number;

  const passCount = async () =>
    Number((await sql<{ n: string }>`SELECT count(*) AS n FROM pass`.execute(world.t.db)).rows[0]?.n);
  const auditCount = async () =>
    Number((await sql<{ n: string }>`SELECT count(*) AS n FROM audit_log`.execute(world.t.db)).rows[0]?.n);
  const issue = (resident: number | undefined, validFrom?: string, who = 'worker') =>
    world.call(who, 'POST', '/passes', { residentId: resident, ...(validFrom ? { validFrom } : {}) });

  beforeAll(async () => {
    world = await openPassesWorld(61);
    [sealed, controlled, both, open, elsewhere] = world.households as [
      Household,
      Household,
      Household,
      Household,
      Household,
    ];
    sealedArea = await world.designate('high', [sealed.id, both.id, elsewhere.id]);
    await world.designate('medium', [controlled.id, both.id]);
  });
  afterAll(() => world.t.close());

  it('should issue a pass for the rest of the day with a signed token, a masked name and its basis', async () => {
    const issued = await issue(sealed.members[0]);
    expect(issued.statusCode).toBe(201);
    const { pass, token, basis } = issued.json();
    firstPassId = pass.id;
    expect(basis).toMatchObject({ protocol: 'v9', version: 1, rule: 'passes.sealed' });
    expect(pass).toMatchObject({
      householdId: sealed.id,
      area: { code: sealedArea.code, level: 'high' },
      closure: 'sealed',
      maxMinutesOut: 120,
      lateGraceMinutes: 15,
      status: 'issued',
      exitedAt: null,
    });
    expect(pass.name).toMatch(/^.\*/u);
    // Valid to the next midnight in Asia/Shanghai (UTC+8): 16:00 UTC.
    expect(pass.validTo).toMatch(/T16:00:00\.000Z$/);
    expect(Date.parse(pass.validTo) - Date.parse(pass.validFrom)).toBeLessThanOrEqual(DAY);
    const parsed = parsePassToken(token);
    expect(parsed?.payload).toMatchObject({
      pid: pass.id,
      hh: sealed.id,
      nm: pass.name,
      area: sealedArea.code,
      mo: 120,
    });
    expect(parsed?.payload.vt).toBe(Date.parse(pass.validTo) / 1000);
  });

  it('should refuse a second person of the household within 2 days, naming when the next may go, and change nothing', async () => {
    const [passes, audits] = [await passCount(), await auditCount()];
    const refused = await issue(sealed.members[1]);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('PASS_QUOTA_EXCEEDED');
    expect(refused.json().detail).toMatch(/每 2 天限 1 人外出，下次可于 \d{4}-\d{2}-\d{2} \d{2}:\d{2} 起申领/);
    expect([await passCount(), await auditCount()]).toEqual([passes, audits]);
    // Two days after the first pass started, the quota allows the next.
    expect((await issue(sealed.members[1], inDays(2.05))).statusCode).toBe(201);
  });

  it('should not count a pass revoked before it was used', async () => {
    const revoked = await world.call('worker', 'POST', `/passes/${firstPassId}/revoke`, { reason: '开错了人' });
    expect(revoked.json()).toMatchObject({ status: 'revoked', revokeReason: '开错了人' });
    const again = await world.call('worker', 'POST', `/passes/${firstPassId}/revoke`, { reason: '再撤一次' });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('PROPOSAL_STATE');
    expect((await issue(sealed.members[1])).statusCode).toBe(201);
  });

  it('should apply the controlled-area quota (one person a day) from its own rule', async () => {
    const first = await issue(controlled.members[0]);
    expect(first.json()).toMatchObject({ pass: { closure: 'controlled' }, basis: { rule: 'passes.controlled' } });
    expect((await issue(controlled.members[1], inDays(0.5))).json().code).toBe('PASS_QUOTA_EXCEEDED');
    expect((await issue(controlled.members[1], inDays(1.05))).statusCode).toBe(201);
  });

  it('should take the strictest area when a household lies in several', async () => {
    const first = await issue(both.members[0]);
    expect(first.json()).toMatchObject({
      pass: { closure: 'sealed', area: { level: 'high' } },
      basis: { rule: 'passes.sealed' },
    });
    // A day and a half later the controlled quota would allow it; the sealed one does not.
    expect((await issue(both.members[1], inDays(1.5))).json().code).toBe('PASS_QUOTA_EXCEEDED');
  });

  it('should refuse residents outside closed areas, and a start out of range', async () => {
    const outside = await issue(open.members[0]);
    expect(outside.statusCode).toBe(422);
    expect(outside.json().code).toBe('NOT_IN_CLOSED_AREA');
    // A low-risk area is not closed.
    await world.designate('low', [open.id]);
    expect((await issue(open.members[0])).json().code).toBe('NOT_IN_CLOSED_AREA');
    const early = await issue(sealed.members[0], inDays(-1));
    expect(early.statusCode).toBe(400);
    expect(early.json().errors).toEqual([expect.objectContaining({ path: 'body.validFrom' })]);
    expect((await issue(sealed.members[0], inDays(8))).statusCode).toBe(400);
    expect((await world.call('worker', 'POST', '/passes', { residentId: 'x' })).statusCode).toBe(400);
    // A gatekeeper checks passes; issuing them is the grid worker's.
    expect((await issue(sealed.members[0], undefined, 'keeper')).statusCode).toBe(403);
  });

  it('should keep a grid worker to their own grid', async () => {
    const far = await issue(elsewhere.members[0]);
    expect(far.statusCode).toBe(201);
    const farId = far.json().pass.id;
    expect((await issue(elsewhere.members[1], inDays(3), 'nearby')).statusCode).toBe(404);
    expect((await world.call('nearby', 'GET', `/passes/${farId}`)).statusCode).toBe(404);
    expect((await world.call('nearby', 'POST', `/passes/${farId}/revoke`, { reason: '越权' })).statusCode).toBe(404);
    const mine = (await world.call('nearby', 'GET', '/passes?pageSize=200')).json();
    expect(mine.items.length).toBeGreaterThan(0);
    expect(mine.items.every((p: { householdId: number }) => p.householdId !== elsewhere.id)).toBe(true);
    const all = (await world.call('worker', 'GET', `/passes?householdId=${elsewhere.id}`)).json();
    expect(all.items.map((p: { id: number }) => p.id)).toEqual([farId]);
  });

  it('should list the passes by status, and show one with its token and gate scans', async () => {
    const revoked = (await world.call('worker', 'GET', '/passes?status=revoked')).json();
    expect(revoked.items.map((p: { id: number }) => p.id)).toEqual([firstPassId]);
    const detail = (await world.call('worker', 'GET', `/passes/${firstPassId}`)).json();
    expect(detail).toMatchObject({ pass: { id: firstPassId, status: 'revoked' }, scans: [] });
    expect(parsePassToken(detail.token)?.payload.pid).toBe(firstPassId);
  });

  it('should list closed areas and their households with members and the quota used', async () => {
    const areas = (await world.call('worker', 'GET', '/passes/areas')).json().items;
    expect(areas.map((a: { level: string }) => a.level).sort()).toEqual(['high', 'medium']);
    expect(areas.find((a: { id: number }) => a.id === sealedArea.id)).toMatchObject({
      closure: 'sealed',
      quota: { persons: 1, everyDays: 2, maxHoursOut: 2 },
      basis: { rule: 'passes.sealed' },
      households: 3,
    });
    const page = (await world.call('worker', 'GET', `/passes/households?areaId=${sealedArea.id}`)).json();
    expect(page.total).toBe(3);
    const row = page.items.find((h: { id: number }) => h.id === both.id);
    expect(row).toMatchObject({ closure: 'sealed', area: { id: sealedArea.id }, used: 1, nextAt: expect.any(String) });
    expect(row.members.map((m: { id: number }) => m.id)).toEqual(both.members);
    const nearby = (await world.call('nearby', 'GET', `/passes/households?areaId=${sealedArea.id}`)).json();
    expect(nearby.items.map((h: { id: number }) => h.id).sort()).toEqual([sealed.id, both.id].sort());
  });
});
