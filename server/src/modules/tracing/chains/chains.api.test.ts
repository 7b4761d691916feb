import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ChainWorld, insertCase, insertChain, insertContact, openChainWorld } from './chains.test-support.ts';

describe('chains and clusters over the API', () => {
  let world: ChainWorld;
  let chain: { id: number; code: string; idNumber: string }[];
  let loose: { id: number }[];
  let clusterId: number;
  const call: ChainWorld['call'] = (...args) => world.call(...args);

  beforeAll(async () => {
    world = await openChainWorld(43);
    const { db } = world.t;
    const [grid, sibling, elsewhere] = world.grids;
    // Twelve cases in a row, the last four living in the sibling grid; each has two contacts with identifiers.
    chain = await insertChain(db, grid, 12, '2022-04-01');
    await sql`UPDATE tracing_case SET path = ${sibling.path}::ltree, grid_id = ${sibling.id}
               WHERE id = ANY(${chain.slice(8).map((c) => c.id)}::bigint[])`.execute(db);
    for (const c of chain) await insertContact(db, { grid, source: { caseId: c.id }, phone: '13912345678' });
    // A chain of three in another community: linked, but below the cluster size.
    loose = await insertChain(db, elsewhere, 3, '2022-04-20');
    await insertCase(db, { grid: elsewhere, classification: 'asymptomatic', foundAt: '2022-04-21T17:30:00Z' });
    await world.signInAs('viewer', ['commander'], [world.city]);
    await world.signInAs('gridStaff', ['tracing_staff'], [sibling.id]);
    const recompute = await call('office', 'POST', '/tracing/chains/recompute');
    expect(recompute.statusCode).toBe(200);
    expect(recompute.json()).toMatchObject({ cases: 15, links: 13, clusters: 1 });
    clusterId = (await call('office', 'GET', '/tracing/clusters')).json().items[0].id;
  });
  afterAll(() => world.t.close());

  it('should let only tracing managers recompute, and audit it', async () => {
    expect((await call('viewer', 'POST', '/tracing/chains/recompute')).statusCode).toBe(403);
    const audit = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM audit_log WHERE action = 'tracing.chains.recompute'`.execute(world.t.db);
    expect(audit.rows[0]?.n).toBe(1);
  });

  it('should list the cluster and show the make-up of its cases', async () => {
    const list = (await call('viewer', 'GET', '/tracing/clusters?status=active')).json();
    expect(list).toMatchObject({
      total: 1,
      items: [{ id: clusterId, name: `聚集性疫情 ${clusterId}`, caseCount: 12 }],
    });
    const detail = (await call('viewer', 'GET', `/tracing/clusters/${clusterId}`)).json();
    expect(detail).toMatchObject({
      cluster: { generations: 12, firstOnset: '2022-04-01', lastOnset: '2022-04-12' },
      byClassification: { confirmed: 12, asymptomatic: 0, suspected: 0 },
      onset: { first: '2022-04-01', last: '2022-04-12' },
    });
    expect(detail.byGeneration).toHaveLength(12);
    expect(detail.byGeneration[0]).toEqual({ generation: 1, cases: 1 });
  });

  it('should show a grid user the cluster but only the cases of their grid', async () => {
    const detail = (await call('gridStaff', 'GET', `/tracing/clusters/${clusterId}`)).json();
    expect(detail.byClassification.confirmed).toBe(4);
    expect(detail.onset).toEqual({ first: '2022-04-09', last: '2022-04-12' });
    const graph = (await call('gridStaff', 'GET', `/tracing/clusters/${clusterId}/graph`)).json();
    expect(graph.total).toBe(4);
    expect(graph.nodes.map((n: { id: number }) => n.id)).toEqual(chain.slice(8).map((c) => c.id));
    // The link from case 8 (outside the grid) is not shown, not even as a stub.
    expect(graph.links).toHaveLength(3);
    expect(graph.stubs).toEqual([]);
    expect(graph.nodes[0].contactCount).toBe(0);
  });

  it('should rename a cluster (audited) and keep the name through a recomputation', async () => {
    const renamed = await call('office', 'PATCH', `/tracing/clusters/${clusterId}`, { name: '  钟鼓岭聚集性疫情 ' });
    expect(renamed.json()).toMatchObject({ id: clusterId, name: '钟鼓岭聚集性疫情' });
    // A grid user holds only part of the cluster: they may not rename it.
    const partial = await call('gridStaff', 'PATCH', `/tracing/clusters/${clusterId}`, { name: '改名' });
    expect(partial.statusCode).toBe(404);
    await call('office', 'POST', '/tracing/chains/recompute');
    expect((await call('office', 'GET', `/tracing/clusters/${clusterId}`)).json().cluster.name).toBe(
      '钟鼓岭聚集性疫情',
    );
    const audit = await sql<{ summary: unknown }>`
      SELECT summary FROM audit_log WHERE action = 'tracing.cluster.rename'`.execute(world.t.db);
    expect(audit.rows.map((r) => r.summary)).toEqual([{ from: `聚集性疫情 ${clusterId}`, to: '钟鼓岭聚集性疫情' }]);
  });

  it('should page a cluster graph in generation order, with stubs for links leaving the page', async () => {
    const page2 = (await call('viewer', 'GET', `/tracing/clusters/${clusterId}/graph?page=2&pageSize=5`)).json();
    expect(page2).toMatchObject({ total: 12, page: 2, pageSize: 5, contacts: [], contactsTruncated: false });
    expect(page2.nodes.map((n: { id: number }) => n.id)).toEqual(chain.slice(5, 10).map((c) => c.id));
    expect(page2.nodes[0]).toEqual({
      id: chain[5]?.id,
      code: chain[5]?.code,
      name: expect.any(String),
      classification: 'confirmed',
      generation: 6,
      onsetDate: '2022-04-06',
      contactCount: 2,
    });
    expect(page2.links).toHaveLength(6);
    expect(page2.stubs).toEqual([
      { id: chain[4]?.id, code: chain[4]?.code, page: 1 },
      { id: chain[10]?.id, code: chain[10]?.code, page: 3 },
    ]);
    const page3 = (await call('viewer', 'GET', `/tracing/clusters/${clusterId}/graph?page=3&pageSize=5`)).json();
    expect(page3.nodes).toHaveLength(2);
  });

  it('should add the contacts of the page on request, with names but never identifiers', async () => {
    const response = await call('viewer', 'GET', `/tracing/clusters/${clusterId}/graph?pageSize=3&withContacts=true`);
    const graph = response.json();
    expect(graph.contacts).toHaveLength(6);
    expect(graph.contacts[0]).toEqual({
      id: expect.any(Number),
      caseId: chain[0]?.id,
      name: '接触者',
      kind: 'close',
      status: 'identified',
    });
    expect(response.body).not.toContain('13912345678');
    for (const c of chain) expect(response.body).not.toContain(c.idNumber);
  });

  it('should collapse the overview to one node per cluster plus the shorter chains', async () => {
    const overview = (await call('viewer', 'GET', '/tracing/graph/overview')).json();
    expect(overview.clusters).toMatchObject([{ id: clusterId, caseCount: 12 }]);
    expect(overview.cases.map((c: { id: number }) => c.id)).toEqual(loose.map((c) => c.id));
    expect(overview.links).toHaveLength(2);
    expect(overview.truncated).toBe(false);
    const cut = (await call('viewer', 'GET', '/tracing/graph/overview?limit=3')).json();
    expect(cut).toMatchObject({ truncated: true, links: [{ from: loose[0]?.id, to: loose[1]?.id }] });
    expect(cut.cases).toHaveLength(2);
  });

  it('should count cases per day with empty days in between, an asymptomatic case on its local day found', async () => {
    const { days } = (await call('viewer', 'GET', '/tracing/timeline?from=2022-04-12&to=2022-04-30')).json();
    expect(days).toHaveLength(11);
    expect(days[0]).toEqual({ date: '2022-04-12', confirmed: 1, asymptomatic: 0, suspected: 0 });
    expect(days[1]).toEqual({ date: '2022-04-13', confirmed: 0, asymptomatic: 0, suspected: 0 });
    expect(days.slice(8)).toEqual([
      { date: '2022-04-20', confirmed: 1, asymptomatic: 0, suspected: 0 },
      { date: '2022-04-21', confirmed: 1, asymptomatic: 0, suspected: 0 },
      // 17:30 UTC on the 21st is the 22nd in Asia/Shanghai.
      { date: '2022-04-22', confirmed: 1, asymptomatic: 1, suspected: 0 },
    ]);
    const ofCluster = (await call('viewer', 'GET', `/tracing/timeline?clusterId=${clusterId}`)).json();
    expect(ofCluster.days).toHaveLength(12);
    expect(ofCluster.days.every((d: { confirmed: number }) => d.confirmed === 1)).toBe(true);
  });
});
