import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openUnitWorld, type UnitWorld } from '../keyplaces/units.test-support.ts';

const report = { onDuty: 90, workersBack: 95, inClosedLoop: 60, symptomatic: 1, tested: 95, note: '1人低热已送诊' };

describe('enterprises: daily reports, who has not reported, 到岗率, import and export of the ledger', () => {
  let w: UnitWorld;
  let inGridA: { id: number; code: string }[];

  const upload = (csv: string, encoding: 'gbk' | 'utf8' = 'gbk') =>
    w.importLedger('keeper', '/enterprises/import', iconv.encode(csv, encoding), '企业台账.csv');

  beforeAll(async () => {
    w = await openUnitWorld(72, { keeper: { roles: ['enterprise_staff'] } });
    await w.signInMember('liaisonA', w.enterpriseA);
    inGridA = (
      await sql<{ id: number; code: string }>`
        SELECT id, code FROM place WHERE type = 'enterprise' AND grid_id = ${w.gridA} ORDER BY name, id`.execute(w.t.db)
    ).rows;
    await w.call('keeper', 'PUT', `/enterprises/${w.enterpriseA}`, {
      headcount: 100,
      workersBack: 80,
      onDuty: 70,
      closedLoop: 'both',
      dormitories: 4,
      dormitoryPersons: 40,
      canteenOpen: true,
      staggeredMeals: false,
      liaisonName: '李梅',
      liaisonPhone: '13900001111',
    });
  });
  afterAll(() => w.t.close());

  it("should let the liaison file today's report, replacing it the same day, and carry it into the ledger", async () => {
    const first = await w.call('liaisonA', 'PUT', `/enterprises/${w.enterpriseA}/reports/today`, report);
    expect(first.statusCode).toBe(200);
    const second = await w.call('liaisonA', 'PUT', `/enterprises/${w.enterpriseA}/reports/today`, {
      ...report,
      onDuty: 92,
    });
    expect(second.json()).toMatchObject({ onDuty: 92, reportedBy: 'liaisonA' });
    const mine = (await w.call('liaisonA', 'GET', '/enterprises/mine')).json();
    expect(mine.items).toHaveLength(1);
    expect(mine.items[0]).toMatchObject({
      ledger: { id: w.enterpriseA, onDuty: 92, workersBack: 95, attendanceRate: 0.92, reportedToday: true },
      today: { onDuty: 92, symptomatic: 1 },
    });
    const bad = await w.call('liaisonA', 'PUT', `/enterprises/${w.enterpriseA}/reports/today`, {
      ...report,
      workersBack: 120,
    });
    expect(bad.json().errors).toEqual([{ path: 'body.workersBack', message: 'exceeds_headcount' }]);
    const other = await w.call('liaisonA', 'PUT', `/enterprises/${w.enterpriseB}/reports/today`, report);
    expect(other.statusCode).toBe(404);
  });

  it('should list the day of a region with who has not reported, 到岗率 of each and the totals', async () => {
    const day = (await w.call('keeper', 'GET', `/enterprises/reports?regionId=${w.gridA}`)).json();
    expect(day.items.map((i: { id: number }) => i.id)).toEqual(inGridA.map((e) => e.id));
    const a = day.items.find((i: { id: number }) => i.id === w.enterpriseA);
    expect(a).toMatchObject({ headcount: 100, attendanceRate: 0.92, report: { onDuty: 92, tested: 95 } });
    const missing = day.items.filter((i: { report: unknown }) => i.report === null);
    expect(missing).toHaveLength(inGridA.length - 1);
    expect(missing.every((i: { attendanceRate: unknown }) => i.attendanceRate === null)).toBe(true);
    expect(day.totals).toMatchObject({
      enterprises: inGridA.length,
      reported: 1,
      missing: inGridA.length - 1,
      onDuty: 92,
      workersBack: 95,
      symptomatic: 1,
      tested: 95,
      attendanceRate: 0.92,
    });
    const yesterday = (await w.call('keeper', 'GET', `/enterprises/reports?regionId=${w.gridA}&day=2020-01-01`)).json();
    expect(yesterday.totals).toMatchObject({ reported: 0, attendanceRate: null });
  });

  it("should export the day's ledger as .xlsx that reads back, phones masked, and audit it", async () => {
    const response = await w.call('keeper', 'GET', `/enterprises/reports.xlsx?regionId=${w.gridA}`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('企业防控台账')!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 8)).toEqual([
      '序号',
      '场所编码',
      '企业名称',
      '所属网格',
      '员工总数',
      '返岗人数',
      '在岗人数',
      '到岗率',
    ]);
    const rows = sheet.getSheetValues().slice(2) as unknown[][];
    expect(rows).toHaveLength(inGridA.length);
    const a = rows.find((r) => r[3] === '华兴电子厂')!;
    const cell = (name: string) => a[header.indexOf(name) + 1];
    expect([cell('员工总数'), cell('在岗人数'), cell('到岗率'), cell('闭环管理')]).toEqual([
      100,
      92,
      '92.0%',
      '人不出厂+定点接驳',
    ]);
    expect([cell('联络员电话'), cell('当日已报'), cell('发热/症状人数')]).toEqual(['139****1111', '是', 1]);
    const audit = await sql`SELECT 1 FROM audit_log WHERE action = 'enterprise.ledger.export'`.execute(w.t.db);
    expect(audit.rows).toHaveLength(1);
  });

  it('should import a GBK ledger atomically: bad rows named with field and reason, nothing stored', async () => {
    const [first, second] = inGridA.filter((e) => e.id !== w.enterpriseA);
    const school = (await sql<{ code: string }>`SELECT code FROM place WHERE id = ${w.schoolA}`.execute(w.t.db))
      .rows[0]!;
    const csv = [
      '场所编码,员工总数,返岗人数,在岗人数,闭环管理,食堂开放,联络员,联络员电话',
      `${first!.code},300,250,240,人不出厂,是,赵六,13700002222`,
      `${second!.code},50,60,40,定点接驳,否,,`,
      `${school.code},10,5,5,,,,`,
      `NO-SUCH,10,5,5,,,,`,
      `${first!.code},10,x,5,全封闭,也许,,123`,
    ].join('\r\n');
    const refused = (await upload(csv)).json();
    expect(refused).toEqual({
      updated: 0,
      unchanged: 0,
      rejected: [
        { row: 3, field: 'workersBack', reason: 'exceeds_headcount' },
        { row: 4, field: 'code', reason: 'not_an_enterprise' },
        { row: 5, field: 'code', reason: 'unknown_place' },
        { row: 6, field: 'workersBack', reason: 'not_a_count' },
        { row: 6, field: 'closedLoop', reason: 'unknown_value' },
        { row: 6, field: 'canteenOpen', reason: 'unknown_value' },
      ],
    });
    const untouched = (await w.call('keeper', 'GET', `/enterprises/${first!.id}`)).json();
    expect(untouched.ledger.kept).toBe(false);

    const good = [
      '场所编码,员工总数,返岗人数,在岗人数,闭环管理,食堂开放,联络员,联络员电话',
      `${first!.code},300,250,240,人不出厂,是,赵六,13700002222`,
      `${second!.code},50,40,40,定点接驳,否,,`,
    ].join('\r\n');
    expect((await upload(good)).json()).toEqual({ updated: 2, unchanged: 0, rejected: [] });
    expect((await upload(good, 'utf8')).json()).toEqual({ updated: 0, unchanged: 2, rejected: [] });
    const stored = (await w.call('keeper', 'GET', `/enterprises/${first!.id}`)).json();
    expect(stored.ledger).toMatchObject({
      headcount: 300,
      onDuty: 240,
      attendanceRate: 0.8,
      closedLoop: 'closed_in_plant',
      canteenOpen: true,
      liaisonName: '赵六',
      liaisonPhone: '13700002222',
    });
    const audits = await sql<{ summary: { updated: number } }>`
      SELECT summary FROM audit_log WHERE action = 'enterprise.ledger.import' ORDER BY id`.execute(w.t.db);
    expect(audits.rows.map((r) => r.summary.updated)).toEqual([2, 0]);
  });
});
