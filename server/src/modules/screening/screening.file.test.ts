import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personChunks } from './screening.file.ts';

describe('reading a screening list file', () => {
  let dir: string;
  const read = async (file: string, size: number) => {
    const chunks = [];
    for await (const chunk of personChunks(file, size)) chunks.push(chunk);
    return chunks;
  };

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'screening-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('should recognise the usual headers and hand out rows in chunks, numbered as in the sheet', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('名单');
    sheet.addRow(['序号', '姓名', '身份证号码', '手机号码', '来源地区', '入境时间', '说明']);
    sheet.addRow([1, '甲', '110101199003070011', '13800138000', '香港', '2022-05-01 10:20', '']);
    sheet.addRow([]);
    sheet.addRow([2, '乙', 'E12345678', '', '', '', '航班 CX123']);
    sheet.addRow([3, '丙', '', '', '', '', '']);
    const file = path.join(dir, 'list.xlsx');
    await workbook.xlsx.writeFile(file);
    const chunks = await read(file, 2);
    expect(chunks.map((c) => c.map((p) => p.row))).toEqual([[2, 4], [5]]);
    expect(chunks[0]).toEqual([
      {
        row: 2,
        idNumber: '110101199003070011',
        name: '甲',
        phone: '13800138000',
        fromArea: '香港',
        arrivedAt: '2022-05-01 10:20',
        note: '',
      },
      { row: 4, idNumber: 'E12345678', name: '乙', phone: '', fromArea: '', arrivedAt: '', note: '航班 CX123' },
    ]);
  });

  it('should name the required columns it cannot find', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('名单').addRow(['name', '电话']);
    const file = path.join(dir, 'headers.xlsx');
    await workbook.xlsx.writeFile(file);
    await expect(read(file, 10)).rejects.toMatchObject({
      code: 'IMPORT_COLUMNS_MISSING',
      params: { fields: '身份证号' },
    });
  });
});
