import { Type } from '@sinclair/typebox';
import { actorOf } from '../../../core/auth/plugin.ts';
import type { App, ModuleDeps } from '../../../core/http/types.ts';
import { QuarantineParams } from '../quarantines.schema.ts';
import { SiteDayQuery } from './checks.schema.ts';
import { QuarantineTest, TestDue } from './tests.schema.ts';
import { quarantineTests, testsDue } from './tests.service.ts';

const tags = ['quarantine'];
const read = { access: 'quarantine.read' } as const;

/** Test schedules from the protocol, with results linked from mass testing on read. */
export function testRoutes(app: App, { db, config }: ModuleDeps) {
  app.get(
    '/quarantines/:quarantineId/tests',
    {
      config: read,
      schema: { tags, params: QuarantineParams, response: { 200: Type.Object({ items: Type.Array(QuarantineTest) }) } },
    },
    async (request) => ({
      items: await quarantineTests(db, actorOf(request), config.timeZone, request.params.quarantineId),
    }),
  );

  app.get(
    '/quarantine/tests-due',
    {
      config: read,
      schema: {
        tags,
        description: 'Tests due on a day (today by default), at a site or anywhere within reach, done or not.',
        querystring: SiteDayQuery,
        response: { 200: Type.Object({ items: Type.Array(TestDue) }) },
      },
    },
    async (request) => ({ items: await testsDue(db, actorOf(request), config.timeZone, request.query) }),
  );
}
