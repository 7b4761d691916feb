import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkCharacter } from '../../registry/id-number.ts';
import {
  type ChainWorld,
  insertCase,
  insertChain,
  insertContact,
  openChainWorld,
} from '../chains/chains.test-support.ts';
import { recomputeChains } from '../chains/recompute.ts';

/** The first worksheet of a downloaded workbook as rows of cell texts (row 1: the headers). */
async function sheetOf(body: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  const rows: string[][] = [];
  sheet?.eachRow((row) => rows.push(Array.from({ length: sheet.columnCount }, (_, i) => row.getCell(i + 1).text)));
  return rows;
}

const withCheck = (first17: string) => first17 + checkCharacter(first17);

describe('case and contact ledgers as .xlsx', () => {
  let world: ChainWorld;
  const idNumber = withCheck('43020319800615001'); // a man born 1980-06-15
  const liSi = withCheck('43020319900101002');
  let caseCode: string;
  let clusterName: string;
  const call: ChainWorld['call'] = (...args) => world.call(...args);
  const download = async (who: string, url: string) => {
    const response = await call(who, 'GET', url);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    return sheetOf(response.rawPayload);
  };

  beforeAll(async () => {
    world = await openChainWorld(47);
    const { db } = world.t;
    const [grid, sibling, elsewhere] = world.grids;
    const chain = await insertChain(db, grid, 5, '2022-04-01');
    const one = await insertCase(db, {
      grid: sibling,
      idNumber,
      name: '张三',
      phone: '13912345678',
      classification: 'asymptomatic',
      foundAt: '2022-04-20T16:05:00Z',
    });
    caseCode = one.code;
    await sql`UPDATE tracing_case SET reported_at = '2022-04-20T17:00:00Z' WHERE id = ${one.id}`.execute(db);
    const close = await insertContact(db, {
      grid: elsewhere,
      source: { caseId: one.id },
      name: '李四',
      idNumber: liSi,
      phone: '13800001111',
      identifiedAt: '2022-04-21T02:00:00Z',
    });
    await insertContact(db, { grid: elsewhere, source: { contactId: close }, name: '王五', phone: '13800002222' });
    await insertContact(db, { grid, source: { caseId: chain[0]?.id ?? 0 }, phone: '13800003333' });
    await recomputeChains(db);
    clusterName = (await sql<{ name: string }>`SELECT name FROM tracing_cluster`.execute(db)).rows[0]?.name ?? '';
    await world.signInAs('viewer', ['commander'], [world.city]);
    await world.signInAs('elsewhereStaff', ['tracing_staff'], [elsewhere.id]);
  });
  afterAll(() => world.t.close());

  it('should write the case ledger in the usual layout, identifiers masked', async () => {
    const rows = await download('viewer', '/tracing/cases.xlsx');
    // prettier-ignore
    expect(rows[0]).toEqual([
      '序号', '病例编号', '姓名', '性别', '年龄', '身份证号', '联系电话', '现住址/所属网格', '病例分类', '发现途径', '发病日期',
      '采样时间', '发现时间', '报告时间', '隔离管控时间', '就诊时间', '所属聚集性疫情', '代际',
    ]);
    expect(rows).toHaveLength(7);
    expect(rows[1]).toMatchObject({ 0: '1', 16: clusterName, 17: '1' });
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
    const age = Number(today.slice(0, 4)) - 1980 - (today.slice(5) < '06-15' ? 1 : 0);
    const region = (
      await sql<{ names: string }>`
      SELECT string_agg(r.name, '' ORDER BY nlevel(r.path)) AS names FROM region r
       WHERE r.path @> ${world.grids[1].path}::ltree AND nlevel(r.path) > 1`.execute(world.t.db)
    ).rows[0]?.names;
    // prettier-ignore
    expect(rows[6]).toEqual([
      '6', caseCode, '张三', '男', String(age), '430***********' + idNumber.slice(-4), '139****5678', region,
      '无症状感染者', '核酸筛查', '', '', '2022-04-21 00:05', '2022-04-21 01:00', '', '', '', '1',
    ]);
  });

  it('should filter the case ledger, and give identifiers in full only to who may read them', async () => {
    const rows = await download('office', '/tracing/cases.xlsx?classification=asymptomatic&unmasked=true');
    expect(rows.slice(1).map((r) => [r[1], r[5], r[6]])).toEqual([[caseCode, idNumber, '13912345678']]);
    expect((await download('office', '/tracing/cases.xlsx?from=2022-04-21&to=2022-04-21')).length).toBe(2);
    expect((await download('office', '/tracing/cases.xlsx?to=2022-04-20')).length).toBe(1);
    const clusterId = (await sql<{ id: number }>`SELECT id FROM tracing_cluster`.execute(world.t.db)).rows[0]?.id;
    expect((await download('office', `/tracing/cases.xlsx?clusterId=${clusterId}`)).length).toBe(6);
    expect((await call('viewer', 'GET', '/tracing/cases.xlsx?unmasked=true')).statusCode).toBe(403);
  });

  it('should write the contact ledger with the case each chain starts at', async () => {
    const rows = await download('viewer', '/tracing/contacts.xlsx?kind=close');
    // prettier-ignore
    expect(rows[0]).toEqual([
      '序号', '姓名', '身份证号', '联系电话', '所属网格', '接触类别', '关联病例编号', '末次接触时间', '发现途径', '当前状态',
      '判定时间', '管控时间',
    ]);
    // prettier-ignore
    expect(rows.find((r) => r[1] === '李四')).toEqual([
      expect.any(String), '李四', '430***********' + liSi.slice(-4),
      '138****1111', expect.any(String), '密切接触者', caseCode, '', '流调排查', '已判定', '2022-04-21 10:00', '',
    ]);
    const all = await download('elsewhereStaff', '/tracing/contacts.xlsx');
    expect(all.slice(1).map((r) => [r[1], r[5], r[6]])).toEqual([
      ['李四', '密切接触者', caseCode],
      ['王五', '次密切接触者', caseCode],
    ]);
  });

  it('should record each export once, with its size and no personal data', async () => {
    const { rows } = await sql<{ entity: string; summary: { rows: number; unmasked: boolean } }>`
      SELECT entity, summary FROM audit_log WHERE action = 'tracing.ledger.export' ORDER BY id`.execute(world.t.db);
    expect(rows.map((r) => [r.entity, r.summary.rows, r.summary.unmasked])).toEqual([
      ['tracing_case', 6, false],
      ['tracing_case', 1, true],
      ['tracing_case', 1, false],
      ['tracing_case', 0, false],
      ['tracing_case', 5, false],
      ['tracing_contact', 6, false],
      ['tracing_contact', 2, false],
    ]);
  });
});
