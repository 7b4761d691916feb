import ExcelJS from 'exceljs';
import { type RawBuilder, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../../test/world.ts';

type Ring = number[][];
const square = (west: number, south: number, east: number, north: number): Ring => [
  [west, south],
  [east, south],
  [east, north],
  [west, north],
  [west, south],
];

describe('risk areas: designated by one person, approved by another, published', () => {
  let world: World;
  let grid1: number;
  let grid2: number;
  let buildings1: number[];
  let building2: number;
  const hourAgo = () => new Date(Date.now() - 3_600_000).toISOString();
  const rows = async <R extends object>(statement: RawBuilder<R>) => (await statement.execute(world.t.db)).rows;
  const householdsWhere = async (condition: RawBuilder<unknown>) =>
    (await rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM household h WHERE ${condition}`))[0]?.n;
  const designate = (who: string, body: object) =>
    world.call(who, 'POST', '/risk-areas', { level: 'high', startsAt: hourAgo(), reason: '发现确诊病例', ...body });
  const openChangeOf = async (areaId: number) =>
    (await world.call('approver', 'GET', `/risk-areas/${areaId}`)).json().openChange.id as number;

  beforeAll(async () => {
    world = await openWorld(
      { residents: 2_000, seed: 31 },
      {
        proposer: { roles: ['tracing_staff'] },
        approver: { roles: ['commander'] },
        chief: { roles: ['administrator'] },
        worker: { roles: ['grid_worker'] },
      },
    );
    const grids = await rows<{ id: number }>(sql`SELECT id FROM region WHERE level_id = 5 ORDER BY id`);
    [grid1, grid2] = grids.map((g) => Number(g.id)) as [number, number];
    const inGrid = async (grid: number) =>
      (
        await rows<{ id: number }>(sql`
          SELECT b.id FROM building b WHERE b.grid_id = ${grid}
             AND EXISTS (SELECT 1 FROM household h WHERE h.building_id = b.id) ORDER BY b.id`)
      ).map((b) => Number(b.id));
    buildings1 = await inGrid(grid1);
    building2 = (await inGrid(grid2))[0]!;
    await world.signInAs('gridTracer', ['tracing_staff'], [grid2]);
  });
  afterAll(() => world.t.close());

  it('should offer the levels of the protocol in force, strictest first', async () => {
    const reply = (await world.call('proposer', 'GET', '/risk-areas/levels')).json();
    expect(reply.protocol).toMatchObject({ code: 'v9', name: '第九版防控方案' });
    expect(reply.levels.map((l: { key: string }) => l.key)).toEqual(['high', 'medium', 'low']);
    expect(reply.levels[0]).toMatchObject({ label: { zh: '高风险区' }, closure: 'sealed', next: 'medium' });
    const [v8] = await rows<{ id: number }>(sql`SELECT id FROM protocol WHERE code = 'v8'`);
    const older = (await world.call('proposer', 'GET', `/risk-areas/levels?protocolId=${v8!.id}`)).json();
    expect(older.levels.map((l: { label: { zh: string } }) => l.label.zh)).toEqual(['封控区', '管控区', '防范区']);
  });

  let regionArea: number;
  it('should propose a region as an area that is not in force until approved', async () => {
    const created = await designate('proposer', { regionId: grid1 });
    expect(created.statusCode).toBe(201);
    const area = created.json();
    regionArea = area.id;
    expect(area).toMatchObject({
      code: expect.stringMatching(/^FX-\d{6}$/),
      status: 'proposed',
      kind: 'region',
      level: 'high',
      levelLabel: { zh: '高风险区', en: 'High risk' },
      closure: 'sealed',
      households: 0,
      levelSince: null,
      protocol: { code: 'v9', version: 1 },
      history: [
        { kind: 'designation', fromLevel: null, toLevel: 'high', proposedBy: { name: 'proposer' }, decision: null },
      ],
      lifting: null,
    });
    expect(area.openChange.id).toBe(area.history[0].id);
    expect(area.regionNames.at(-1)).toBe(area.region.name);
    const audits = await rows<{ action: string }>(sql`
      SELECT action FROM audit_log WHERE entity = 'risk_area' AND entity_id = ${String(regionArea)}`);
    expect(audits).toEqual([{ action: 'riskarea.designate' }]);
  });

  it('should refuse the proposer approving their own proposal, here and in the database', async () => {
    const changeId = await openChangeOf(regionArea);
    const chiefArea = (await designate('chief', { regionId: grid1, name: '自审测试' })).json();
    const own = await world.call('chief', 'POST', `/risk-areas/changes/${chiefArea.openChange.id}/approve`, {});
    expect(own.statusCode).toBe(403);
    expect(own.json().code).toBe('SAME_PERSON_APPROVAL');
    await expect(
      sql`UPDATE risk_area_change SET decision = 'approved', decided_by = proposed_by, decided_at = now()
           WHERE id = ${chiefArea.openChange.id}`.execute(world.t.db),
    ).rejects.toThrow(/check constraint/);
    // The chief's own proposal is not among those they may decide; the proposer's is.
    const pending = (await world.call('chief', 'GET', '/risk-areas/changes/pending')).json().items;
    expect(pending.map((p: { change: { id: number } }) => p.change.id)).toContain(changeId);
    expect(pending.map((p: { change: { id: number } }) => p.change.id)).not.toContain(chiefArea.openChange.id);
    const rejected = await world.call('approver', 'POST', `/risk-areas/changes/${chiefArea.openChange.id}/reject`, {
      note: '重复划定',
    });
    expect(rejected.json()).toMatchObject({
      status: 'rejected',
      history: [{ decision: 'rejected', decidedBy: { name: 'approver' }, note: '重复划定' }],
    });
  });

  it('should put an approved region in force over every household under it, once', async () => {
    const changeId = await openChangeOf(regionArea);
    const approved = await world.call('approver', 'POST', `/risk-areas/changes/${changeId}/approve`, { note: '同意' });
    expect(approved.statusCode).toBe(200);
    const area = approved.json();
    const expected = await householdsWhere(sql`h.path <@ (SELECT path FROM region WHERE id = ${grid1})`);
    expect(expected).toBeGreaterThan(0);
    expect(area).toMatchObject({ status: 'active', households: expected, openChange: null });
    expect(area.history[0]).toMatchObject({ decision: 'approved', decidedBy: { name: 'approver' }, note: '同意' });
    // It started an hour ago on paper, but takes effect (and starts its lifting clock) when approved.
    expect(Date.parse(area.levelSince)).toBeGreaterThan(Date.parse(area.startsAt));
    expect(area.lifting).toMatchObject({ toLevel: 'medium', due: false, basis: { protocol: 'v9', version: 1 } });
    const again = await world.call('approver', 'POST', `/risk-areas/changes/${changeId}/approve`, {});
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('PROPOSAL_STATE');
  });

  it('should cover the households of one building', async () => {
    const area = (await designate('proposer', { buildingId: buildings1[0] })).json();
    expect(area).toMatchObject({ kind: 'building', building: { id: buildings1[0] } });
    const approved = (
      await world.call('approver', 'POST', `/risk-areas/changes/${area.openChange.id}/approve`, {})
    ).json();
    expect(approved.households).toBe(await householdsWhere(sql`h.building_id = ${buildings1[0]}`));
  });

  it('should cover the households of the buildings inside a drawn area, not in its hole nor outside its region', async () => {
    const [inside, inHole, outside] = buildings1.slice(1, 4);
    const place = (id: number | undefined, lng: number, lat: number) =>
      sql`UPDATE building SET lng = ${lng}, lat = ${lat} WHERE id = ${id}`.execute(world.t.db);
    await place(inside, 113.1, 27.8);
    await place(inHole, 113.105, 27.805);
    await place(outside, 113.2, 27.9);
    await place(building2, 113.101, 27.801); // inside the outline, but in the other grid
    const polygon = {
      type: 'Polygon',
      coordinates: [square(113.09, 27.79, 113.12, 27.82), square(113.104, 27.804, 113.106, 27.806)],
    };
    const area = (await designate('proposer', { regionId: grid1, polygon, name: '钟鼓岭小区东片' })).json();
    expect(area).toMatchObject({ kind: 'polygon', name: '钟鼓岭小区东片', polygon, region: null });
    const approved = (
      await world.call('approver', 'POST', `/risk-areas/changes/${area.openChange.id}/approve`, {})
    ).json();
    expect(approved.households).toBe(await householdsWhere(sql`h.building_id = ${inside}`));
    const covered = await rows<{ building_id: number }>(sql`
      SELECT DISTINCT h.building_id FROM risk_area_household r JOIN household h ON h.id = r.household_id
       WHERE r.area_id = ${area.id}`);
    expect(covered.map((c) => Number(c.building_id))).toEqual([inside]);
  });

  it('should refuse a level the protocol in force does not have', async () => {
    const refused = await designate('proposer', { regionId: grid1, level: 'sealed' });
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({
      code: 'RISK_LEVEL_UNKNOWN',
      detail: expect.stringContaining('high, medium, low'),
    });
  });

  it('should refuse a target that is missing, doubled or badly drawn, naming why', async () => {
    const reasonOf = async (body: object) => {
      const reply = await world.call('proposer', 'POST', '/risk-areas', {
        level: 'high',
        startsAt: hourAgo(),
        reason: '测试',
        ...body,
      });
      expect(reply.statusCode).toBe(422);
      expect(reply.json().code).toBe('RISK_AREA_TARGET_INVALID');
      return reply.json().detail as string;
    };
    const ring = square(113, 27, 113.1, 27.1);
    expect(await reasonOf({})).toBe('请选择区划、楼栋或在地图上划定范围');
    expect(await reasonOf({ regionId: grid1, buildingId: buildings1[0] })).toMatch(/只能选择其一/);
    expect(await reasonOf({ polygon: { type: 'Polygon', coordinates: [ring] } })).toMatch(/所属区划/);
    const drawn = (coordinates: number[][][]) => ({ regionId: grid1, polygon: { type: 'Polygon', coordinates } });
    expect(await reasonOf(drawn([ring.slice(0, 4)]))).toMatch(/未闭合/);
    expect(await reasonOf(drawn([[ring[0]!, ring[1]!, ring[0]!]]))).toMatch(/至少需要 4 个点/);
    expect(await reasonOf(drawn([ring.map(([lng = 0, lat = 0]) => [lng + 100, lat])]))).toMatch(/超出经纬度范围/);
    const circle = Array.from({ length: 5_001 }, (_, i) => [113 + Math.cos(i / 800), 27 + Math.sin(i / 800)]);
    expect(await reasonOf(drawn([[...circle, circle[0]!]]))).toMatch(/顶点过多/);
    const english = await world.t.app.inject({
      method: 'POST',
      url: '/api/v1/risk-areas',
      headers: { cookie: world.cookieOf('proposer'), 'accept-language': 'en' },
      payload: { level: 'high', startsAt: hourAgo(), reason: 'test', ...drawn([ring.slice(0, 4)]) },
    });
    expect(english.json().detail).toMatch(/not closed/);
  });

  it('should answer 404 for regions, buildings and areas outside the jurisdiction', async () => {
    expect((await designate('gridTracer', { regionId: grid1 })).statusCode).toBe(404);
    expect((await designate('gridTracer', { buildingId: buildings1[0] })).statusCode).toBe(404);
    expect((await world.call('gridTracer', 'GET', `/risk-areas/${regionArea}`)).statusCode).toBe(404);
    const list = (await world.call('gridTracer', 'GET', '/risk-areas')).json();
    expect(list.items.map((a: { id: number }) => a.id)).not.toContain(regionArea);
    const change = await world.call('gridTracer', 'POST', `/risk-areas/${regionArea}/changes`, {
      toLevel: null,
      reason: '测试',
    });
    expect(change.statusCode).toBe(404);
    // A grid worker reads areas but proposes none.
    expect((await designate('worker', { regionId: grid1 })).statusCode).toBe(403);
  });

  it('should list areas touching the jurisdiction with their household counts, filtered', async () => {
    const active = (await world.call('worker', 'GET', '/risk-areas?status=active')).json();
    expect(active.total).toBe(3);
    expect(
      active.items.every((a: { status: string; households: number }) => a.status === 'active' && a.households > 0),
    ).toBe(true);
    const rejected = (await world.call('worker', 'GET', '/risk-areas?status=rejected')).json();
    expect(rejected.items.map((a: { name: string }) => a.name)).toEqual(['自审测试']);
  });

  it('should publish the areas in force without any personal data or reason, and as .xlsx', async () => {
    const reply = await world.t.app.inject({ method: 'GET', url: '/api/v1/public/risk-areas' });
    expect(reply.statusCode).toBe(200);
    const { items } = reply.json();
    expect(items).toHaveLength(3);
    for (const item of items)
      expect(Object.keys(item).sort()).toEqual([
        'closure',
        'code',
        'level',
        'levelLabel',
        'name',
        'regionNames',
        'since',
      ]);
    expect(reply.body).not.toContain('发现确诊病例');
    expect(reply.body).not.toMatch(/\d{17}[\dX]/);
    const file = await world.t.app.inject({ method: 'GET', url: '/api/v1/public/risk-areas.xlsx' });
    expect(file.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.rawPayload as unknown as Parameters<typeof workbook.xlsx.load>[0]);
    const sheet = workbook.getWorksheet('风险区名单');
    expect(sheet?.getRow(1).values).toEqual([
      undefined,
      '序号',
      '编号',
      '风险区名称',
      '风险等级',
      '所在区域',
      '起始时间',
    ]);
    expect(sheet?.rowCount).toBe(4);
    expect(sheet?.getRow(2).getCell(4).value).toBe('高风险区');
  });

  it('should take a proposed downgrade when approved, one open change at a time', async () => {
    const proposed = await world.call('proposer', 'POST', `/risk-areas/${regionArea}/changes`, {
      toLevel: 'medium',
      reason: '连续7天无新增',
    });
    expect(proposed.statusCode).toBe(201);
    expect(proposed.json().openChange).toMatchObject({
      kind: 'level',
      fromLevel: 'high',
      toLevel: 'medium',
      basis: null,
    });
    const second = await world.call('proposer', 'POST', `/risk-areas/${regionArea}/changes`, {
      toLevel: null,
      reason: '解除',
    });
    expect(second.statusCode).toBe(409);
    expect(second.json().code).toBe('PROPOSAL_STATE');
    const approved = (
      await world.call('approver', 'POST', `/risk-areas/changes/${proposed.json().openChange.id}/approve`, {})
    ).json();
    expect(approved).toMatchObject({ level: 'medium', closure: 'controlled', status: 'active' });
    // Reached by a downgrade: 第九版 gives it 3 more days, not 7.
    expect(approved.lifting.basis.rule).toBe('riskAreas.levels.medium.cleanDaysAfterDowngrade');
  });

  it('should refuse a level of another protocol, and the level the area already has', async () => {
    const unknown = await world.call('proposer', 'POST', `/risk-areas/${regionArea}/changes`, {
      toLevel: 'sealed',
      reason: 'x',
    });
    expect(unknown.json().code).toBe('RISK_LEVEL_UNKNOWN');
    const same = await world.call('proposer', 'POST', `/risk-areas/${regionArea}/changes`, {
      toLevel: 'medium',
      reason: 'x',
    });
    expect(same.json().code).toBe('PROPOSAL_STATE');
  });

  it('should lift an area when approved, keeping whom it covered and leaving the published list', async () => {
    const proposed = (
      await world.call('proposer', 'POST', `/risk-areas/${regionArea}/changes`, {
        toLevel: 'lifted',
        reason: '解除管控',
      })
    ).json();
    expect(proposed.openChange).toMatchObject({ kind: 'lifting', toLevel: null });
    const covered = proposed.households;
    expect(covered).toBeGreaterThan(0);
    const lifted = (
      await world.call('approver', 'POST', `/risk-areas/changes/${proposed.openChange.id}/approve`, {})
    ).json();
    expect(lifted).toMatchObject({
      status: 'lifted',
      households: covered,
      lifting: null,
      liftedAt: expect.any(String),
    });
    expect(lifted.history.map((c: { kind: string }) => c.kind)).toEqual(['designation', 'level', 'lifting']);
    const closed = await world.call('proposer', 'POST', `/risk-areas/${regionArea}/changes`, {
      toLevel: 'low',
      reason: 'x',
    });
    expect(closed.json().code).toBe('PROPOSAL_STATE');
    const published = (await world.t.app.inject({ method: 'GET', url: '/api/v1/public/risk-areas' })).json();
    expect(published.items.map((a: { code: string }) => a.code)).not.toContain(lifted.code);
  });
});
