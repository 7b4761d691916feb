import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRegionTree, buildUser, createTestApp, signIn, type RegionTree, type TestApp } from '../../../test/app.ts';
import { roles } from '../../core/auth/roles.ts';

/**
 * The jurisdiction matrix: for every role, a user assigned grid A sees grid A's subtree and nothing
 * else (404, not 403, for what lies outside), and a district commander sees the whole district only.
 */
describe('jurisdiction', () => {
  let t: TestApp;
  let tree: RegionTree;
  const get = (cookie: string, url: string) => t.app.inject({ method: 'GET', url, headers: { cookie } });
  const ids = (body: { items: { id: number }[] }) => body.items.map((item) => item.id).sort((a, b) => a - b);

  beforeAll(async () => {
    t = await createTestApp();
    tree = await buildRegionTree(t.db);
  });
  afterAll(() => t.close());

  describe.each(roles)('a %s assigned to grid A', (role) => {
    let cookie: string;
    beforeAll(async () => {
      await buildUser(t.db, { username: `${role}-a`, roles: [role], regionIds: [tree.gridA] });
      cookie = await signIn(t.app, `${role}-a`);
    });

    it('should get 404 for a grid in another district and for the sibling grid', async () => {
      for (const id of [tree.gridB, tree.gridA2, tree.communityA, tree.city]) {
        const response = await get(cookie, `/api/v1/regions/${id}`);
        expect(response.statusCode).toBe(404);
        expect(response.json().code).toBe('NOT_FOUND');
      }
    });

    it('should read its own grid', async () => {
      const response = await get(cookie, `/api/v1/regions/${tree.gridA}`);
      expect(response.statusCode).toBe(200);
      expect(response.json().ancestors).toEqual([]); // the community above is outside the jurisdiction
    });

    it('should list only grid A', async () => {
      expect(ids((await get(cookie, '/api/v1/regions')).json())).toEqual([tree.gridA]);
      expect(ids((await get(cookie, '/api/v1/regions?q=网格')).json())).toEqual([tree.gridA]);
      expect((await get(cookie, `/api/v1/regions?parentId=${tree.communityA}`)).statusCode).toBe(404);
    });
  });

  describe('a district commander', () => {
    let cookie: string;
    beforeAll(async () => {
      await buildUser(t.db, { username: 'district-commander', roles: ['commander'], regionIds: [tree.districtA] });
      cookie = await signIn(t.app, 'district-commander');
    });

    it('should see every grid of the district', async () => {
      expect(ids((await get(cookie, '/api/v1/regions?q=网格')).json())).toEqual([tree.gridA, tree.gridA2]);
      expect(ids((await get(cookie, `/api/v1/regions?parentId=${tree.communityA}`)).json())).toEqual([
        tree.gridA,
        tree.gridA2,
      ]);
      const grid = await get(cookie, `/api/v1/regions/${tree.gridA2}`);
      expect(grid.json().ancestors.map((a: { id: number }) => a.id)).toEqual([
        tree.districtA,
        tree.streetA,
        tree.communityA,
      ]);
    });

    it('should see nothing outside the district', async () => {
      expect((await get(cookie, `/api/v1/regions/${tree.gridB}`)).statusCode).toBe(404);
      expect((await get(cookie, `/api/v1/regions/${tree.districtB}`)).statusCode).toBe(404);
      expect(ids((await get(cookie, '/api/v1/regions?q=新塘')).json())).toEqual([]);
    });

    it('should not manage users or read the audit log', async () => {
      expect((await get(cookie, '/api/v1/users')).statusCode).toBe(403);
      expect((await get(cookie, '/api/v1/audit')).statusCode).toBe(403);
    });
  });

  describe('a district administrator', () => {
    let cookie: string;
    beforeAll(async () => {
      await buildUser(t.db, { username: 'admin-a', roles: ['administrator'], regionIds: [tree.districtA] });
      await buildUser(t.db, { username: 'worker-b', roles: ['grid_worker'], regionIds: [tree.gridB] });
      cookie = await signIn(t.app, 'admin-a');
    });

    it('should list only accounts within the district', async () => {
      const usernames = (await get(cookie, '/api/v1/users?pageSize=200'))
        .json()
        .items.map((u: { username: string }) => u.username);
      expect(usernames).toContain('grid_worker-a');
      expect(usernames).not.toContain('worker-b');
    });

    it('should not grant regions outside the district, nor the whole tree', async () => {
      const create = (payload: object) =>
        t.app.inject({ method: 'POST', url: '/api/v1/users', headers: { cookie }, payload });
      const base = { username: 'x1', displayName: 'x', roles: ['grid_worker'] };
      expect((await create({ ...base, regionIds: [tree.gridB] })).json().code).toBe('SCOPE_EXCEEDED');
      expect((await create({ ...base, regionIds: [], scopeAll: true })).json().code).toBe('SCOPE_EXCEEDED');
      expect((await create({ ...base, regionIds: [tree.gridA] })).statusCode).toBe(201);
    });

    it('should get 404 for an account outside the district', async () => {
      const outsider = await t.db
        .selectFrom('app_user')
        .select('id')
        .where('username', '=', 'worker-b')
        .executeTakeFirstOrThrow();
      expect((await get(cookie, `/api/v1/users/${outsider.id}`)).statusCode).toBe(404);
    });
  });
});
