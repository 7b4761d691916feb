import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import path from 'node:path';
import { text } from 'node:stream/consumers';
import { hashes, verify } from '@noble/ed25519';
import { sql } from 'kysely';
import type { Db } from '../../server/src/core/db/database.ts';
import { fromBase64Url, judgePass, parsePassToken, toBase64Url } from '../../server/src/modules/passes/pass-token.ts';
import { designateArea } from '../../server/src/modules/passes/passes.test-support.ts';
import { buildUser } from '../../server/test/app.ts';
import { genuineWith } from '../../web/src/features/control/gate/verify.ts';
import { sessionCookie, signedIn } from './app.ts';
import type { GateLoad } from './pass-gates-child.ts';

export interface BenchPasses {
  /** Valid pass tokens, one per household of the closed area. */
  tokens: string[];
  /** The Cookie header of a gatekeeper's session. */
  cookie: string;
  /** The raw Ed25519 public key a gate's phone caches (from the public key endpoint). */
  publicKey: Uint8Array;
}

/**
 * What the pass benches need on a loaded city served at `base`: a high-risk (closed) area over `count`
 * households, a pass issued over the API by a grid worker to one member of each, a gatekeeper's session
 * and the public key as gates fetch it. The households are the city's last, away from the residents
 * seedQuarantines takes first.
 */
export async function preparePasses(db: Db, base: string, count: number): Promise<BenchPasses> {
  const { rows } = await sql<{ household: number; resident: number }>`
    SELECT DISTINCT ON (household_id) household_id AS household, id AS resident FROM resident
     WHERE household_id IS NOT NULL ORDER BY household_id DESC, id LIMIT ${count}`.execute(db);
  await designateArea(
    db,
    'high',
    rows.map((r) => r.household),
  );
  await buildUser(db, { username: 'bench-pass-issuer', roles: ['grid_worker'], scopeAll: true });
  await buildUser(db, { username: 'bench-gatekeeper', roles: ['gatekeeper'], scopeAll: true });
  const issuer = await signedIn(base, 'bench-pass-issuer');
  const tokens: string[] = [];
  for (const { resident } of rows) {
    const response = await issuer('POST', '/passes', { residentId: resident });
    if (response.status !== 201) throw new Error(`issuing a bench pass answered ${response.status}`);
    tokens.push(((await response.json()) as { token: string }).token);
  }
  const key = (await (await fetch(`${base}/api/v1/passes/keys`)).json()) as { publicKey: string };
  const publicKey = fromBase64Url(key.publicKey);
  if (!publicKey) throw new Error('the pass key endpoint gave no public key');
  return { tokens, cookie: await sessionCookie(base, 'bench-gatekeeper'), publicKey };
}

const gatesChild = path.join(import.meta.dirname, 'pass-gates-child.ts');

/**
 * Server-side pass checks as gates make them online: `concurrency` clients looping POST /gate/verify over the
 * tokens for `seconds`. They run in a child process: in the server's own, clients and server shared one event
 * loop, and the figure measured the bench as much as the server.
 */
export async function benchPassVerification(
  load: GateLoad,
): Promise<{ perSecond: number; p50Ms: number; p99Ms: number; errors: number }> {
  const child = spawn(process.execPath, ['--import', 'tsx', gatesChild], { stdio: ['pipe', 'pipe', 'inherit'] });
  child.stdin.end(JSON.stringify(load));
  const [figures, [code]] = await Promise.all([text(child.stdout), once(child, 'exit') as Promise<[number | null]>]);
  if (code !== 0) throw new Error(`the gates' process ended with ${String(code)}`);
  return JSON.parse(figures) as Awaited<ReturnType<typeof benchPassVerification>>;
}

// @noble/ed25519's synchronous verify needs a synchronous SHA-512: node's, here (the phone uses WebCrypto's).
hashes.sha512 = (message: Uint8Array) => new Uint8Array(createHash('sha512').update(message).digest());

const MIN_MS = 300;

/**
 * The gate phone's offline check per token — the same parse, key match and judgement as the web page, the
 * signature checked by @noble/ed25519 in JavaScript — repeated over the tokens for at least 300 ms.
 */
export function benchOfflineVerification(tokens: string[], publicKey: Uint8Array): { perTokenMs: number } {
  const key = { kid: toBase64Url(createHash('sha256').update(publicKey).digest().subarray(0, 8)), publicKey };
  const now = Math.floor(Date.now() / 1000);
  let checked = 0;
  const started = performance.now();
  do {
    for (const token of tokens) {
      const parsed = parsePassToken(token);
      const check = judgePass(parsed, genuineWith(parsed, key, verify), now, () => false);
      if (!check.valid) throw new Error(`bench token ${checked} is not a valid pass: ${check.reason}`);
      checked += 1;
    }
  } while (performance.now() - started < MIN_MS);
  return { perTokenMs: +((performance.now() - started) / checked).toFixed(4) };
}
