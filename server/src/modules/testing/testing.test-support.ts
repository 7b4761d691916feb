import { randomUUID } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { buildUser, createTestApp, signIn, type TestApp } from '../../../test/app.ts';
import type { Role } from '../../core/auth/roles.ts';
import { loadDemoCity } from '../registry/demo-loader.ts';

/** The users the testing tests sign in as: scope all (office) or the demo city's top region. */
const staff: Record<string, { roles: Role[]; scopeAll?: boolean }> = {
  office: { roles: ['testing_staff', 'tracing_staff'], scopeAll: true },
  sampler: { roles: ['sampler'] },
  lab: { roles: ['lab_staff'] },
};

export interface TestingWorld {
  t: TestApp;
  /** The demo city's top region. */
  city: number;
  /** Its first sampling point. */
  point: number;
  /** An API call as one of the signed-in users (office, sampler, lab, or one added with `signInAs`). */
  call: (who: string, method: 'GET' | 'POST', url: string, payload?: object) => Promise<LightMyRequestResponse>;
  signInAs: (username: string, roles: Role[], regionIds: number[]) => Promise<void>;
  /** The session cookie of a signed-in user, for requests `call` cannot make (uploads, other media types). */
  cookieOf: (who: string) => string;
  /** Opens a round over the whole city at the first point, table 1, for the next hour. */
  openRound: (options: Record<string, unknown>) => Promise<number>;
  /** Posts scans from table 1 of the first point. */
  scan: (campaignId: number, events: object[]) => Promise<LightMyRequestResponse>;
}

/** A scan of a person into a tube, or the tube's closing, happening now. */
export const sampleScan = (tube: string, person: string | undefined) => ({
  scanId: randomUUID(),
  kind: 'sample' as const,
  tube,
  person,
  at: new Date().toISOString(),
});
export const sealScan = (tube: string) => ({
  scanId: randomUUID(),
  kind: 'seal' as const,
  tube,
  at: new Date().toISOString(),
});

/** An app on its own database with a demo city, and the testing staff signed in. */
export async function openTestingWorld(city: { residents: number; seed: number }): Promise<TestingWorld> {
  const t = await createTestApp();
  await loadDemoCity(t.db, city);
  const top = (await t.db.selectFrom('region').select('id').where('parent_id', 'is', null).executeTakeFirstOrThrow())
    .id;
  const point = (
    await t.db.selectFrom('place').select('id').where('type', '=', 'sampling_point').executeTakeFirstOrThrow()
  ).id;
  const cookies: Record<string, string> = {};
  const signInAs = async (username: string, roles: Role[], regionIds: number[], scopeAll = false) => {
    await buildUser(t.db, { username, roles, regionIds, scopeAll });
    cookies[username] = await signIn(t.app, username);
  };
  for (const [username, { roles, scopeAll }] of Object.entries(staff)) await signInAs(username, roles, [top], scopeAll);
  const call: TestingWorld['call'] = (who, method, url, payload) =>
    t.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: { cookie: cookies[who] ?? '' },
      ...(payload ? { payload } : {}),
    });
  return {
    t,
    city: top,
    point,
    call,
    signInAs: (username, roles, regionIds) => signInAs(username, roles, regionIds),
    cookieOf: (who) => cookies[who] ?? '',
    openRound: async (options) => {
      const created = await call('office', 'POST', '/testing/campaigns', {
        name: '测试轮次',
        regionIds: [top],
        poolSize: 10,
        startsAt: new Date(Date.now() - 60_000).toISOString(),
        endsAt: new Date(Date.now() + 3_600_000).toISOString(),
        points: [{ placeId: point, tables: 1, opensAt: '07:00', closesAt: '21:00' }],
        ...options,
      });
      if (created.statusCode !== 201) throw new Error(`round not created: ${created.body}`);
      return created.json<{ campaign: { id: number } }>().campaign.id;
    },
    scan: (campaignId, events) =>
      call('sampler', 'POST', '/testing/scans', { campaignId, placeId: point, tableNo: 1, events }),
  };
}
