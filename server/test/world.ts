import type { LightMyRequestResponse } from 'fastify';
import type { Role } from '../src/core/auth/roles.ts';
import { loadDemoCity } from '../src/modules/registry/demo-loader.ts';
import { buildUser, createTestApp, signIn, type TestApp } from './app.ts';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface World {
  t: TestApp;
  /** The demo city's top region. */
  city: number;
  /** An API call as one of the signed-in users. */
  call: (who: string, method: Method, url: string, payload?: object) => Promise<LightMyRequestResponse>;
  signInAs: (username: string, roles: Role[], regionIds: number[], scopeAll?: boolean) => Promise<void>;
  /** The session cookie of a signed-in user, for requests `call` cannot make (uploads, other media types). */
  cookieOf: (who: string) => string;
}

/** An app on its own database with a demo city, and `staff` signed in (scoped to the whole city unless scopeAll). */
export async function openWorld(
  city: { residents: number; seed: number },
  staff: Record<string, { roles: Role[]; scopeAll?: boolean }>,
): Promise<World> {
  const t = await createTestApp();
  await loadDemoCity(t.db, city);
  const top = (await t.db.selectFrom('region').select('id').where('parent_id', 'is', null).executeTakeFirstOrThrow())
    .id;
  const cookies: Record<string, string> = {};
  const signInAs: World['signInAs'] = async (username, roles, regionIds, scopeAll = false) => {
    await buildUser(t.db, { username, roles, regionIds, scopeAll });
    cookies[username] = await signIn(t.app, username);
  };
  for (const [username, { roles, scopeAll }] of Object.entries(staff)) await signInAs(username, roles, [top], scopeAll);
  const call: World['call'] = (who, method, url, payload) =>
    t.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: { cookie: cookies[who] ?? '' },
      ...(payload ? { payload } : {}),
    });
  return { t, city: top, call, signInAs, cookieOf: (who) => cookies[who] ?? '' };
}
