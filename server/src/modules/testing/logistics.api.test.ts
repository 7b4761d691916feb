import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestingWorld, sampleScan, sealScan, type TestingWorld } from './testing.test-support.ts';

describe('a round between the table and the lab: boxes, progress, door-knocking lists', () => {
  let world: TestingWorld;
  let campaignId: number;
  let point: number;
  let grid: number;
  let idNumbers: string[];
  let t: TestingWorld['t'];
  const call: TestingWorld['call'] = (...args) => world.call(...args);

  beforeAll(async () => {
    world = await openTestingWorld({ residents: 1_000, seed: 21 });
    ({ t, point } = world);
    grid = (await t.db.selectFrom('resident').select('grid_id').orderBy('id').executeTakeFirstOrThrow()).grid_id;
    idNumbers = (
      await t.db.selectFrom('resident').select('id_number').where('grid_id', '=', grid).orderBy('id').limit(4).execute()
    ).map((r) => r.id_number);
    campaignId = await world.openRound({ name: '转运测试', startsAt: new Date(Date.now() - 3_600_000).toISOString() });
    await world.scan(campaignId, [
      ...idNumbers.slice(0, 2).map((id) => sampleScan('BX-T1', id)),
      sealScan('BX-T1'),
      sampleScan('BX-T2', idNumbers[2]),
    ]);
  });
  afterAll(() => t.close());

  it('should show a sampler the open rounds they can sign in to', async () => {
    const rounds = (await call('sampler', 'GET', '/testing/sampling/rounds')).json().items;
    expect(rounds.map((r: { id: number }) => r.id)).toEqual([campaignId]);
    expect((await call('sampler', 'GET', '/testing/campaigns')).statusCode).toBe(403);
  });

  it('should pack only sealed tubes, and move a box from courier to lab, its tubes received', async () => {
    const packed = await call('sampler', 'POST', '/testing/boxes', {
      campaignId,
      code: 'BOX-001',
      tubes: ['BX-T1', 'BX-T2', 'NOPE-1'],
    });
    expect(packed.statusCode).toBe(201);
    expect(packed.json()).toMatchObject({
      box: { code: 'BOX-001', status: 'packed', tubes: 1 },
      refused: [
        { tube: 'BX-T2', reason: 'tube_not_sealed' },
        { tube: 'NOPE-1', reason: 'unknown_tube' },
      ],
    });
    expect(
      (await call('lab', 'POST', '/testing/boxes/BOX-001/receive', { receiver: '李检验', lab: '市疾控' })).statusCode,
    ).toBe(409);
    const handed = await call('sampler', 'POST', '/testing/boxes/BOX-001/handover', { courier: '王师傅' });
    expect(handed.json().box).toMatchObject({ status: 'in_transit', courier: '王师傅' });
    const received = await call('lab', 'POST', '/testing/boxes/BOX-001/receive', { receiver: '李检验', lab: '市疾控' });
    expect(received.json().box).toMatchObject({ status: 'received', receiver: '李检验', lab: '市疾控' });
    const tube = await t.db
      .selectFrom('test_tube')
      .select(['status', 'lab'])
      .where('barcode', '=', 'BX-T1')
      .executeTakeFirstOrThrow();
    expect(tube).toEqual({ status: 'received', lab: '市疾控' });
  });

  it('should report samples per table and hour, tube stages, lab turnaround and a forecast', async () => {
    await call('lab', 'POST', '/testing/results', { results: [{ tube: 'BX-T1', result: 'negative' }] });
    const board = (await call('office', 'GET', `/testing/campaigns/${campaignId}/progress`)).json();
    expect(board.tables).toEqual([
      { place: { id: point, name: expect.any(String) }, tableNo: 1, samples: 3, lastHours: 3 },
    ]);
    expect(board.perHour.reduce((sum: number, h: { samples: number }) => sum + h.samples, 0)).toBe(3);
    expect(board.stages).toEqual({ open: 1, sealed: 0, received: 0, resulted: 1 });
    expect(board.labs).toEqual([
      { lab: '市疾控', tubes: 1, p50Hours: expect.any(Number), p90Hours: expect.any(Number) },
    ]);
    expect(board.forecast).toMatchObject({ missing: 997, beforeEnd: expect.any(Boolean) });
    expect(board.forecast.ratePerHour).toBeGreaterThan(0);
  });

  it("should give a grid's not-yet-sampled residents as an .xlsx, masked", async () => {
    const response = await call('office', 'GET', `/testing/campaigns/${campaignId}/missing.xlsx?gridId=${grid}`);
    expect(response.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as Parameters<typeof workbook.xlsx.load>[0]);
    const rows = (workbook.worksheets[0]?.getSheetValues() ?? []).filter(Boolean).slice(1) as unknown[][];
    const listed = (await call('office', 'GET', `/testing/campaigns/${campaignId}/missing?gridId=${grid}`)).json();
    expect(rows.length).toBe(listed.total);
    expect(rows.every((row) => /\*{11}/.test(String(row[2])))).toBe(true);
  });

  it('should take results as a FHIR R4 Bundle of Observations keyed by the tube barcode', async () => {
    const observation = (tube: string, code: string) => ({
      resourceType: 'Observation',
      status: 'final',
      specimen: { identifier: { value: tube } },
      valueCodeableConcept: { coding: [{ system: 'http://snomed.info/sct', code }] },
      component: [{ code: { text: 'ORF1ab Ct' }, valueQuantity: { value: 28.4 } }],
      performer: [{ display: '第三方检测实验室' }],
    });
    const bundle = {
      resourceType: 'Bundle',
      type: 'collection',
      entry: [{ resource: observation('BX-T2', '10828004') }, { resource: observation('BX-T9', '12345') }],
    };
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/testing/results/fhir',
      headers: { cookie: world.cookieOf('lab'), 'content-type': 'application/fhir+json' },
      payload: JSON.stringify(bundle),
    });
    expect(response.json()).toMatchObject({
      recorded: 1,
      positivePools: 1,
      resampleTasks: 0, // one person in the tube: their own result, not a pool to re-sample
      rejected: [{ row: 2, tube: 'BX-T9', reason: 'result_invalid' }],
    });
    const tube = await t.db
      .selectFrom('test_tube')
      .select(['result', 'ct_value', 'lab'])
      .where('barcode', '=', 'BX-T2')
      .executeTakeFirstOrThrow();
    expect(tube).toMatchObject({ result: 'positive', lab: '第三方检测实验室' });
    expect(tube.ct_value).toBeCloseTo(28.4, 3);
  });
});
