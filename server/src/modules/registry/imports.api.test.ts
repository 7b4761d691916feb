import { existsSync } from 'node:fs';
import { rm, utimes } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRegionTree, buildUser, createTestApp, signIn, type TestApp } from '../../../test/app.ts';
import { removeStaleUploads } from './import/uploads.ts';

const csv = [
  '姓名,身份证号,手机号码,所属网格,家庭住址',
  '张三,11010519491231002X,13812345678,430203001001-01,钟鼓岭小区1栋101',
  '坏行,110105194912310021,,430203001001-01,',
].join('\n');

function multipart(
  fields: Record<string, string>,
  file: { name: string; content: string },
): { payload: Buffer; headers: Record<string, string> } {
  const boundary = '----fangkong' + Date.now();
  const parts = Object.entries(fields).map(
    ([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
  );
  parts.push(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: text/csv\r\n\r\n${file.content}\r\n--${boundary}--\r\n`,
  );
  return {
    payload: Buffer.from(parts.join('')),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

describe('importing from the web', () => {
  let t: TestApp;
  let cookie: string;
  const preview = (fields: Record<string, string>, file: { name: string; content: string }) => {
    const upload = multipart(fields, file);
    return t.app.inject({
      method: 'POST',
      url: '/api/v1/imports/preview',
      headers: { cookie, ...upload.headers },
      payload: upload.payload,
    });
  };

  beforeAll(async () => {
    t = await createTestApp({ dataDir: `/tmp/fangkong-import-test-${process.pid}` });
    const tree = await buildRegionTree(t.db);
    await buildUser(t.db, { username: 'keeper', roles: ['grid_worker'], regionIds: [tree.communityA] });
    cookie = await signIn(t.app, 'keeper');
  });
  afterAll(async () => {
    await t.close();
    await rm(t.config.dataDir, { recursive: true, force: true });
  });

  it('should preview an upload with a guessed mapping, then import it in the background with progress and an error report', async () => {
    const previewed = await preview(
      { kind: 'residents', encoding: 'auto' },
      { name: '钟鼓岭社区居民台账.csv', content: csv },
    );
    expect(previewed.statusCode).toBe(200);
    const { uploadId, headers, sample, guessedMapping } = previewed.json();
    expect(headers).toEqual(['姓名', '身份证号', '手机号码', '所属网格', '家庭住址']);
    expect(sample).toHaveLength(2);
    expect(guessedMapping).toEqual({
      idNumber: '身份证号',
      name: '姓名',
      phone: '手机号码',
      householdAddress: '家庭住址',
      gridCode: '所属网格',
    });

    const started = await t.app.inject({
      method: 'POST',
      url: '/api/v1/imports',
      headers: { cookie },
      payload: {
        uploadId,
        kind: 'residents',
        mapping: guessedMapping,
        saveMappingAs: '钟鼓岭台账',
        fileName: '钟鼓岭社区居民台账.csv',
      },
    });
    expect(started.statusCode).toBe(202);
    const runId: number = started.json().run.id;
    let run = started.json().run;
    for (let i = 0; i < 100 && ['queued', 'running'].includes(run.status); i += 1) {
      await new Promise((r) => setTimeout(r, 100));
      run = (await t.app.inject({ method: 'GET', url: `/api/v1/imports/${runId}`, headers: { cookie } })).json().run;
    }
    expect(run).toMatchObject({
      status: 'done',
      fileName: '钟鼓岭社区居民台账.csv',
      processedRows: 2,
      inserted: 1,
      rejected: 1,
      fraction: 1,
    });

    const report = await t.app.inject({ method: 'GET', url: `/api/v1/imports/${runId}/report`, headers: { cookie } });
    expect(report.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(report.rawPayload as unknown as Parameters<typeof workbook.xlsx.load>[0]); // exceljs types an older Buffer
    const rows = workbook.worksheets[0]?.getSheetValues().filter(Boolean) ?? [];
    expect(rows[1]).toEqual([
      undefined,
      3,
      'idNumber',
      '110105194912310021',
      '身份证号校验位错误',
      'the ID number check character is wrong',
    ]);

    const again = await preview({ kind: 'residents' }, { name: 'again.csv', content: csv });
    expect(again.json().savedMappings).toEqual([{ name: '钟鼓岭台账', columns: guessedMapping }]);
  });

  it('should refuse to start when a required field has no column', async () => {
    const { uploadId } = (await preview({ kind: 'residents' }, { name: 'partial.csv', content: '姓名\n张三' })).json();
    const started = await t.app.inject({
      method: 'POST',
      url: '/api/v1/imports',
      headers: { cookie },
      payload: { uploadId, kind: 'residents', mapping: { name: '姓名' } },
    });
    expect(started.statusCode).toBe(422);
    expect(started.json()).toMatchObject({
      code: 'IMPORT_COLUMNS_MISSING',
      detail: expect.stringContaining('idNumber, gridCode'),
    });
  });

  it('should refuse an unknown kind', async () => {
    const response = await preview({ kind: 'aliens' }, { name: 'x.csv', content: 'a\n1' });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].path).toBe('body.kind');
  });

  it('should clean up old uploads that no import is waiting for', async () => {
    const { uploadId } = (await preview({ kind: 'residents' }, { name: 'forgotten.csv', content: csv })).json();
    const file = path.join(t.config.dataDir, 'uploads', `${uploadId}.csv`);
    expect(await removeStaleUploads(t.db, t.config, 1)).toBe(0); // still fresh
    const old = new Date(Date.now() - 2 * 3_600_000);
    await utimes(file, old, old);
    expect(await removeStaleUploads(t.db, t.config, 1)).toBeGreaterThanOrEqual(1);
    expect(existsSync(file)).toBe(false);
  });
});
