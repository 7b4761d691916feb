import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromBase64Url } from '../server/src/modules/passes/pass-token.ts';
import { designateArea } from '../server/src/modules/passes/passes.test-support.ts';
import { openWorld, type World } from '../server/test/world.ts';
import { benchOfflineVerification, benchPassVerification } from './lib/control-passes.ts';

// A tiny run inside `npm test`, so the pass benchmarks cannot rot between real runs.
describe('bench: pass verification (tiny)', () => {
  let world: World;
  let baseUrl: string;
  const tokens: string[] = [];

  beforeAll(async () => {
    world = await openWorld(
      { residents: 200, seed: 63 },
      { worker: { roles: ['grid_worker'] }, keeper: { roles: ['gatekeeper'] } },
    );
    const { rows } = await sql<{ household: number; resident: number }>`
      SELECT household_id AS household, min(id) AS resident FROM resident
       GROUP BY household_id ORDER BY household_id LIMIT 3`.execute(world.t.db);
    await designateArea(
      world.t.db,
      'high',
      rows.map((r) => r.household),
    );
    for (const { resident } of rows) {
      tokens.push(
        (await world.call('worker', 'POST', '/passes', { residentId: resident })).json<{ token: string }>().token,
      );
    }
    baseUrl = await world.t.app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(() => world.t.close());

  it('should verify tokens over HTTP from concurrent gates and on the phone, all found valid', async () => {
    const online = await benchPassVerification({
      baseUrl,
      cookie: world.cookieOf('keeper'),
      tokens,
      concurrency: 4,
      seconds: 1,
    });
    expect(online.errors).toBe(0);
    expect(online.perSecond).toBeGreaterThan(0);
    expect(online.p99Ms).toBeGreaterThanOrEqual(online.p50Ms);
    const key = (await world.t.app.inject({ method: 'GET', url: '/api/v1/passes/keys' })).json<{ publicKey: string }>();
    const offline = benchOfflineVerification(tokens, fromBase64Url(key.publicKey)!);
    expect(offline.perTokenMs).toBeGreaterThan(0);
  });
});
