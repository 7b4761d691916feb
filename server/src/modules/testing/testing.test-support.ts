import { randomUUID } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { openWorld, type World } from '../../../test/world.ts';
import type { Role } from '../../core/auth/roles.ts';

/** The users the testing tests sign in as: scope all (office) or the demo city's top region. */
const staff: Record<string, { roles: Role[]; scopeAll?: boolean }> = {
  office: { roles: ['testing_staff', 'tracing_staff'], scopeAll: true },
  sampler: { roles: ['sampler'] },
  lab: { roles: ['lab_staff'] },
};

export interface TestingWorld extends World {
  /** Its first sampling point. */
  point: number;
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
  const world = await openWorld(city, staff);
  const { t, call } = world;
  const top = world.city;
  const point = (
    await t.db.selectFrom('place').select('id').where('type', '=', 'sampling_point').executeTakeFirstOrThrow()
  ).id;
  return {
    ...world,
    point,
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
