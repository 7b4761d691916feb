import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openScreeningWorld, type ScreeningWorld, unknownIdNumber } from './screening.test-support.ts';

describe('self-reports (主动报备) from the public page', () => {
  let world: ScreeningWorld;
  const report = (body: object) =>
    world.t.app.inject({ method: 'POST', url: '/api/v1/public/self-reports', payload: body });
  const of = (person: { id_number: string; name: string } | undefined) => ({
    name: person?.name,
    idNumber: person?.id_number,
    phone: '13700137000',
    address: '幸福小区 2 栋 301',
    fromArea: '上海市浦东新区',
    arrivedAt: new Date(Date.now() - 3_600_000).toISOString(),
  });
  const today = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });

  beforeAll(async () => {
    // The grid worker of grid B, far below the city top where the day's list is kept.
    world = await openScreeningWorld(25);
    await world.signInAs('gw', ['grid_worker'], [world.gridB]);
  });
  afterAll(() => world.t.close());

  it("should keep the day's first reports, sent at once, on one list of the day", async () => {
    const sent = await Promise.all(world.inA.map((person) => report(of(person))));
    expect(sent.map((r) => r.statusCode)).toEqual([201, 201, 201]);
    const { rows: lists } = await sql`
      SELECT name, region_id FROM screening_list WHERE source = 'self_report'`.execute(world.t.db);
    expect(lists).toEqual([{ name: `主动报备 ${today()}`, region_id: world.city }]);
  });

  it('should give a receipt and nothing personal back, and the same receipt to the same person that day', async () => {
    const body = of(world.inB[0]);
    const first = await report(body);
    expect(first.statusCode).toBe(201);
    const { reference } = first.json();
    expect(Object.keys(first.json())).toEqual(['reference']);
    expect(reference).toMatch(/^BB[0-9A-Z]{6}$/);
    const again = await report({ ...body, phone: '13900000000', note: '再次提交' });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual({ reference });
    const stored = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM key_person WHERE id_number = ${body.idNumber}`.execute(world.t.db);
    expect(stored.rows[0]?.n).toBe(1);
    const audit = await sql<{ actor_id: number | null; summary: object }>`
      SELECT actor_id, summary FROM audit_log WHERE action = 'screening.self_report' ORDER BY id`.execute(world.t.db);
    expect(audit.rows).toHaveLength(4);
    expect(audit.rows[3]).toMatchObject({ actor_id: null, summary: { matched: true } });
    expect(JSON.stringify(audit.rows)).not.toContain(body.idNumber);
  });

  it("should reach the grid worker of the reporter's grid, masked, whatever their jurisdiction's list", async () => {
    const page = await world.call('gw', 'GET', '/screening/key-persons');
    expect(page.json()).toMatchObject({
      total: 1,
      items: [
        {
          name: world.inB[0]?.name,
          phone: '137****7000',
          fromArea: '上海市浦东新区',
          matched: true,
          grid: { id: world.gridB },
          list: { name: `主动报备 ${today()}`, source: 'self_report' },
          status: 'pending',
        },
      ],
    });
    const lists = await world.call('gw', 'GET', '/screening/lists');
    expect(lists.json().items).toMatchObject([{ source: 'self_report', counts: { total: 1, pending: 1 } }]);
  });

  it('should leave a reporter the registry does not know at the city top for a grid to be assigned', async () => {
    const stranger = { ...of(undefined), name: '来访者', idNumber: unknownIdNumber(9) };
    expect((await report(stranger)).statusCode).toBe(201);
    const waiting = await world.call('office', 'GET', '/screening/key-persons?gridId=0');
    expect(waiting.json()).toMatchObject({ total: 1, items: [{ name: '来访者', matched: false, grid: null }] });
  });

  it('should say which answers to check, and keep passports to inbound lists', async () => {
    const typo = unknownIdNumber(10);
    const bad = await report({
      ...of(world.inB[1]),
      idNumber: typo.slice(0, 17) + (typo[17] === '1' ? '2' : '1'),
      phone: '1234567',
      name: '   ',
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json()).toMatchObject({
      code: 'SELF_REPORT_INVALID',
      errors: [
        { path: 'body.idNumber', message: 'id_checksum' },
        { path: 'body.name', message: 'required' },
        { path: 'body.phone', message: 'invalid' },
      ],
    });
    const passport = await report({ ...of(world.inB[1]), idNumber: 'E12345678' });
    expect(passport.json()).toMatchObject({ errors: [{ path: 'body.idNumber', message: 'id_format' }] });
  });
});
