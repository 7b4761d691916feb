import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRegionTree, buildUser, createTestApp, signIn, type RegionTree, type TestApp } from '../../../test/app.ts';
import { systemActor } from '../../core/auth/actor.ts';
import { isProblemList } from './import/handler.ts';
import { RegionCache } from './region-cache.ts';
import { parseResident, residentImport } from './residents.import.ts';

const ledger = [
  {
    idNumber: '11010519491231002X',
    name: '张三',
    phone: '13812345678',
    gridCode: '430203001001-01',
    householdAddress: '钟鼓岭小区1栋101',
    tags: '独居老人',
  },
  {
    idNumber: '110105194912310038',
    name: '张四',
    phone: '',
    gridCode: '430203001001-01',
    householdAddress: '钟鼓岭小区1栋101',
    tags: '',
  },
  {
    idNumber: '430203198001010013',
    name: '王五',
    phone: '13900001111',
    gridCode: '430202001001-01',
    householdAddress: '新塘小区2栋202',
    tags: '残疾人',
  },
];

describe('residents API', () => {
  let t: TestApp;
  let tree: RegionTree;
  const cookies: Record<string, string> = {};
  const get = (who: string, url: string) =>
    t.app.inject({ method: 'GET', url, headers: { cookie: cookies[who] ?? '' } });
  const idOf = async (idNumber: string) =>
    (await t.db.selectFrom('resident').select('id').where('id_number', '=', idNumber).executeTakeFirstOrThrow()).id;

  beforeAll(async () => {
    t = await createTestApp();
    tree = await buildRegionTree(t.db);
    const rows = ledger.map((values, i) => ({ row: i + 2, input: parseResident(values) }));
    const parsed = rows.flatMap((r) => (isProblemList(r.input) ? [] : [{ row: r.row, input: r.input }]));
    await residentImport(new RegionCache()).write(t.db, systemActor, parsed);
    await buildUser(t.db, { username: 'gw-a', roles: ['grid_worker'], regionIds: [tree.gridA] });
    await buildUser(t.db, { username: 'commander', roles: ['commander'], regionIds: [tree.city] });
    for (const who of ['gw-a', 'commander']) cookies[who] = await signIn(t.app, who);
  });
  afterAll(() => t.close());

  it('should list only residents within the jurisdiction, masked', async () => {
    const page = (await get('gw-a', '/api/v1/residents')).json();
    expect(page.total).toBe(2);
    expect(page.items.map((r: { name: string }) => r.name)).toEqual(['张三', '张四']);
    expect(page.items[0]).toMatchObject({
      idNumber: '110***********002X',
      phone: '138****5678',
      sex: 'F',
      tags: ['elderly_alone'],
      householdAddress: '钟鼓岭小区1栋101',
    });
  });

  it('should search by name prefix, exact ID number and phone, and by tag', async () => {
    const names = async (query: string) => {
      const body = (await get('commander', `/api/v1/residents?${query}`)).json();
      if (!body.items) throw new Error(JSON.stringify(body));
      return body.items.map((r: { name: string }) => r.name);
    };
    expect(await names(`q=${encodeURIComponent('张')}`)).toEqual(['张三', '张四']);
    expect(await names('idNumber=430203198001010013')).toEqual(['王五']);
    expect(await names('phone=13812345678')).toEqual(['张三']);
    expect(await names('specialNeeds=true')).toEqual(['张三', '王五']);
    expect(await names(`regionId=${tree.districtB}`)).toEqual(['王五']);
  });

  it('should answer 404 for a resident outside the jurisdiction', async () => {
    expect((await get('gw-a', `/api/v1/residents/${await idOf('430203198001010013')}`)).statusCode).toBe(404);
    expect((await get('gw-a', `/api/v1/residents?regionId=${tree.gridB}`)).statusCode).toBe(404);
  });

  it('should audit every read of a full record, unmasked only with registry.read_full', async () => {
    const id = await idOf('11010519491231002X');
    const byWorker = (await get('gw-a', `/api/v1/residents/${id}`)).json().resident;
    expect(byWorker).toMatchObject({ idNumber: '11010519491231002X', unmasked: true, birthDate: '1949-12-31' });
    expect(byWorker.regionPath.map((r: { name: string }) => r.name)).toEqual([
      '株洲市',
      '芦淞区',
      '建设街道',
      '钟鼓岭社区',
      '第一网格',
    ]);
    const byCommander = (await get('commander', `/api/v1/residents/${id}`)).json().resident;
    expect(byCommander).toMatchObject({ idNumber: '110***********002X', unmasked: false });
    const reads = await t.db
      .selectFrom('audit_log')
      .select(['actor_name', 'summary'])
      .where('action', '=', 'resident.read')
      .orderBy('id')
      .execute();
    expect(reads).toEqual([
      { actor_name: 'gw-a', summary: { unmasked: true } },
      { actor_name: 'commander', summary: { unmasked: false } },
    ]);
  });

  it('should refuse edits without a reason, and keep counts when tags change', async () => {
    const id = await idOf('110105194912310038');
    const cookie = cookies['gw-a'] ?? '';
    const noReason = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/residents/${id}`,
      headers: { cookie },
      payload: { tags: ['pregnant'] },
    });
    expect(noReason.statusCode).toBe(400);
    const edit = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/residents/${id}`,
      headers: { cookie },
      payload: { tags: ['pregnant'], reason: '入户核实' },
    });
    expect(edit.json().resident.tags).toEqual(['pregnant']);
    const counts = (await get('commander', `/api/v1/registry/counts?parentId=${tree.communityA}`)).json().items;
    expect(counts.find((c: { regionId: number }) => c.regionId === tree.gridA)).toMatchObject({
      residents: 2,
      households: 1,
      specialNeeds: 2,
    });
  });

  it('should move a resident between grids of the jurisdiction, with the counts', async () => {
    const id = await idOf('110105194912310038');
    const move = await t.app.inject({
      method: 'POST',
      url: `/api/v1/residents/${id}/move`,
      headers: { cookie: cookies['gw-a'] ?? '' },
      payload: { gridId: tree.gridB, reason: '搬迁' },
    });
    expect(move.statusCode).toBe(404); // grid B is outside the grid worker's reach
    await buildUser(t.db, { username: 'street-a', roles: ['grid_worker'], regionIds: [tree.streetA] });
    const moved = await t.app.inject({
      method: 'POST',
      url: `/api/v1/residents/${id}/move`,
      headers: { cookie: await signIn(t.app, 'street-a') },
      payload: { gridId: tree.gridA2, householdAddress: '钟鼓岭小区5栋501', reason: '搬迁' },
    });
    expect(moved.json().resident).toMatchObject({ grid: { id: tree.gridA2 }, householdAddress: '钟鼓岭小区5栋501' });
    const counts = (await get('commander', `/api/v1/registry/counts?parentId=${tree.communityA}`)).json().items;
    expect(counts.map((c: { residents: number; specialNeeds: number }) => [c.residents, c.specialNeeds])).toEqual([
      [1, 1],
      [1, 1],
    ]);
    const city = (await get('commander', '/api/v1/registry/counts')).json().items;
    expect(city).toEqual([
      expect.objectContaining({ regionId: tree.city, residents: 3, households: 3, specialNeeds: 3 }),
    ]);
  });
});
