import { sql } from 'kysely';
import { systemActor } from '../../server/src/core/auth/actor.ts';
import { clusterGraph, overview } from '../../server/src/modules/tracing/chains/graph.service.ts';
import { recomputeChains } from '../../server/src/modules/tracing/chains/recompute.ts';
import type { BenchDatabase } from './database.ts';
import { median, type Metric, timed } from './results.ts';

export interface ChainSize {
  cases: number;
  contactsPerCase: number;
  rounds: number;
}

// Each case's first three contacts become cases themselves: a tree of about log3(cases) generations, all
// one connected cluster, the shape of a city outbreak that was traced.
const CHILDREN = 3;

/** Writes `cases` linked cases and their contacts straight into the tables (the bench's own outbreak). */
async function writeOutbreak(database: BenchDatabase, size: ChainSize): Promise<void> {
  await sql`
    INSERT INTO tracing_case (code, id_number, name, path, grid_id, classification, found_via, found_at, onset_date,
                              protocol_id)
    SELECT 'OUTBREAK-' || n, 'B' || lpad(n::text, 17, '0'), '病例' || n, g.path, g.id,
           CASE WHEN n % 4 = 0 THEN 'asymptomatic' ELSE 'confirmed' END, 'under_control',
           now() - make_interval(days => 30 - (n % 30)), current_date - (30 - n % 30),
           (SELECT id FROM protocol WHERE active)
      FROM generate_series(1, ${size.cases}) n,
           (SELECT id, path FROM region WHERE level_id = (SELECT max(level_id) FROM region) ORDER BY id LIMIT 1) g`.execute(
    database.db,
  );
  await sql`
    INSERT INTO tracing_contact (person_key, id_number, name, path, kind, source_case_id, found_via)
    SELECT 'id:' || person, person, '接触者', c.path, 'close', c.id, 'investigation'
      FROM tracing_case c, generate_series(0, ${size.contactsPerCase - 1}) k,
           LATERAL (SELECT CASE WHEN k < ${CHILDREN} AND ${CHILDREN} * split_part(c.code, '-', 2)::int - 1 + k <= ${size.cases}
                                THEN 'B' || lpad((${CHILDREN} * split_part(c.code, '-', 2)::int - 1 + k)::text, 17, '0')
                                ELSE 'C' || lpad((split_part(c.code, '-', 2)::int * 100 + k)::text, 17, '0') END AS person) p
     WHERE c.code LIKE 'OUTBREAK-%'`.execute(database.db);
  await sql`ANALYZE tracing_case, tracing_contact`.execute(database.db);
}

/**
 * Chains and clusters at outbreak scale: recomputation from scratch, again with nothing changed, and the
 * graph data of the largest cluster (one page of 2,000 nodes) and of the collapsed overview.
 */
export async function chainMetrics(database: BenchDatabase, size: ChainSize): Promise<Metric[]> {
  await writeOutbreak(database, size);
  const first = await timed(() => recomputeChains(database.db));
  const again: number[] = [];
  for (let r = 0; r < size.rounds; r += 1) again.push((await timed(() => recomputeChains(database.db))).ms);
  const { rows } = await sql<{ id: number; case_count: number }>`
    SELECT id, case_count FROM tracing_cluster WHERE status = 'active' ORDER BY case_count DESC LIMIT 1`.execute(
    database.db,
  );
  const largest = rows[0];
  if (!largest) throw new Error('the bench outbreak made no cluster');
  const graph: number[] = [];
  const views: number[] = [];
  for (let r = 0; r < size.rounds; r += 1) {
    const page = { page: 1 + (r % 3), pageSize: 2_000, withContacts: false };
    graph.push((await timed(() => clusterGraph(database.db, systemActor, Number(largest.id), page))).ms);
    views.push((await timed(() => overview(database.db, systemActor, 2_000))).ms);
  }
  const { rows: counts } = await sql<{
    contacts: number;
  }>`SELECT count(*)::int AS contacts FROM tracing_contact`.execute(database.db);
  return [
    { metric: 'chain_cases', value: first.value.cases, unit: 'cases' },
    { metric: 'chain_contacts', value: counts[0]?.contacts ?? 0, unit: 'contacts' },
    { metric: 'chain_links', value: first.value.links, unit: 'links' },
    { metric: 'largest_cluster_cases', value: largest.case_count, unit: 'cases' },
    { metric: 'chain_recompute_first_ms', value: Math.round(first.ms), unit: 'ms' },
    { metric: 'chain_recompute_unchanged_ms', value: Math.round(median(again)), unit: 'ms' },
    { metric: 'cluster_graph_page2000_ms', value: Math.round(median(graph)), unit: 'ms' },
    { metric: 'graph_overview_ms', value: Math.round(median(views)), unit: 'ms' },
  ];
}
