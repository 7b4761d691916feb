import path from 'node:path';

/** Every setting of the platform, read once from the environment (see README, Configuration). */
export interface Config {
  port: number;
  host: string;
  /** Root of local state: the embedded PostgreSQL cluster lives in <dataDir>/pg. */
  dataDir: string;
  /** External PostgreSQL; when absent an embedded cluster is started in dataDir. */
  databaseUrl: string | undefined;
  adminPassword: string | undefined;
  bodyLimitBytes: number;
  sessionIdleHours: number;
  secureCookies: boolean;
  /** Behind a reverse proxy: take the client address from X-Forwarded-For (for audit). */
  trustProxy: boolean;
  loginMaxFailures: number;
  loginLockMinutes: number;
  /** Sign-in attempts per minute from one address (against password spraying across accounts). */
  loginRatePerMinute: number;
  logLevel: string;
  webDist: string;
  /** Load the demo city into an empty database at start (FANGKONG_DEMO, `start --no-demo`). */
  loadDemo: boolean;
  /** Residents of that demo city. */
  demoResidents: number;
  /** Largest uploaded ledger, in bytes. */
  uploadLimitBytes: number;
  /** Zone for day boundaries and display. */
  timeZone: string;
}

type Env = Record<string, string | undefined>;

function intFrom(env: Env, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a non-negative integer, got "${raw}"`);
  return value;
}

function boolFrom(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no', 'off'].includes(raw.toLowerCase())) return false;
  throw new Error(`${name} must be true or false, got "${raw}"`);
}

const repoRoot = path.resolve(import.meta.dirname, '../../..');

export function loadConfig(env: Env = process.env, overrides: Partial<Config> = {}): Config {
  return {
    port: intFrom(env, 'PORT', 3000),
    host: env.HOST ?? '0.0.0.0',
    dataDir: path.resolve(env.FANGKONG_DATA_DIR ?? path.join(repoRoot, 'data')),
    databaseUrl: env.DATABASE_URL || undefined,
    adminPassword: env.FANGKONG_ADMIN_PASSWORD || undefined,
    bodyLimitBytes: intFrom(env, 'FANGKONG_BODY_LIMIT', 1024 * 1024),
    sessionIdleHours: intFrom(env, 'FANGKONG_SESSION_HOURS', 12),
    secureCookies: boolFrom(env, 'FANGKONG_SECURE_COOKIES', false),
    trustProxy: boolFrom(env, 'FANGKONG_TRUST_PROXY', false),
    loginMaxFailures: intFrom(env, 'FANGKONG_LOGIN_MAX_FAILURES', 5),
    loginLockMinutes: intFrom(env, 'FANGKONG_LOGIN_LOCK_MINUTES', 15),
    loginRatePerMinute: intFrom(env, 'FANGKONG_LOGIN_RATE_PER_MINUTE', 30),
    logLevel: env.LOG_LEVEL ?? 'info',
    webDist: path.resolve(env.FANGKONG_WEB_DIST ?? path.join(repoRoot, 'web/dist')),
    loadDemo: boolFrom(env, 'FANGKONG_DEMO', true),
    demoResidents: intFrom(env, 'FANGKONG_DEMO_RESIDENTS', 20_000),
    uploadLimitBytes: intFrom(env, 'FANGKONG_UPLOAD_LIMIT', 2 * 1024 ** 3),
    timeZone: env.FANGKONG_TIME_ZONE ?? 'Asia/Shanghai',
    ...overrides,
  };
}
