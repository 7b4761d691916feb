// The gates of the pass bench in a process of their own, so that the server under test has its event loop
// (and, on two cores, a core) to itself: `node --import tsx bench/lib/pass-gates-child.ts`, the options as
// JSON on stdin, the figures as JSON on stdout.
import { text } from 'node:stream/consumers';
import { percentile } from './results.ts';

export interface GateLoad {
  baseUrl: string;
  cookie: string;
  tokens: string[];
  concurrency: number;
  seconds: number;
}

/**
 * `concurrency` clients, each looping POST /gate/verify over the tokens for `seconds` on kept-alive
 * connections (node's fetch). Errors are answers other than 200 or tokens found invalid.
 */
async function checkPasses(o: GateLoad): Promise<{ perSecond: number; p50Ms: number; p99Ms: number; errors: number }> {
  const url = `${o.baseUrl}/api/v1/gate/verify`;
  const headers = { cookie: o.cookie, 'content-type': 'application/json' };
  const bodies = o.tokens.map((token) => JSON.stringify({ token }));
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const started = performance.now();
  const until = started + o.seconds * 1000;
  await Promise.all(
    Array.from({ length: o.concurrency }, async () => {
      while (performance.now() < until) {
        const body = bodies[next++ % bodies.length];
        const t0 = performance.now();
        try {
          const response = await fetch(url, { method: 'POST', headers, body });
          const answer = (await response.json()) as { valid?: boolean };
          if (response.status !== 200 || answer.valid !== true) errors += 1;
        } catch {
          errors += 1;
        }
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    perSecond: Math.round(latencies.length / seconds),
    p50Ms: +percentile(latencies, 50).toFixed(2),
    p99Ms: +percentile(latencies, 99).toFixed(2),
    errors,
  };
}

process.stdout.write(JSON.stringify(await checkPasses(JSON.parse(await text(process.stdin)) as GateLoad)));
