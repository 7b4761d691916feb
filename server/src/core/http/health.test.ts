import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';
import { type DatabaseHandle, openDatabase } from '../db/database.ts';
import { type EmbeddedCluster, freePort, startEmbeddedPostgres } from '../db/embedded.ts';
import { type JobQueue, startJobQueue, stopJobQueue } from '../jobs.ts';
import { buildApp } from './app.ts';
import type { App } from './types.ts';

describe('GET /api/health', () => {
  let dataDir: string;
  let port: number;
  let cluster: EmbeddedCluster;
  let handle: DatabaseHandle;
  let app: App;
  let jobs: JobQueue;
  const health = async () => {
    const response = await app.inject({ method: 'GET', url: '/api/health' });
    return { status: response.statusCode, body: response.json() };
  };

  beforeAll(async () => {
    // A cluster of its own, so stopping it disturbs no other test.
    dataDir = await mkdtemp(path.join(tmpdir(), 'fangkong-health-'));
    port = await freePort();
    cluster = await startEmbeddedPostgres(dataDir, { port });
    handle = openDatabase(cluster.url);
    jobs = await startJobQueue(cluster.url);
    app = await buildApp({
      db: handle.db,
      config: loadConfig({ FANGKONG_WEB_DIST: '/nonexistent' }),
      jobs,
      modules: [],
    });
  });
  afterAll(async () => {
    await app.close();
    await stopJobQueue(jobs, 1_000);
    await handle.close();
    await cluster.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('should say ok while the database answers, 503 while it is down, and recover by itself', async () => {
    expect(await health()).toEqual({ status: 200, body: { status: 'ok', db: 'ok' } });
    await cluster.stop();
    expect(await health()).toEqual({ status: 503, body: { status: 'degraded', db: 'down' } });
    cluster = await startEmbeddedPostgres(dataDir, { port });
    expect(await health()).toEqual({ status: 200, body: { status: 'ok', db: 'ok' } });
  });
});
