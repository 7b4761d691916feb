import { writeFile } from 'node:fs/promises';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRegionTree, type RegionTree } from '../../../test/app.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/db.ts';
import { type Actor, systemActor } from '../../core/auth/actor.ts';
import { systemContext } from '../../core/audit/audit.ts';
import { RegionCache } from './region-cache.ts';
import { residentImport } from './residents.import.ts';
import { runImport } from './import/runner.ts';
import { createRun } from './import/runs.repository.ts';
import { dropOrphanSeenKeys, dropSeenKeys, openSeenKeys } from './import/seen-keys.ts';

const queuedRun = { kind: 'residents', fileName: 'waiting.csv', encoding: null, mapping: {}, createdBy: null };
const header = '姓名,身份证号,联系电话,网格编码,住址,特殊人群';
const goodRows = [
  '张三,11010519491231002X,13812345678,430203001001-01,钟鼓岭小区1栋101,独居老人',
  '李四,110105194912310038,,430203001001-01,钟鼓岭小区1栋101,',
  '王五,430203198001010013,0731-22881234,430203001001-02,钟鼓岭小区2栋202,残疾人、血液透析',
];
const badRows = [
  '赵六,110105194912310021,13812345678,430203001001-01,,', // wrong check character
  '钱七,43020319800101003X,12345,430203001001-01,,', // bad phone
  '孙八,430203198001010048,,999999,,', // unknown grid
  '周九,11010519491231002X,,430203001001-01,,', // duplicate of row 2
  '吴十,430203198001010056,,430203001001-01,,外星人', // unknown tag
];

describe('importing residents', () => {
  let database: TestDatabase;
  let tree: RegionTree;
  let dir: string;
  const importFile = (file: string, actor: Actor = systemActor) =>
    runImport(database.db, actor, systemContext, {
      kind: 'residents',
      file,
      handler: residentImport(new RegionCache()),
      batchSize: 3,
    });
  const count = async (table: 'resident' | 'household') =>
    (await sql<{ n: number }>`SELECT count(*)::int AS n FROM ${sql.table(table)}`.execute(database.db)).rows[0]?.n;

  beforeAll(async () => {
    database = await createTestDatabase();
    tree = await buildRegionTree(database.db);
    dir = await mkdtemp(path.join(tmpdir(), 'fangkong-import-'));
  });
  afterAll(() => database.drop());

  it('should land the good rows of a GBK file and reject each bad one with row, field and reason', async () => {
    const file = path.join(dir, 'ledger-gbk.csv');
    await writeFile(file, iconv.encode([header, ...goodRows, ...badRows].join('\r\n'), 'gbk'));
    const result = await importFile(file);
    expect(result).toMatchObject({ processed: 8, inserted: 3, updated: 0, unchanged: 0, rejected: 5 });
    const rejections = await database.db
      .selectFrom('import_rejection')
      .select(['row_number', 'field', 'reason'])
      .where('run_id', '=', result.runId)
      .orderBy('row_number')
      .execute();
    expect(rejections).toEqual([
      { row_number: 5, field: 'idNumber', reason: 'id_checksum' },
      { row_number: 6, field: 'phone', reason: 'phone_invalid' },
      { row_number: 7, field: 'gridCode', reason: 'unknown_region' },
      { row_number: 8, field: '', reason: 'duplicate_in_file' },
      { row_number: 9, field: 'tags', reason: 'unknown_tag' },
    ]);
    const zhang = await database.db
      .selectFrom('resident')
      .selectAll()
      .where('id_number', '=', '11010519491231002X')
      .executeTakeFirstOrThrow();
    expect(zhang).toMatchObject({
      name: '张三',
      sex: 'F',
      phone: '13812345678',
      tags: ['elderly_alone'],
      grid_id: tree.gridA,
    });
    expect(await count('household')).toBe(2);
  });

  it('should keep live counts per grid in step with the rows', async () => {
    const counts = await database.db
      .selectFrom('registry_count')
      .select(['region_id', 'residents', 'households', 'special_needs'])
      .orderBy('region_id')
      .execute();
    expect(counts).toEqual([
      { region_id: tree.gridA, residents: 2, households: 1, special_needs: 1 },
      { region_id: tree.gridA2, residents: 1, households: 1, special_needs: 1 },
    ]);
  });

  it('should change nothing when the same file is imported again, and update only changed rows', async () => {
    const again = await importFile(path.join(dir, 'ledger-gbk.csv'));
    expect(again).toMatchObject({ inserted: 0, updated: 0, unchanged: 3, rejected: 5 });
    const file = path.join(dir, 'ledger-utf8.csv');
    const moved = goodRows[2]?.replace('430203001001-02,钟鼓岭小区2栋202', '430203001001-01,钟鼓岭小区1栋102') ?? '';
    await writeFile(file, '\uFEFF' + [header, goodRows[0], goodRows[1], moved].join('\n'));
    expect(await importFile(file)).toMatchObject({ inserted: 0, updated: 1, unchanged: 2, rejected: 0 });
    const counts = await database.db
      .selectFrom('registry_count')
      .select(['region_id', 'residents', 'special_needs'])
      .orderBy('region_id')
      .execute();
    expect(counts).toEqual([
      { region_id: tree.gridA, residents: 3, special_needs: 2 },
      { region_id: tree.gridA2, residents: 0, special_needs: 0 },
    ]);
  });

  it('should write one audit entry per committed batch, with a digest of its content', async () => {
    const entries = await database.db
      .selectFrom('audit_log')
      .select(['action', 'summary'])
      .where('action', '=', 'registry.import.residents')
      .execute();
    expect(entries.length).toBe(3 + 3 + 1); // batches of 3 rows: 8, 8 and 3 rows
    // Two batches may commit in either order; the first batch's entry is there with its digest.
    expect(entries.map((e) => e.summary)).toContainEqual(
      expect.objectContaining({
        rows: [2, 4],
        processed: 3,
        digest: expect.stringMatching(/^[0-9a-f]{64}$/),
      }),
    );
  });

  it('should read .xlsx ledgers', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('居民');
    sheet.addRow(header.split(','));
    sheet.addRow(['郑一', '430203199002020015', '13900001111', '430203001001-02', '钟鼓岭小区3栋301', '孕产妇']);
    const file = path.join(dir, 'ledger.xlsx');
    await workbook.xlsx.writeFile(file);
    expect(await importFile(file)).toMatchObject({ processed: 1, inserted: 1, rejected: 0 });
  });

  it("should refuse rows outside the importer's jurisdiction", async () => {
    const gridWorker: Actor = {
      ...systemActor,
      scopeAll: false,
      scopePaths: [
        (await database.db.selectFrom('region').select('path').where('id', '=', tree.gridB).executeTakeFirstOrThrow())
          .path,
      ],
    };
    const file = path.join(dir, 'ledger-foreign.csv');
    await writeFile(file, [header, '冯二,430203199003030012,,430203001001-01,,'].join('\n'));
    const result = await importFile(file, gridWorker);
    expect(result).toMatchObject({ inserted: 0, rejected: 1 });
  });

  it('should give every member one household when batches that share it are written at once', async () => {
    const ids = [
      '430203199104040017',
      '430203199104040033',
      '43020319910404005X',
      '430203199104040076',
      '430203199104040092',
      '430203199104040113',
    ];
    const members = ids.map((id, i) => `成员${i},${id},,430203001001-02,并发小区9栋909,`);
    const file = path.join(dir, 'one-household.csv');
    await writeFile(file, [header, ...members].join('\n'));
    const result = await runImport(database.db, systemActor, systemContext, {
      kind: 'residents',
      file,
      handler: residentImport(new RegionCache()),
      batchSize: 1,
    });
    expect(result).toMatchObject({ inserted: 6, rejected: 0 });
    const households = await database.db
      .selectFrom('resident')
      .select('household_id')
      .where('id_number', 'in', ids)
      .execute();
    expect(new Set(households.map((h) => h.household_id)).size).toBe(1);
    expect(households[0]?.household_id).not.toBeNull();
  });

  it('should report a key repeated inside one batch and leave no key table behind', async () => {
    const file = path.join(dir, 'repeated.csv');
    await writeFile(file, [header, goodRows[0], goodRows[0], goodRows[0]].join('\n'));
    const result = await importFile(file);
    expect(result).toMatchObject({ processed: 3, unchanged: 1, rejected: 2 });
    const left = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM pg_class WHERE relkind = 'r' AND relname LIKE 'import_seen_%'`.execute(
      database.db,
    );
    expect(left.rows[0]?.n).toBe(0);
  });

  it('should start a retried run over from nothing, so its figures are not counted twice', async () => {
    const file = path.join(dir, 'ledger-gbk.csv');
    const first = await importFile(file);
    const retried = await runImport(database.db, systemActor, systemContext, {
      kind: 'residents',
      file,
      handler: residentImport(new RegionCache()),
      runId: first.runId,
    });
    expect(retried).toMatchObject({ runId: first.runId, processed: 8, rejected: 5 });
    const stored = await database.db
      .selectFrom('import_rejection')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('run_id', '=', first.runId)
      .executeTakeFirstOrThrow();
    expect(Number(stored.n)).toBe(5);
  });

  it('should drop the key tables of runs a killed process left behind, and only those', async () => {
    const done = await importFile(path.join(dir, 'repeated.csv'));
    await openSeenKeys(database.db, done.runId);
    const queued = await createRun(database.db, { ...queuedRun, status: 'queued' });
    await openSeenKeys(database.db, queued);
    expect(await dropOrphanSeenKeys(database.db)).toBe(1);
    const left = await sql<{ relname: string }>`
      SELECT relname FROM pg_class WHERE relkind = 'r' AND relname LIKE 'import_seen_%'`.execute(database.db);
    expect(left.rows.map((r) => r.relname)).toEqual([`import_seen_${queued}`]);
    await dropSeenKeys(database.db, queued);
  });
});
