import { loadConfig } from '../../server/src/core/config.ts';
import { buildApp } from '../../server/src/core/http/app.ts';
import { startJobQueue, stopJobQueue } from '../../server/src/core/jobs.ts';
import { moduleRoutes } from '../../server/src/main/modules.ts';
import { testPassword } from '../../server/test/app.ts';
import type { BenchDatabase } from './database.ts';

/** The platform's HTTP API on loopback over the bench database (no web pages, sign-in not rate-limited). */
export async function startBenchApp(database: BenchDatabase): Promise<{ base: string; close: () => Promise<void> }> {
  const jobs = await startJobQueue(database.url);
  const app = await buildApp({
    db: database.db,
    config: loadConfig({ FANGKONG_WEB_DIST: '/nonexistent', FANGKONG_LOGIN_RATE_PER_MINUTE: '100000' }),
    jobs,
    modules: moduleRoutes,
  });
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    base,
    close: async () => {
      await app.close();
      await stopJobQueue(jobs, 1_000);
    },
  };
}

/** An API call as a signed-in user of the bench app. */
export type Call = (
  method: string,
  url: string,
  body?: unknown,
) => Promise<{ status: number; json: () => Promise<unknown> }>;

/** Signs `username` in (password testPassword) and returns the Cookie header of the session. */
export async function sessionCookie(base: string, username: string): Promise<string> {
  const login = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: testPassword }),
  });
  return login.headers.get('set-cookie')?.split(';')[0] ?? '';
}

/** Signs `username` in (password testPassword) and returns a caller carrying the session cookie. */
export async function signedIn(base: string, username: string): Promise<Call> {
  const cookie = await sessionCookie(base, username);
  return (method, url, body) =>
    fetch(`${base}/api/v1${url}`, {
      method,
      headers: body === undefined ? { cookie } : { cookie, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
}
