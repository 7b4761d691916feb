import { sql } from 'kysely';
import type { Actor } from '../../../core/auth/actor.ts';
import { inJurisdiction, touchesJurisdiction } from '../../../core/auth/scope.ts';
import type { Executor } from '../../../core/db/database.ts';
import type { ChainClassification, ClusterListQuery, TimelineQuery } from './chains.schema.ts';

export interface ClusterRow {
  id: number;
  name: string;
  status: 'active' | 'dissolved';
  case_count: number;
  generations: number;
  first_onset: string | null;
  last_onset: string | null;
  region_id: number | null;
  region_name: string | null;
  created_at: Date;
  updated_at: Date;
}

// A cluster spans grids and districts: a user sees it when it touches their jurisdiction (the cases shown
// with it are still filtered to the jurisdiction).
const clusterSelect = sql`
  SELECT k.id, k.name, k.status, k.case_count, k.generations, to_char(k.first_onset, 'YYYY-MM-DD') AS first_onset,
         to_char(k.last_onset, 'YYYY-MM-DD') AS last_onset, r.id AS region_id, r.name AS region_name,
         k.created_at, k.updated_at
    FROM tracing_cluster k LEFT JOIN region r ON r.path = k.path`;

export async function listClusters(db: Executor, actor: Actor, q: ClusterListQuery) {
  const where = sql`${touchesJurisdiction(actor, 'k.path')} ${q.status ? sql`AND k.status = ${q.status}` : sql``}`;
  const [{ rows }, count] = await Promise.all([
    sql<ClusterRow>`${clusterSelect} WHERE ${where}
      ORDER BY k.status, k.last_onset DESC NULLS LAST, k.id DESC
      LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`.execute(db),
    sql<{ total: number }>`SELECT count(*)::int AS total FROM tracing_cluster k WHERE ${where}`.execute(db),
  ]);
  return { rows, total: count.rows[0]?.total ?? 0 };
}

/** The active clusters touching the jurisdiction, largest first (the overview's cluster nodes). */
export async function largestClusters(db: Executor, actor: Actor, limit: number): Promise<ClusterRow[]> {
  const { rows } = await sql<ClusterRow>`${clusterSelect}
    WHERE k.status = 'active' AND ${touchesJurisdiction(actor, 'k.path')}
    ORDER BY k.case_count DESC, k.id LIMIT ${limit}`.execute(db);
  return rows;
}

/**
 * A cluster the actor may see (touching the jurisdiction), or with `whole` only one lying wholly within it
 * (its deepest common region inside the jurisdiction): who may rename it holds every one of its cases.
 */
export async function findCluster(
  db: Executor,
  actor: Actor,
  id: number,
  whole = false,
): Promise<ClusterRow | undefined> {
  const scope = whole ? inJurisdiction(actor, 'k.path') : touchesJurisdiction(actor, 'k.path');
  const { rows } = await sql<ClusterRow>`${clusterSelect} WHERE k.id = ${id} AND ${scope}`.execute(db);
  return rows[0];
}

export async function renameCluster(db: Executor, id: number, name: string): Promise<void> {
  await sql`UPDATE tracing_cluster SET name = ${name}, updated_at = now() WHERE id = ${id}`.execute(db);
}

/** The cluster's cases within the jurisdiction counted by classification and generation, with onset range. */
export async function clusterMakeup(db: Executor, actor: Actor, id: number) {
  const { rows } = await sql<{
    classification: ChainClassification;
    generation: number | null;
    cases: number;
    first: string | null;
    last: string | null;
  }>`
    SELECT c.classification, c.generation, count(*)::int AS cases,
           to_char(min(c.onset_date), 'YYYY-MM-DD') AS first, to_char(max(c.onset_date), 'YYYY-MM-DD') AS last
      FROM tracing_case c
     WHERE c.cluster_id = ${id} AND c.classification <> 'excluded' AND ${inJurisdiction(actor, 'c.path')}
     GROUP BY c.classification, c.generation`.execute(db);
  return rows;
}

/** Cases of the jurisdiction per day and classification (see Timeline for which day a case counts on). */
export async function casesPerDay(db: Executor, actor: Actor, timeZone: string, q: TimelineQuery) {
  const { rows } = await sql<{ date: string; classification: ChainClassification; cases: number }>`
    SELECT to_char(x.day, 'YYYY-MM-DD') AS date, x.classification, count(*)::int AS cases
      FROM (SELECT coalesce(c.onset_date, (coalesce(c.sampled_at, c.found_at) AT TIME ZONE ${timeZone})::date) AS day,
                   c.classification
              FROM tracing_case c
             WHERE c.classification <> 'excluded' AND ${inJurisdiction(actor, 'c.path')}
                   ${q.clusterId ? sql`AND c.cluster_id = ${q.clusterId}` : sql``}) x
     WHERE true ${q.from ? sql`AND x.day >= ${q.from}::date` : sql``} ${q.to ? sql`AND x.day <= ${q.to}::date` : sql``}
     GROUP BY x.day, x.classification ORDER BY x.day`.execute(db);
  return rows;
}
