import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDate, addDays } from '../../core/time/local-time.ts';
import { openUnitWorld, type UnitWorld } from '../keyplaces/units.test-support.ts';

describe('schools: the ledger, classes, daily health reports and the sampling schedule', () => {
  let w: UnitWorld;
  let today: string;

  beforeAll(async () => {
    w = await openUnitWorld(73, { keeper: { roles: ['enterprise_staff'] }, commander: { roles: ['commander'] } });
    await w.signInMember('headA', w.schoolA);
    today = localDate(new Date(), w.t.config.timeZone);
  });
  afterAll(() => w.t.close());

  it('should let the school liaison keep its ledger and classes, audited, and nobody else of another unit', async () => {
    const saved = await w.call('headA', 'PUT', `/schools/${w.schoolA}`, {
      status: 'closed_management',
      students: 90,
      staff: 10,
      samplingPercent: 20,
      samplingStartsOn: today,
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().ledger).toMatchObject({ kept: true, status: 'closed_management', students: 90, staff: 10 });
    const classes = await w.call('headA', 'PUT', `/schools/${w.schoolA}/classes`, {
      classes: [
        { name: '一年级1班', size: 45 },
        { name: '一年级2班', size: 42 },
        { name: '二年级1班', size: 3 },
      ],
    });
    expect(classes.json()).toMatchObject({ ledger: { classes: 3 }, canEdit: true });
    const duplicate = await w.call('headA', 'PUT', `/schools/${w.schoolA}/classes`, {
      classes: [
        { name: '一年级1班', size: 45 },
        { name: '一年级1班', size: 40 },
      ],
    });
    expect(duplicate.json().errors).toEqual([{ path: 'body.classes.1.name', message: 'duplicate' }]);
    const notTheirs = await w.call('headA', 'PUT', `/schools/${w.schoolB}`, {
      status: 'open',
      students: 1,
      staff: 1,
      samplingPercent: 20,
    });
    expect(notTheirs.statusCode).toBe(404);
    const enterprise = await w.call('keeper', 'PUT', `/schools/${w.enterpriseA}`, {
      status: 'open',
      students: 1,
      staff: 1,
      samplingPercent: 20,
    });
    expect(enterprise.json()).toMatchObject({ code: 'PLACE_TYPE_MISMATCH', detail: '华兴电子厂 不是学校' });
    const audits = await sql`SELECT action FROM audit_log WHERE action LIKE 'school.%' ORDER BY id`.execute(w.t.db);
    expect(audits.rows).toEqual([{ action: 'school.ledger.save' }, { action: 'school.classes.save' }]);
  });

  it("should give each day's share of every class, in rotation from the schedule's start", async () => {
    const day0 = (await w.call('commander', 'GET', `/schools/${w.schoolA}/sampling?day=${today}`)).json();
    expect(day0).toMatchObject({ percent: 20, cycle: 5, dayOfCycle: 1, total: 9 + 8 + 0 });
    expect(day0.classes).toEqual([
      { name: '一年级1班', size: 45, group: 1, from: 1, to: 9, count: 9 },
      { name: '一年级2班', size: 42, group: 1, from: 1, to: 8, count: 8 },
      { name: '二年级1班', size: 3, group: 1, from: 1, to: 0, count: 0 },
    ]);
    const day4 = (await w.call('commander', 'GET', `/schools/${w.schoolA}/sampling?day=${addDays(today, 4)}`)).json();
    expect(day4.classes.map((c: { from: number; to: number }) => [c.from, c.to])).toEqual([
      [37, 45],
      [34, 42],
      [3, 3],
    ]);
    const day5 = (await w.call('commander', 'GET', `/schools/${w.schoolA}/sampling?day=${addDays(today, 5)}`)).json();
    expect(day5.dayOfCycle).toBe(1);
  });

  it('should take the daily health report from the liaison and list who has not reported', async () => {
    const filed = await w.call('headA', 'PUT', `/schools/${w.schoolA}/reports/today`, {
      present: 95,
      absentIll: 3,
      fever: 1,
      note: '1名学生发热已送诊',
    });
    expect(filed.json()).toMatchObject({ day: today, present: 95, reportedBy: 'headA' });
    const tooMany = await w.call('headA', 'PUT', `/schools/${w.schoolA}/reports/today`, {
      present: 99,
      absentIll: 3,
      fever: 0,
    });
    expect(tooMany.json().errors).toEqual([{ path: 'body.present', message: 'exceeds_students_and_staff' }]);
    const mine = (await w.call('headA', 'GET', '/schools/mine')).json();
    expect(mine.items).toMatchObject([{ ledger: { id: w.schoolA, reportedToday: true }, today: { fever: 1 } }]);
    const schoolsInA = await sql`SELECT id FROM place WHERE type = 'school' AND grid_id = ${w.gridA}`.execute(w.t.db);
    const day = (await w.call('commander', 'GET', `/schools/reports?regionId=${w.gridA}`)).json();
    expect(day.totals).toEqual({
      schools: schoolsInA.rows.length,
      reported: 1,
      missing: schoolsInA.rows.length - 1,
      present: 95,
      absentIll: 3,
      fever: 1,
    });
    expect(day.items.find((s: { id: number }) => s.id === w.schoolA).report).toMatchObject({ absentIll: 3 });
  });

  it("should export the day's school ledger as .xlsx that reads back", async () => {
    const response = await w.call('commander', 'GET', `/schools/reports.xlsx?regionId=${w.gridA}`);
    expect(response.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('学校防控台账')!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const row = (sheet.getSheetValues().slice(2) as unknown[][]).find((r) => r[3] === '钟鼓岭小学')!;
    const cell = (name: string) => row[header.indexOf(name) + 1];
    expect([cell('管理状态'), cell('班级数'), cell('每日采样比例'), cell('当日已报'), cell('发热人数')]).toEqual([
      '封闭管理',
      3,
      '20%',
      '是',
      1,
    ]);
  });
});
