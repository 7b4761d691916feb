import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRegionTree, buildUser, createTestApp, type RegionTree, signIn, type TestApp } from '../../../test/app.ts';

describe('registering a place by hand', () => {
  let t: TestApp;
  let tree: RegionTree;
  let cookie: string;
  const create = (payload: Record<string, unknown>, as = cookie) =>
    t.app.inject({ method: 'POST', url: '/api/v1/places', headers: { cookie: as }, payload });
  const school = { code: 'SCH-0001', type: 'school', name: '钟鼓岭小学', attributes: { students: 820, staff: 64 } };

  beforeAll(async () => {
    t = await createTestApp();
    tree = await buildRegionTree(t.db);
    await buildUser(t.db, { username: 'grid-a', roles: ['grid_worker'], regionIds: [tree.communityA] });
    cookie = await signIn(t.app, 'grid-a');
  });
  afterAll(() => t.close());

  it('should create it in a region of the jurisdiction, counted, audited, the phone masked in the answer', async () => {
    const response = await create({ ...school, regionId: tree.gridA, contactPhone: '138 1234 5678' });
    expect(response.statusCode).toBe(201);
    expect(response.json().place).toMatchObject({
      code: 'SCH-0001',
      type: 'school',
      region: { id: tree.gridA, name: '第一网格' },
      contactPhone: '138****5678',
      attributes: { students: 820, staff: 64 },
    });
    const counted = await t.db
      .selectFrom('registry_count')
      .select('places')
      .where('region_id', '=', tree.gridA)
      .executeTakeFirstOrThrow();
    expect(counted.places).toBe(1);
    const audit = await t.db
      .selectFrom('audit_log')
      .select(['entity_id', 'summary'])
      .where('action', '=', 'place.create')
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ entity_id: String(response.json().place.id), summary: { code: 'SCH-0001' } });
  });

  it('should refuse a code already in use, an invalid phone and a region outside the jurisdiction', async () => {
    const taken = await create({ ...school, regionId: tree.gridA2 });
    expect(taken.statusCode).toBe(409);
    expect(taken.json()).toMatchObject({ code: 'PLACE_CODE_TAKEN' });
    const phone = await create({ ...school, code: 'SCH-0002', regionId: tree.gridA, contactPhone: '12345' });
    expect(phone.statusCode).toBe(400);
    expect(phone.json().errors).toEqual([{ path: 'body.contactPhone', message: 'not a valid phone number' }]);
    expect((await create({ ...school, code: 'SCH-0003', regionId: tree.gridB })).statusCode).toBe(404);
    expect((await create({ ...school, code: 'SCH-0004', regionId: tree.gridA, type: 'spaceport' })).statusCode).toBe(
      400,
    );
  });

  it('should need the registry.manage permission', async () => {
    await buildUser(t.db, { username: 'viewer', roles: ['commander'], regionIds: [tree.city] });
    const response = await create({ ...school, code: 'SCH-0005', regionId: tree.gridA }, await signIn(t.app, 'viewer'));
    expect(response.statusCode).toBe(403);
  });
});
