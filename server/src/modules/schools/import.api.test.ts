import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openUnitWorld, type UnitWorld } from '../keyplaces/units.test-support.ts';

describe('schools: import of the school ledger, one file one batch, within the jurisdiction', () => {
  let w: UnitWorld;
  const code = { schoolA: '', schoolB: '', enterpriseA: '' };

  const xlsx = async (rows: unknown[][]) => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('学校防控台账').addRows(rows);
    return Buffer.from(await workbook.xlsx.writeBuffer());
  };
  const csv = (lines: string[], encoding: 'gbk' | 'utf8' = 'gbk') => iconv.encode(lines.join('\r\n'), encoding);
  const importAs = (who: string, file: Buffer, filename = '学校台账.csv') =>
    w.importLedger(who, '/schools/import', file, filename);
  const ledgerOf = async (placeId: number) => (await w.call('keeper', 'GET', `/schools/${placeId}`)).json().ledger;
  const importAudits = async () =>
    (
      await sql<{ summary: { rows: number; updated: number } }>`
        SELECT summary FROM audit_log WHERE action = 'school.ledger.import' ORDER BY id`.execute(w.t.db)
    ).rows.map((r) => [r.summary.rows, r.summary.updated]);

  // The school's ledger as the export writes it, with a rotation start in a date cell as Excel keeps one.
  const exportLike = () =>
    xlsx([
      [
        '序号',
        '场所编码',
        '学校名称',
        '所属网格',
        '管理状态',
        '学生人数',
        '教职工人数',
        '班级数',
        '每日采样比例',
        '轮换起始日',
      ],
      [1, code.schoolA, '钟鼓岭小学', '', '封闭管理', 420, 36, 12, '25%', new Date(Date.UTC(2024, 2, 1))],
    ]);

  beforeAll(async () => {
    w = await openUnitWorld(74, { keeper: { roles: ['enterprise_staff'] } });
    await w.signInAs('keeperA', ['enterprise_staff'], [w.gridA]);
    await w.signInMember('headA', w.schoolA);
    const codes = await sql<{ id: number; code: string }>`
      SELECT id, code FROM place WHERE id IN (${w.schoolA}, ${w.schoolB}, ${w.enterpriseA})`.execute(w.t.db);
    const codeOf = (id: number) => codes.rows.find((r) => r.id === id)!.code;
    Object.assign(code, { schoolA: codeOf(w.schoolA), schoolB: codeOf(w.schoolB), enterpriseA: codeOf(w.enterpriseA) });
  });
  afterAll(() => w.t.close());

  it('should import an .xlsx with the columns the export writes, audited', async () => {
    const response = await importAs('keeperA', await exportLike(), '学校防控台账.xlsx');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ updated: 1, unchanged: 0, rejected: [] });
    expect(await ledgerOf(w.schoolA)).toMatchObject({
      kept: true,
      status: 'closed_management',
      students: 420,
      staff: 36,
      samplingPercent: 25,
      samplingStartsOn: '2024-03-01',
    });
    expect(await importAudits()).toEqual([[1, 1]]);
  });

  it('should read a GBK .csv under the usual other names of the columns, blank cells keeping the ledger', async () => {
    const file = csv(['学校编码,学生数,教职工数,状态,采样比例', `${code.schoolB},800,60,线上教学,`]);
    expect((await importAs('keeper', file)).json()).toEqual({ updated: 1, unchanged: 0, rejected: [] });
    expect(await ledgerOf(w.schoolB)).toMatchObject({
      status: 'online',
      students: 800,
      staff: 60,
      samplingPercent: 20,
    });
  });

  it('should refuse a file with bad rows whole, naming each row, field and reason', async () => {
    const file = csv([
      '场所编码,管理状态,学生人数,教职工人数,每日采样比例,轮换起始日',
      `${code.schoolA},正常开放,500,40,20%,`,
      `${code.enterpriseA},,10,2,,`,
      'NO-SUCH,,10,2,,',
      `${code.schoolA},,10,2,,`,
      ',停办,x,30,0%,2024-02-30',
    ]);
    expect((await importAs('keeperA', file)).json()).toEqual({
      updated: 0,
      unchanged: 0,
      rejected: [
        { row: 3, field: 'code', reason: 'not_a_school' },
        { row: 4, field: 'code', reason: 'unknown_place' },
        { row: 5, field: 'code', reason: 'duplicate' },
        { row: 6, field: 'code', reason: 'required' },
        { row: 6, field: 'status', reason: 'unknown_value' },
        { row: 6, field: 'students', reason: 'not_a_count' },
        { row: 6, field: 'samplingPercent', reason: 'not_a_percent' },
        { row: 6, field: 'samplingStartsOn', reason: 'not_a_date' },
      ],
    });
    // Nothing of the good row is stored, and a refused file is no import.
    expect(await ledgerOf(w.schoolA)).toMatchObject({ status: 'closed_management', students: 420 });
    expect(await importAudits()).toHaveLength(2);
  });

  it("should change nothing when the same file comes again, nor when the day's export is sent back", async () => {
    const before = await ledgerOf(w.schoolA);
    expect((await importAs('keeperA', await exportLike(), '学校防控台账.xlsx')).json()).toEqual({
      updated: 0,
      unchanged: 1,
      rejected: [],
    });
    expect(await ledgerOf(w.schoolA)).toEqual(before);

    // The export lists the grid's schools never kept too: the first import makes their ledgers, the next none.
    const exported = async () =>
      (await w.call('keeperA', 'GET', `/schools/reports.xlsx?regionId=${w.gridA}`)).rawPayload;
    const inGridA = await sql<{ kept: boolean }>`
      SELECT l.place_id IS NOT NULL AS kept FROM place p LEFT JOIN school_ledger l ON l.place_id = p.id
       WHERE p.type = 'school' AND p.grid_id = ${w.gridA}`.execute(w.t.db);
    const neverKept = inGridA.rows.filter((r) => !r.kept).length;
    expect((await importAs('keeperA', await exported(), 'export.xlsx')).json()).toEqual({
      updated: neverKept,
      unchanged: inGridA.rows.length - neverKept,
      rejected: [],
    });
    expect((await importAs('keeperA', await exported(), 'export.xlsx')).json()).toEqual({
      updated: 0,
      unchanged: inGridA.rows.length,
      rejected: [],
    });
    expect(await ledgerOf(w.schoolA)).toEqual(before);
    expect((await importAudits()).slice(2)).toEqual([
      [1, 0],
      [inGridA.rows.length, neverKept],
      [inGridA.rows.length, 0],
    ]);
  });

  it('should know no school outside the jurisdiction, and let only keepers of ledgers import', async () => {
    const file = csv(['场所编码,学生人数,教职工人数', `${code.schoolB},1,1`]);
    expect((await importAs('keeperA', file)).json()).toEqual({
      updated: 0,
      unchanged: 0,
      rejected: [{ row: 2, field: 'code', reason: 'unknown_place' }],
    });
    expect(await ledgerOf(w.schoolB)).toMatchObject({ students: 800, staff: 60 });
    const byLiaison = await importAs('headA', csv(['场所编码,学生人数,教职工人数', `${code.schoolA},1,1`]));
    expect(byLiaison.statusCode).toBe(403);
    expect(await ledgerOf(w.schoolA)).toMatchObject({ students: 420 });
  });
});
