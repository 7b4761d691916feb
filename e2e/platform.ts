import { existsSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { type APIRequestContext, request } from 'playwright-core';
import { expect } from 'vitest';
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

type Platform = Awaited<ReturnType<typeof startPlatform>>;

/** An API client of the platform signed in as its admin. */
export async function signInAdmin(url: string): Promise<APIRequestContext> {
  const admin = await request.newContext({ baseURL: url });
  expect((await admin.post('/api/v1/auth/login', { data: { username: 'admin', password: adminPassword } })).ok()).toBe(
    true,
  );
  return admin;
}

/**
 * Accounts for a test, made by the admin over the whole jurisdiction and ready to sign in with (no change
 * of password asked for).
 */
export async function createUsers(
  platform: Platform,
  admin: APIRequestContext,
  users: { username: string; password: string; displayName: string; roles: string[] }[],
): Promise<void> {
  for (const user of users) {
    const created = await admin.post('/api/v1/users', { data: { ...user, regionIds: [], scopeAll: true } });
    expect(created.status()).toBe(201);
    await sql`UPDATE app_user SET must_change_password = false WHERE username = ${user.username}`.execute(
      platform.database.db,
    );
  }
}
