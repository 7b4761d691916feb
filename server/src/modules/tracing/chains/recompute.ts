import { sql } from 'kysely';
import { type AuditContext, appendAudit } from '../../../core/audit/audit.ts';
import type { Db } from '../../../core/db/database.ts';
import { activeTracingRules } from '../rules.ts';
import { components, generations, keptClusters } from './chain-graph.ts';
import { insertClusters, linkedCases, rebuildLinks, refreshClusters, writeCases } from './recompute.repository.ts';

export interface RecomputeFigures {
  /** Cases in a chain (with at least one link). */
  cases: number;
  links: number;
  /** Active clusters afterwards. */
  clusters: number;
  ms: number;
}

/**
 * Recomputes chains from the cases and contacts as they stand: case links, clusters (connected groups of at
 * least the protocol's clusterMinCases, keeping their identity and name), every case's cluster and
 * generation. One transaction under an advisory lock, so concurrent runs queue rather than interleave. A run
 * someone asked for is audited with its figures (pass their `audit`); the queued and nightly runs are not.
 */
export async function recomputeChains(db: Db, audit?: AuditContext): Promise<RecomputeFigures> {
  const started = performance.now();
  return db.transaction().execute(async (trx) => {
    await sql`SELECT pg_advisory_xact_lock(hashtext('tracing.chains'))`.execute(trx);
    const { rules } = await activeTracingRules(trx);
    const links = await rebuildLinks(trx);
    const cases = await linkedCases(trx, [...new Set([...links.from, ...links.to])]);

    const index = new Map(cases.id.map((id, i) => [id, i]));
    const from = Int32Array.from(links.from, (id) => index.get(id) ?? 0);
    const to = Int32Array.from(links.to, (id) => index.get(id) ?? 0);
    const n = cases.id.length;
    const component = components(n, from, to);
    const sizes = new Int32Array(component.count);
    for (const c of component.of) sizes[c] = (sizes[c] ?? 0) + 1;
    const { kept, fresh } = keptClusters(component.of, cases.cluster, (c) => (sizes[c] ?? 0) >= rules.clusterMinCases);
    const freshIds = await insertClusters(trx, fresh.length);
    fresh.forEach((c, i) => kept.set(c, freshIds[i] ?? 0));

    await writeCases(trx, {
      id: cases.id,
      cluster: Array.from(component.of, (c) => kept.get(c) ?? null),
      generation: Array.from(generations(n, from, to)),
    });
    const clusters = await refreshClusters(trx);
    const figures = { cases: n, links: links.from.length, clusters, ms: Math.round(performance.now() - started) };
    if (audit)
      await appendAudit(trx, audit, {
        action: 'tracing.chains.recompute',
        entity: 'tracing_cluster',
        summary: figures,
      });
    return figures;
  });
}
