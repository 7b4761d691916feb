import { systemActor } from '../src/core/auth/actor.ts';
import type { Role } from '../src/core/auth/roles.ts';
import { systemContext } from '../src/core/audit/audit.ts';
import { type Config, loadConfig } from '../src/core/config.ts';
import type { Db } from '../src/core/db/database.ts';
import { buildApp } from '../src/core/http/app.ts';
import type { App } from '../src/core/http/types.ts';
import { startJobQueue, stopJobQueue } from '../src/core/jobs.ts';
import { moduleJobs, moduleRoutes } from '../src/main/modules.ts';
import { setPassword } from '../src/modules/accounts/accounts.repository.ts';
import { hashPassword } from '../src/core/auth/password.ts';
import { createUser } from '../src/modules/accounts/users.service.ts';
import { createRegion } from '../src/modules/regions/regions.service.ts';
import { createTestDatabase, type TestDatabase } from './db.ts';

export interface TestApp {
  app: App;
  db: Db;
  database: TestDatabase;
  config: Config;
  close(): Promise<void>;
}

/** The real HTTP application on a database of its own, driven in-process with app.inject(). */
export async function createTestApp(overrides: Partial<Config> = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = loadConfig({ FANGKONG_WEB_DIST: '/nonexistent' }, overrides);
  const jobs = await startJobQueue(database.url);
  for (const register of moduleJobs) await register({ db: database.db, config, jobs });
  const app = await buildApp({ db: database.db, config, jobs, modules: moduleRoutes });
  await app.ready();
  return {
    app,
    db: database.db,
    database,
    config,
    close: async () => {
      await app.close();
      await stopJobQueue(jobs, 5_000);
      await database.drop();
    },
  };
}

export const testPassword = 'Test-passw0rd';

/** A user with the given roles and regions, whose password is already their own (no forced change). */
export async function buildUser(
  db: Db,
  user: { username: string; roles: Role[]; regionIds?: number[]; scopeAll?: boolean },
): Promise<{ id: number; username: string }> {
  const { user: created } = await createUser(db, systemActor, systemContext, {
    username: user.username,
    displayName: user.username,
    roles: user.roles,
    regionIds: user.regionIds ?? [],
    scopeAll: user.scopeAll ?? false,
  });
  await setPassword(db, created.id, await hashPassword(testPassword), false);
  return { id: created.id, username: created.username };
}

/** Signs in through the API and returns the Cookie header for later requests. */
export async function signIn(app: App, username: string, password = testPassword): Promise<string> {
  const response = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });
  if (response.statusCode !== 200) throw new Error(`sign-in of ${username} failed: ${response.body}`);
  const cookie = response.cookies.find((c) => c.name === 'fk_session');
  if (!cookie) throw new Error('no session cookie');
  return `fk_session=${cookie.value}`;
}

export interface RegionTree {
  city: number;
  districtA: number;
  districtB: number;
  streetA: number;
  communityA: number;
  gridA: number;
  gridA2: number;
  gridB: number;
}

/** 株洲市 → 芦淞区 (street → community → grids A, A2) and 荷塘区 (… → grid B). */
export async function buildRegionTree(db: Db): Promise<RegionTree> {
  const add = async (parentId: number | null, levelId: number, code: string, name: string): Promise<number> =>
    (await createRegion(db, systemActor, systemContext, { parentId, levelId, code, name })).id;
  const city = await add(null, 1, '430200', '株洲市');
  const districtA = await add(city, 2, '430203', '芦淞区');
  const streetA = await add(districtA, 3, '430203001', '建设街道');
  const communityA = await add(streetA, 4, '430203001001', '钟鼓岭社区');
  const gridA = await add(communityA, 5, '430203001001-01', '第一网格');
  const gridA2 = await add(communityA, 5, '430203001001-02', '第二网格');
  const districtB = await add(city, 2, '430202', '荷塘区');
  const streetB = await add(districtB, 3, '430202001', '月塘街道');
  const communityB = await add(streetB, 4, '430202001001', '新塘社区');
  const gridB = await add(communityB, 5, '430202001001-01', '新塘第一网格');
  return { city, districtA, districtB, streetA, communityA, gridA, gridA2, gridB };
}
