import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openScreeningWorld, type ScreeningWorld, unknownIdNumber } from './screening.test-support.ts';

describe('screening lists: bringing in, matching and dispatching key persons', () => {
  let world: ScreeningWorld;
  let listId: number;
  const call: ScreeningWorld['call'] = (...args) => world.call(...args);
  const stranger = unknownIdNumber(1);
  const audits = async (action: string) =>
    (
      await sql<{
        summary: Record<string, unknown>;
      }>`SELECT summary FROM audit_log WHERE action = ${action} ORDER BY id`.execute(world.t.db)
    ).rows.map((r) => r.summary);

  beforeAll(async () => {
    world = await openScreeningWorld(21);
    await world.signInAs('gw', ['grid_worker'], [world.gridA]);
  });
  afterAll(() => world.t.close());

  it('should take a list by form, match residents to their grids and report every bad row', async () => {
    const [a0, a1] = world.inA;
    const [b0] = world.inB;
    const created = await call('office', 'POST', '/screening/lists', {
      name: '上海返回人员 5月1日',
      source: 'risk_area_returnee',
      regionId: world.city,
      persons: [
        { idNumber: a0?.id_number, name: a0?.name, phone: '13800138000', fromArea: '上海市浦东新区' },
        { idNumber: a1?.id_number, name: a1?.name, arrivedAt: '2022-05-01T02:20:00Z' },
        { idNumber: b0?.id_number, name: b0?.name },
        { idNumber: stranger, name: '外地人', address: '某小区 3 栋' },
        { idNumber: `${stranger.slice(0, 17)}${stranger[17] === '1' ? '2' : '1'}`, name: '错号' },
        { idNumber: a0?.id_number, name: a0?.name },
        { idNumber: unknownIdNumber(2), name: '  ', phone: '123' },
      ],
    });
    expect(created.statusCode).toBe(201);
    const body = created.json();
    listId = body.list.id;
    expect(body).toMatchObject({
      created: 4,
      already: 0,
      rejected: [
        { row: 5, field: 'idNumber', reason: 'id_checksum' },
        { row: 6, field: 'idNumber', reason: 'duplicate' },
        { row: 7, field: 'name', reason: 'required' },
        { row: 7, field: 'phone', reason: 'invalid' },
      ],
      list: {
        name: '上海返回人员 5月1日',
        source: 'risk_area_returnee',
        region: { id: world.city },
        counts: { total: 4, pending: 4, foundTested: 0, overdue: 0, unassigned: 1 },
      },
    });
    const { rows } = await sql<{
      id_number: string;
      resident_id: number | null;
      grid_id: number | null;
      due_at: Date;
      created_at: Date;
    }>`SELECT id_number, resident_id, grid_id, due_at, created_at FROM key_person WHERE list_id = ${listId}`.execute(
      world.t.db,
    );
    const byId = new Map(rows.map((r) => [r.id_number, r]));
    expect(byId.get(a0?.id_number ?? '')).toMatchObject({ resident_id: a0?.id, grid_id: world.gridA });
    expect(byId.get(b0?.id_number ?? '')).toMatchObject({ resident_id: b0?.id, grid_id: world.gridB });
    expect(byId.get(stranger)).toMatchObject({ resident_id: null, grid_id: null });
    // Due by the active protocol's keyPersonDueHours (24).
    for (const row of rows) expect(row.due_at.getTime() - row.created_at.getTime()).toBe(24 * 3_600_000);
    // One audit entry for the request, with counts and nothing personal.
    const [entry, ...more] = await audits('screening.list.create');
    expect(more).toEqual([]);
    expect(entry).toEqual({ source: 'risk_area_returnee', created: 4, already: 0, rejectedRows: 3, unmatched: 1 });
  });

  it('should refuse a list for a region outside the jurisdiction, and lists from grid workers', async () => {
    const list = { name: '名单', source: 'fever_clinic', persons: [{ idNumber: stranger, name: '甲' }] };
    await world.signInAs('office-b', ['tracing_staff'], [world.gridB]);
    expect((await call('office-b', 'POST', '/screening/lists', { ...list, regionId: world.gridA })).statusCode).toBe(
      404,
    );
    const byWorker = await call('gw', 'POST', '/screening/lists', { ...list, regionId: world.gridA });
    expect(byWorker.statusCode).toBe(403);
    expect((await call('gw', 'POST', '/screening/lists', { ...list, source: 'self_report' })).statusCode).toBe(403);
    const selfReportSource = await call('office', 'POST', '/screening/lists', {
      ...list,
      regionId: world.city,
      source: 'self_report',
    });
    expect(selfReportSource.statusCode).toBe(400);
    const blankName = await call('office', 'POST', '/screening/lists', { ...list, regionId: world.city, name: '  ' });
    expect(blankName.statusCode).toBe(400);
  });

  it('should import a GBK file into the list: same persons again are "already", rows numbered as in the file', async () => {
    const [a0, , a2] = world.inA;
    const csv =
      '证件号码,姓名,手机号,现住址,途经地,到达时间,备注\r\n' +
      `${a0?.id_number},${a0?.name},,,,,\r\n` +
      `${stranger},外地人,,,,,\r\n` +
      `${a2?.id_number},${a2?.name},13900139000,幸福小区,武汉,2022-05-02 08:30,发热门诊推送\r\n` +
      `${unknownIdNumber(3)},新人,,,,2022-13-01 08:00,\r\n`;
    const first = await world.importCsv('office', listId, csv);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({
      created: 1,
      already: 2,
      rejected: [{ row: 5, field: 'arrivedAt', reason: 'invalid' }],
      list: { id: listId, counts: { total: 5, unassigned: 1 } },
    });
    const again = await world.importCsv('office', listId, csv);
    expect(again.json()).toMatchObject({ created: 0, already: 3 });
    const { rows: stored } = await sql`
      SELECT address, from_area, arrived_at, note, phone FROM key_person
       WHERE list_id = ${listId} AND id_number = ${a2?.id_number}`.execute(world.t.db);
    expect(stored[0]).toEqual({
      address: '幸福小区',
      from_area: '武汉',
      arrived_at: new Date('2022-05-02T00:30:00Z'),
      note: '发热门诊推送',
      phone: '13900139000',
    });
    expect(await audits('screening.list.import')).toHaveLength(2);
  });

  it('should name the required columns a file lacks, and keep files from lists out of reach', async () => {
    const missing = await world.importCsv('office', listId, '姓名,电话\r\n张三,13800138000\r\n');
    expect(missing.statusCode).toBe(422);
    expect(missing.json()).toMatchObject({ code: 'IMPORT_COLUMNS_MISSING' });
    expect(missing.json().detail).toContain('身份证号');
    expect((await world.importCsv('office', 999_999, '身份证号,姓名\r\n')).statusCode).toBe(404);
    expect((await world.importCsv('office-b', listId, '身份证号,姓名\r\n')).statusCode).toBe(404);
  });

  it("should show a grid worker only their grid's persons, masked, with the list and the deadline", async () => {
    const page = await call('gw', 'GET', '/screening/key-persons');
    expect(page.statusCode).toBe(200);
    const { items, total } = page.json();
    expect(total).toBe(3);
    expect(items.map((i: { grid: { id: number } }) => i.grid.id)).toEqual([world.gridA, world.gridA, world.gridA]);
    const a0 = world.inA[0];
    const first = items.find((i: { name: string }) => i.name === a0?.name);
    expect(first).toMatchObject({
      idNumber: `${a0?.id_number.slice(0, 3)}***********${a0?.id_number.slice(-4)}`,
      phone: '138****8000',
      fromArea: '上海市浦东新区',
      matched: true,
      list: { id: listId, name: '上海返回人员 5月1日', source: 'risk_area_returnee' },
      overdue: false,
      escalation: 0,
      status: 'pending',
      outcome: null,
    });
    expect(JSON.stringify(items)).not.toContain(a0?.id_number);
    // The whole city's staff see everyone, and can pick out the persons still without a grid.
    const unassigned = await call('office', 'GET', '/screening/key-persons?gridId=0');
    expect(unassigned.json()).toMatchObject({ total: 1, items: [{ name: '外地人', grid: null, matched: false }] });
    const searched = await call('office', 'GET', `/screening/key-persons?q=${world.inB[0]?.id_number}`);
    expect(searched.json()).toMatchObject({ total: 1, items: [{ grid: { id: world.gridB } }] });
    const lists = await call('gw', 'GET', '/screening/lists');
    expect(lists.json()).toMatchObject({ total: 1, items: [{ id: listId, counts: { total: 3, unassigned: 0 } }] });
  });

  it('should export the filtered key persons as a masked workbook', async () => {
    const response = await world.t.app.inject({
      method: 'GET',
      url: `/api/v1/screening/key-persons.xlsx?listId=${listId}&gridId=${world.gridA}`,
      headers: { cookie: world.cookieOf('gw') },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet?.rowCount).toBe(4);
    const header = sheet?.getRow(1).values as string[];
    const idColumn = header.indexOf('证件号码 ID number');
    const ids = [2, 3, 4].map((r) => sheet?.getRow(r).getCell(idColumn).text);
    for (const id of ids) expect(id).toMatch(/^\d{3}\*{11}[\dX]{4}$/);
    expect(sheet?.getRow(2).getCell(header.indexOf('状态 Status')).text).toBe('待核查');
  });

  it('should describe every screening route in the OpenAPI document', async () => {
    const document = (await world.t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/screening/lists',
        '/api/v1/screening/lists/{listId}/import',
        '/api/v1/screening/key-persons',
        '/api/v1/screening/key-persons.xlsx',
        '/api/v1/screening/key-persons/{id}/outcome',
        '/api/v1/screening/key-persons/{id}/assign',
        '/api/v1/public/self-reports',
      ]),
    );
  });

  it('should make an empty list, for its file to be imported next', async () => {
    const empty = await world.call('office', 'POST', '/screening/lists', {
      name: '外省协查名单',
      source: 'pushed_list',
      regionId: world.city,
      persons: [],
    });
    expect(empty.statusCode).toBe(201);
    expect(empty.json()).toMatchObject({ created: 0, already: 0, rejected: [] });
  });
});
