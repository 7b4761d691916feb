import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser, createTestApp, signIn, type TestApp } from '../../../test/app.ts';
import { recountRegistry } from './counts.recount.ts';
import { loadDemoCity } from './demo-loader.ts';

describe('the demo city in the registry', () => {
  let t: TestApp;
  let loaded: Awaited<ReturnType<typeof loadDemoCity>>;
  const totals = async () =>
    (
      await sql<{ residents: number; households: number; places: number }>`
      SELECT sum(residents)::int AS residents, sum(households)::int AS households, sum(places)::int AS places FROM registry_count`.execute(
        t.db,
      )
    ).rows[0];

  beforeAll(async () => {
    t = await createTestApp();
    loaded = await loadDemoCity(t.db, { residents: 3_000, seed: 1 });
  });
  afterAll(() => t.close());

  it('should load every kind through the import paths, with live counts matching the rows', async () => {
    expect(loaded.residents).toBe(3_000);
    const rows = await sql<{ residents: number; households: number; places: number }>`
      SELECT (SELECT count(*)::int FROM resident) AS residents, (SELECT count(*)::int FROM household) AS households,
             (SELECT count(*)::int FROM place) AS places`.execute(t.db);
    expect(await totals()).toEqual(rows.rows[0]);
  });

  it('should change nothing when loaded again', async () => {
    const before = await totals();
    await loadDemoCity(t.db, { residents: 3_000, seed: 1 });
    expect(await totals()).toEqual(before);
  });

  it('should list places by type within a jurisdiction, contact phones masked', async () => {
    const district = await t.db
      .selectFrom('region')
      .select('id')
      .where('level_id', '=', 2)
      .orderBy('id')
      .executeTakeFirstOrThrow();
    await buildUser(t.db, { username: 'district-office', roles: ['commander'], regionIds: [district.id] });
    const cookie = await signIn(t.app, 'district-office');
    const page = (
      await t.app.inject({ method: 'GET', url: '/api/v1/places?pageSize=200', headers: { cookie } })
    ).json();
    expect(page.total).toBeGreaterThan(0);
    expect(page.items[0].contactPhone).toMatch(/^\d{3}\*+\d{4}$/);
    const schools = (
      await t.app.inject({ method: 'GET', url: '/api/v1/places?type=school', headers: { cookie } })
    ).json();
    expect(schools.items.every((p: { type: string }) => p.type === 'school')).toBe(true);
  });

  it('should edit a place with a reason, audited with the phone masked', async () => {
    const place = await t.db.selectFrom('place').select('id').orderBy('id').executeTakeFirstOrThrow();
    await buildUser(t.db, { username: 'city-keeper', roles: ['grid_worker'], scopeAll: true });
    const cookie = await signIn(t.app, 'city-keeper');
    const edit = (payload: object) =>
      t.app.inject({ method: 'PATCH', url: `/api/v1/places/${place.id}`, headers: { cookie }, payload });
    expect((await edit({ name: '新名称' })).statusCode).toBe(400);
    const edited = await edit({
      name: '湘江市第一人民医院（东院）',
      contactPhone: '13900001111',
      attributes: { beds: 800 },
      reason: '核实更新',
    });
    expect(edited.json().place).toMatchObject({ name: '湘江市第一人民医院（东院）', contactPhone: '139****1111' });
    expect(edited.json().place.attributes.beds).toBe(800);
    const entry = await t.db
      .selectFrom('audit_log')
      .select(['reason', 'summary'])
      .where('action', '=', 'place.update')
      .executeTakeFirstOrThrow();
    expect(entry).toMatchObject({ reason: '核实更新', summary: { contactPhone: '139****1111' } });
  });

  it('should repair drifted live counts from the facts', async () => {
    const before = await totals();
    await sql`UPDATE registry_count SET residents = residents + 7 WHERE region_id = (SELECT min(region_id) FROM registry_count)`.execute(
      t.db,
    );
    await sql`DELETE FROM registry_count WHERE region_id = (SELECT max(region_id) FROM registry_count)`.execute(t.db);
    expect(await t.db.transaction().execute((trx) => recountRegistry(trx))).toBe(2);
    expect(await totals()).toEqual(before);
    expect(await t.db.transaction().execute((trx) => recountRegistry(trx))).toBe(0);
  });
});
