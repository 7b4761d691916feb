import { rm } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser, createTestApp, signIn, type TestApp } from '../../../../test/app.ts';
import { actorByUserId, systemActor } from '../../../core/auth/actor.ts';
import { loadDemoCity } from '../demo-loader.ts';
import { sheetFor } from './sheets.ts';

describe('exporting residents', () => {
  let t: TestApp;
  const cookies: Record<string, string> = {};
  const call = (who: string, method: 'GET' | 'POST', url: string, payload?: object) =>
    t.app.inject({ method, url, headers: { cookie: cookies[who] ?? '' }, ...(payload ? { payload } : {}) });

  async function finished(who: string, id: number) {
    let run = (await call(who, 'GET', `/api/v1/exports/${id}`)).json().export;
    for (let i = 0; i < 100 && ['queued', 'running'].includes(run.status); i += 1) {
      await new Promise((r) => setTimeout(r, 100));
      run = (await call(who, 'GET', `/api/v1/exports/${id}`)).json().export;
    }
    return run;
  }

  beforeAll(async () => {
    t = await createTestApp({ dataDir: `/tmp/fangkong-export-test-${process.pid}` });
    await loadDemoCity(t.db, { residents: 2_000, seed: 3 });
    const grid = await t.db
      .selectFrom('region')
      .select('id')
      .where('level_id', '=', 5)
      .orderBy('id')
      .executeTakeFirstOrThrow();
    await buildUser(t.db, { username: 'gw', roles: ['grid_worker'], regionIds: [grid.id] });
    await buildUser(t.db, { username: 'office', roles: ['commander'], scopeAll: true });
    for (const who of ['gw', 'office']) cookies[who] = await signIn(t.app, who);
  });
  afterAll(async () => {
    await t.close();
    await rm(t.config.dataDir, { recursive: true, force: true });
  });

  it("should write the jurisdiction's matching residents to .xlsx in the background, masked by default", async () => {
    const started = await call('gw', 'POST', '/api/v1/exports', { kind: 'residents', filters: { specialNeeds: true } });
    expect(started.statusCode).toBe(202);
    const run = await finished('gw', started.json().export.id);
    expect(run).toMatchObject({ status: 'done', fraction: 1, unmasked: false });
    const file = await call('gw', 'GET', run.downloadUrl);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.rawPayload as unknown as Parameters<typeof workbook.xlsx.load>[0]);
    const rows = (workbook.worksheets[0]?.getSheetValues() ?? []).filter(Boolean).slice(1) as unknown[][];
    expect(rows.length).toBe(run.writtenRows);
    expect(rows.every((row) => /^\d{3}\*{11}[\dX]{4}$/.test(String(row[2])))).toBe(true);
    expect(rows.every((row) => String(row[8]).length > 0)).toBe(true); // every row has a special-needs label
  });

  it('should refuse an unmasked export without registry.read_full, and keep exports private', async () => {
    expect(
      (await call('office', 'POST', '/api/v1/exports', { kind: 'residents', filters: {}, unmasked: true })).statusCode,
    ).toBe(403);
    const mine = (await call('gw', 'POST', '/api/v1/exports', { kind: 'residents', filters: {} })).json().export;
    expect((await call('office', 'GET', `/api/v1/exports/${mine.id}`)).statusCode).toBe(404);
  });

  it('should export the places of the jurisdiction', async () => {
    const started = await call('gw', 'POST', '/api/v1/exports', { kind: 'places', filters: {} });
    const run = await finished('gw', started.json().export.id);
    expect(run.status).toBe('done');
    const file = await call('gw', 'GET', run.downloadUrl);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.rawPayload as unknown as Parameters<typeof workbook.xlsx.load>[0]);
    expect(workbook.worksheets[0]?.name).toBe('场所 Places');
    expect(workbook.worksheets[0]?.rowCount).toBe(run.writtenRows + 1);
  });

  it('should know how many rows an export will have before it writes them, as the requesting user', async () => {
    const gridWorker = await actorByUserId(
      t.db,
      (await t.db.selectFrom('app_user').select('id').where('username', '=', 'gw').executeTakeFirstOrThrow()).id,
    );
    if (!gridWorker) throw new Error('no actor for gw');
    const inGrid = await sheetFor({ kind: 'residents', filters: { specialNeeds: true } }).count(t.db, gridWorker);
    const run = (
      await call('gw', 'POST', '/api/v1/exports', { kind: 'residents', filters: { specialNeeds: true } })
    ).json().export;
    expect(inGrid).toBe((await finished('gw', run.id)).writtenRows);
    const places = await t.db
      .selectFrom('place')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(await sheetFor({ kind: 'places', filters: {} }).count(t.db, systemActor)).toBe(Number(places.n));
  });
});
