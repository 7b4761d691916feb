import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startJobQueue, stopJobQueue } from '../../../core/jobs.ts';
import { CHAIN_QUEUE, requestChainRecompute } from './chains.jobs.ts';
import {
  type ChainWorld,
  insertCase,
  insertChain,
  insertContact,
  nextIdNumber,
  openChainWorld,
} from './chains.test-support.ts';
import { recomputeChains } from './recompute.ts';

describe('chain recomputation', () => {
  let world: ChainWorld;
  let db: ChainWorld['t']['db'];

  const linksTo = async (caseId: number) =>
    (
      await sql<{ from: number; contact: number | null }>`
        SELECT from_case_id AS "from", contact_id AS contact FROM case_link WHERE to_case_id = ${caseId}
         ORDER BY from_case_id`.execute(db)
    ).rows;
  const caseState = async (ids: number[]) =>
    (
      await sql<{ id: number; cluster: number | null; generation: number | null }>`
        SELECT id, cluster_id AS cluster, generation FROM tracing_case WHERE id = ANY(${ids}::bigint[])
         ORDER BY array_position(${ids}::bigint[], id)`.execute(db)
    ).rows;
  const cluster = async (id: number) =>
    (
      await sql<{
        name: string;
        status: string;
        case_count: number;
        generations: number;
        first: string;
        last: string;
        path: string;
      }>`
        SELECT name, status, case_count, generations, first_onset::text AS first, last_onset::text AS last, path::text AS path
          FROM tracing_cluster WHERE id = ${id}`.execute(db)
    ).rows[0];

  beforeAll(async () => {
    world = await openChainWorld(31);
    db = world.t.db;
  });
  afterAll(() => world.t.close());

  it('should link a case found as a secondary contact from the case at the root of its chain', async () => {
    const [grid] = world.grids;
    const a = await insertCase(db, { grid });
    const close = await insertContact(db, { grid, source: { caseId: a.id } });
    const secondary = await insertContact(db, { grid, source: { contactId: close } });
    const b = await insertCase(db, { grid, fromContactId: secondary });
    await recomputeChains(db);
    expect(await linksTo(b.id)).toEqual([{ from: a.id, contact: secondary }]);
    expect((await caseState([a.id, b.id])).map((c) => c.generation)).toEqual([1, 2]);
  });

  it('should link a case from every other case its person was a contact of, through the earliest record', async () => {
    const [grid, , elsewhere] = world.grids;
    const e = await insertCase(db, { grid });
    const f = await insertCase(db, { grid: elsewhere });
    const person = nextIdNumber();
    const later = await insertContact(db, {
      grid,
      source: { caseId: e.id },
      idNumber: person,
      identifiedAt: '2022-04-03T08:00:00Z',
    });
    const viaClose = await insertContact(db, { grid, source: { caseId: e.id } });
    const earlier = await insertContact(db, {
      grid,
      source: { contactId: viaClose },
      idNumber: person,
      identifiedAt: '2022-04-02T08:00:00Z',
    });
    await insertContact(db, { grid: elsewhere, source: { caseId: f.id }, idNumber: person });
    const d = await insertCase(db, { grid, idNumber: person });
    // A record of the person as a contact of their own case (a slip) makes no self-link.
    await insertContact(db, { grid, source: { caseId: d.id }, idNumber: person });
    await recomputeChains(db);
    expect(later).toBeLessThan(earlier);
    expect(await linksTo(d.id)).toEqual([
      { from: e.id, contact: earlier },
      { from: f.id, contact: expect.any(Number) },
    ]);
  });

  it('should leave excluded cases out of chains', async () => {
    const [grid] = world.grids;
    const x = await insertCase(db, { grid, classification: 'excluded' });
    const person = nextIdNumber();
    await insertContact(db, { grid, source: { caseId: x.id }, idNumber: person });
    const y = await insertCase(db, { grid, idNumber: person });
    await recomputeChains(db);
    expect(await linksTo(y.id)).toEqual([]);
    expect(await caseState([x.id, y.id])).toEqual([
      { id: x.id, cluster: null, generation: null },
      { id: y.id, cluster: null, generation: 1 },
    ]);
  });

  it('should number generations through two cases that are each a contact of the other', async () => {
    const [grid] = world.grids;
    const [p, q] = [nextIdNumber(), nextIdNumber()];
    const first = await insertCase(db, { grid, idNumber: p, onsetDate: '2022-04-01' });
    const second = await insertCase(db, { grid, idNumber: q, onsetDate: '2022-04-02' });
    await insertContact(db, { grid, source: { caseId: first.id }, idNumber: q });
    await insertContact(db, { grid, source: { caseId: second.id }, idNumber: p });
    await recomputeChains(db);
    expect((await caseState([first.id, second.id])).map((c) => c.generation)).toEqual([1, 2]);
  });

  it('should make a chain of five cases a cluster named after its id, with its figures', async () => {
    const [grid, sibling] = world.grids;
    const chain = await insertChain(db, grid, 4, '2022-04-10');
    const last = chain.at(-1);
    if (!last) throw new Error('no chain');
    const idNumber = nextIdNumber();
    await insertContact(db, { grid: sibling, source: { caseId: last.id }, idNumber });
    const fifth = await insertCase(db, { grid: sibling, idNumber, onsetDate: '2022-04-15' });
    await recomputeChains(db);
    const states = await caseState([...chain.map((c) => c.id), fifth.id]);
    const clusterId = states[0]?.cluster;
    if (!clusterId) throw new Error('no cluster');
    expect(states.map((s) => s.cluster)).toEqual(Array(5).fill(clusterId));
    expect(states.map((s) => s.generation)).toEqual([1, 2, 3, 4, 5]);
    const community = grid.path.split('.').slice(0, -1).join('.');
    expect(await cluster(clusterId)).toEqual({
      name: `聚集性疫情 ${clusterId}`,
      status: 'active',
      case_count: 5,
      generations: 5,
      first: '2022-04-10',
      last: '2022-04-15',
      // The deepest region holding both grids: their community, not above it.
      path: community,
    });
  });

  it('should keep the identity and name of a cluster that grows, and dissolve one that falls apart', async () => {
    const [grid] = world.grids;
    const chain = await insertChain(db, grid, 5, '2022-05-01');
    await recomputeChains(db);
    const clusterId = (await caseState([chain[0]?.id ?? 0]))[0]?.cluster ?? 0;
    await sql`UPDATE tracing_cluster SET name = '某小区聚集性疫情' WHERE id = ${clusterId}`.execute(db);
    const idNumber = nextIdNumber();
    await insertContact(db, { grid, source: { caseId: chain[4]?.id ?? 0 }, idNumber });
    const sixth = await insertCase(db, { grid, idNumber, onsetDate: '2022-05-09' });
    await recomputeChains(db);
    expect((await caseState([sixth.id]))[0]).toEqual({ id: sixth.id, cluster: clusterId, generation: 6 });
    expect(await cluster(clusterId)).toMatchObject({ name: '某小区聚集性疫情', status: 'active', case_count: 6 });

    // Excluding the third case leaves chains of 2 and 3: below five, the cluster is gone.
    await sql`UPDATE tracing_case SET classification = 'excluded' WHERE id = ${chain[2]?.id ?? 0}`.execute(db);
    await recomputeChains(db);
    expect(await cluster(clusterId)).toMatchObject({ status: 'dissolved', case_count: 6 });
    expect((await caseState(chain.map((c) => c.id))).map((c) => c.cluster)).toEqual(Array(5).fill(null));
  });

  it('should write nothing when nothing changed', async () => {
    await recomputeChains(db);
    const versions = async () =>
      (
        await sql<{ v: string }>`
          SELECT (SELECT string_agg(xmin::text, ',' ORDER BY id) FROM tracing_case)
                 || '|' || (SELECT string_agg(xmin::text, ',' ORDER BY from_case_id, to_case_id) FROM case_link)
                 || '|' || (SELECT string_agg(xmin::text, ',' ORDER BY id) FROM tracing_cluster) AS v`.execute(db)
      ).rows[0]?.v;
    const before = await versions();
    const figures = await recomputeChains(db);
    expect(await versions()).toBe(before);
    expect(figures).toMatchObject({ clusters: 1, links: expect.any(Number), cases: expect.any(Number) });
  });

  it('should fold a burst of requests into one queued recomputation', async () => {
    const jobs = await startJobQueue(world.t.database.url);
    try {
      await requestChainRecompute(jobs);
      await requestChainRecompute(jobs);
      await requestChainRecompute(jobs);
      expect(await jobs.getQueueSize(CHAIN_QUEUE)).toBe(1);
    } finally {
      await stopJobQueue(jobs, 1_000);
    }
  });
});
