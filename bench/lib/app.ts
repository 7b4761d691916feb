import { loadConfig } from '../../server/src/core/config.ts';
import { buildApp } from '../../server/src/core/http/app.ts';
import { startJobQueue, stopJobQueue } from '../../server/src/core/jobs.ts';
import { moduleRoutes } from '../../server/src/main/modules.ts';
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
