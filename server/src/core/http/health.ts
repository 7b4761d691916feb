import { Type } from '@sinclair/typebox';
import { sql } from 'kysely';
import type { Db } from '../db/database.ts';
import type { App } from './types.ts';

const Health = Type.Object({
  status: Type.Union([Type.Literal('ok'), Type.Literal('degraded')]),
  db: Type.Union([Type.Literal('ok'), Type.Literal('down')]),
});

/** GET /api/health: 200 while the database answers, 503 while it does not; never throws. */
export function registerHealth(app: App, db: Db): void {
  app.get(
    '/api/health',
    { schema: { tags: ['system'], response: { 200: Health, 503: Health } } },
    async (request, reply) => {
      try {
        await sql`SELECT 1`.execute(db);
        return { status: 'ok' as const, db: 'ok' as const };
      } catch (error) {
        request.log.warn({ err: error }, 'health: database unreachable');
        return reply.code(503).send({ status: 'degraded' as const, db: 'down' as const });
      }
    },
  );
}
