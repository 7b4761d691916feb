import { existsSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../server/src/core/config.ts';
import { type RunningServer, startServer } from '../server/src/main/api.ts';
import { createTestDatabase, type TestDatabase } from '../server/test/db.ts';

export const adminPassword = 'E2e-admin-pass-1';
const webDist = path.resolve(import.meta.dirname, '../web/dist');

/** The whole platform as `npm start` runs it (built web pages included) on a test database of its own. */
export async function startPlatform(): Promise<{
  server: RunningServer;
  database: TestDatabase;
  stop(): Promise<void>;
}> {
  if (!existsSync(path.join(webDist, 'index.html'))) throw new Error('web/dist is missing: run `npm run build` first');
  const database = await createTestDatabase();
  const config = loadConfig(
    { FANGKONG_WEB_DIST: webDist, LOG_LEVEL: 'warn' },
    { databaseUrl: database.url, adminPassword, port: 0, host: '127.0.0.1' },
  );
  const server = await startServer(config);
  return {
    server,
    database,
    stop: async () => {
      await server.stop();
      await database.drop();
    },
  };
}
