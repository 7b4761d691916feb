import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRegionTree, buildUser, createTestApp, signIn, type RegionTree, type TestApp } from '../../../test/app.ts';

describe('the administrative tree', () => {
  let t: TestApp;
  let tree: RegionTree;
  let cookie: string;
  const call = (method: 'POST' | 'PATCH' | 'DELETE' | 'GET', url: string, payload?: object) =>
    t.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });
  const pathOf = async (id: number) =>
    (await t.db.selectFrom('region').select('path').where('id', '=', id).executeTakeFirstOrThrow()).path;

  beforeAll(async () => {
    t = await createTestApp();
    tree = await buildRegionTree(t.db);
    await buildUser(t.db, { username: 'root', roles: ['administrator'], scopeAll: true });
    cookie = await signIn(t.app, 'root');
  });
  afterAll(() => t.close());

  it('should keep levels as data, ordered from city to grid', async () => {
    const levels = (await call('GET', '/api/v1/region-levels')).json().items;
    expect(levels.map((l: { key: string }) => l.key)).toEqual(['city', 'district', 'street', 'community', 'grid']);
  });

  it('should refuse a child of a higher level than its parent', async () => {
    const response = await call('POST', '/api/v1/regions', { parentId: tree.gridA, levelId: 4, name: '错层社区' });
    expect(response.statusCode).toBe(422);
    expect(response.json().code).toBe('REGION_PLACEMENT_INVALID');
  });

  it('should refuse a duplicate code and a duplicate sibling name', async () => {
    expect(
      (
        await call('POST', '/api/v1/regions', { parentId: tree.city, levelId: 2, code: '430203', name: '重复区' })
      ).json().code,
    ).toBe('REGION_CODE_TAKEN');
    expect(
      (await call('POST', '/api/v1/regions', { parentId: tree.city, levelId: 2, name: '芦淞区' })).json().code,
    ).toBe('REGION_NAME_TAKEN');
  });

  it('should move a region with its whole subtree', async () => {
    const street = (
      await call('POST', '/api/v1/regions', { parentId: tree.districtA, levelId: 3, name: '龙泉街道' })
    ).json().region;
    const community = (
      await call('POST', '/api/v1/regions', { parentId: street.id, levelId: 4, name: '荷叶一村' })
    ).json().region;
    const moved = await call('PATCH', `/api/v1/regions/${street.id}`, { parentId: tree.districtB });
    expect(moved.json().region.parentId).toBe(tree.districtB);
    expect(await pathOf(community.id)).toBe(`${await pathOf(tree.districtB)}.${street.id}.${community.id}`);
  });

  it('should refuse to move a region under its own subtree', async () => {
    const response = await call('PATCH', `/api/v1/regions/${tree.streetA}`, { parentId: tree.communityA });
    expect(response.statusCode).toBe(422);
  });

  it('should delete only a region without children, and audit it', async () => {
    expect((await call('DELETE', `/api/v1/regions/${tree.communityA}`)).json().code).toBe('REGION_HAS_CHILDREN');
    const leaf = (
      await call('POST', '/api/v1/regions', { parentId: tree.communityA, levelId: 5, name: '临时网格' })
    ).json().region;
    expect((await call('DELETE', `/api/v1/regions/${leaf.id}`)).statusCode).toBe(204);
    const audit = await t.db
      .selectFrom('audit_log')
      .select(['action', 'actor_name'])
      .where('entity_id', '=', String(leaf.id))
      .orderBy('id')
      .execute();
    expect(audit).toEqual([
      { action: 'region.create', actor_name: 'root' },
      { action: 'region.delete', actor_name: 'root' },
    ]);
  });

  it("should refuse to delete a region that is some user's jurisdiction", async () => {
    const leaf = (
      await call('POST', '/api/v1/regions', { parentId: tree.communityA, levelId: 5, name: '在用网格' })
    ).json().region;
    await buildUser(t.db, { username: 'holder', roles: ['grid_worker'], regionIds: [leaf.id] });
    expect((await call('DELETE', `/api/v1/regions/${leaf.id}`)).json().code).toBe('REGION_IN_USE');
  });
});
