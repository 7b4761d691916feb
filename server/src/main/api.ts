import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../core/config.ts';
import { isAlive } from '../core/db/embedded.ts';
import { buildApp } from '../core/http/app.ts';
import { startJobQueue, stopJobQueue } from '../core/jobs.ts';
import type { App } from '../core/http/types.ts';
import { ensureAdministrator } from '../modules/accounts/bootstrap.ts';
import { loadDemoIfEmpty } from '../modules/registry/demo-loader.ts';
import { moduleJobs, moduleRoutes } from './modules.ts';
import { openRuntime } from './runtime.ts';

/** One app per embedded data folder: a second start would fight the first over its database. */
async function claimDataDir(dataDir: string): Promise<() => Promise<void>> {
  await mkdir(dataDir, { recursive: true });
  const lock = path.join(dataDir, 'app.pid');
  if (existsSync(lock)) {
    const pid = Number(await readFile(lock, 'utf8'));
    if (pid !== process.pid && isAlive(pid)) throw new Error(`another Fangkong (pid ${pid}) is running on ${dataDir}`);
  }
  await writeFile(lock, String(process.pid));
  return () => rm(lock, { force: true });
}

export interface RunningServer {
  app: App;
  url: string;
  stop(): Promise<void>;
}

/** Starts the whole platform: database (embedded unless DATABASE_URL), migrations, first admin, HTTP. */
export async function startServer(config: Config): Promise<RunningServer> {
  const release = config.databaseUrl ? async () => {} : await claimDataDir(config.dataDir);
  const log = { level: config.logLevel };
  const runtime = await openRuntime(config, {
    onDbError: (e) => console.error(`database connection lost: ${e.message}`),
  });
  const admin = await ensureAdministrator(runtime.db, config.adminPassword);
  if (admin?.generatedPassword) {
    console.log(
      `\n  Administrator created — username: admin  password: ${admin.generatedPassword}\n  (shown once; you will be asked to change it)\n`,
    );
  }
  if (config.loadDemo) await loadDemoIfEmpty(runtime.db, config.demoResidents);
  const jobs = await startJobQueue(runtime.url, (e) => console.error(`job queue: ${e.message}`));
  for (const register of moduleJobs) await register({ db: runtime.db, config, jobs });
  const app = await buildApp({ db: runtime.db, config, jobs, modules: moduleRoutes, logger: log });
  const address = await app.listen({ port: config.port, host: config.host });
  return {
    app,
    url: address,
    stop: async () => {
      await app.close();
      await stopJobQueue(jobs);
      await runtime.shutdown();
      await release();
    },
  };
}
