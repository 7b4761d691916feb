import { sql } from 'kysely';
import type { Executor } from '../../../core/db/database.ts';
import { rootCaseCtes } from './source-chain.ts';

/**
 * Rebuilds case_link and returns the links. A case links from the case at the root of the source chain
 * (contact → its source contact → … → a case) of the contact record it was when found, and of every
 * contact record of the same person (person_key 'id:' + ID number): one link per source case, through the
 * earliest such record. Excluded cases take no part; links that did not change are not written.
 */
export async function rebuildLinks(db: Executor): Promise<{ from: number[]; to: number[] }> {
  const { rows } = await sql<{ from: number[]; to: number[] }>`
    WITH RECURSIVE
    seed AS (
      SELECT c.id AS key, t.id AS contact_id, t.source_case_id, t.source_contact_id
        FROM tracing_case c JOIN tracing_contact t ON t.id = c.from_contact_id
       WHERE c.classification <> 'excluded'
      UNION
      SELECT c.id, t.id, t.source_case_id, t.source_contact_id
        FROM tracing_case c JOIN tracing_contact t ON t.person_key = 'id:' || upper(c.id_number)
       WHERE c.classification <> 'excluded'
    ),
    ${rootCaseCtes},
    wanted AS (
      SELECT DISTINCT ON (r.case_id, r.key) r.case_id AS from_case_id, r.key AS to_case_id, r.contact_id
        FROM root r
        JOIN tracing_contact t ON t.id = r.contact_id
        JOIN tracing_case f ON f.id = r.case_id
       WHERE f.classification <> 'excluded' AND r.case_id <> r.key
       ORDER BY r.case_id, r.key, t.identified_at, t.id
    ),
    -- The two writes touch disjoint rows (gone ones and wanted ones), so one statement may do both.
    gone AS (
      DELETE FROM case_link l
       WHERE NOT EXISTS (SELECT 1 FROM wanted w WHERE w.from_case_id = l.from_case_id AND w.to_case_id = l.to_case_id)
    ),
    put AS (
      INSERT INTO case_link (from_case_id, to_case_id, contact_id)
      SELECT from_case_id, to_case_id, contact_id FROM wanted
      ON CONFLICT (from_case_id, to_case_id) DO UPDATE SET contact_id = EXCLUDED.contact_id
       WHERE case_link.contact_id IS DISTINCT FROM EXCLUDED.contact_id
    )
    SELECT coalesce(array_agg(from_case_id), '{}') AS "from", coalesce(array_agg(to_case_id), '{}') AS "to"
      FROM wanted`.execute(db);
  return rows[0] ?? { from: [], to: [] };
}

/** The cases of the links, ordered by onset date then id (the order generations break cycles in). */
export async function linkedCases(db: Executor, ids: number[]): Promise<{ id: number[]; cluster: (number | null)[] }> {
  // bigint[] elements come back as numbers, a NULL one as 0: 0 stands for "in no cluster" here.
  const { rows } = await sql<{ id: number[]; cluster: number[] }>`
    SELECT coalesce(array_agg(id ORDER BY onset_date NULLS LAST, id), '{}') AS id,
           coalesce(array_agg(coalesce(cluster_id, 0) ORDER BY onset_date NULLS LAST, id), '{}') AS cluster
      FROM tracing_case WHERE id = ANY(${ids}::bigint[])`.execute(db);
  const row = rows[0] ?? { id: [], cluster: [] };
  return { id: row.id, cluster: row.cluster.map((c) => c || null) };
}

/** New clusters named after their own id ("聚集性疫情 12"); their figures are filled in by refreshClusters. */
export async function insertClusters(db: Executor, count: number): Promise<number[]> {
  if (count === 0) return [];
  // The path is set by refreshClusters in the same transaction, once the cases point at the cluster.
  const { rows } = await sql<{ id: number }>`
    WITH fresh AS (
      SELECT nextval(pg_get_serial_sequence('tracing_cluster', 'id')) AS id FROM generate_series(1, ${count})
    )
    INSERT INTO tracing_cluster (id, name, path) SELECT id, '聚集性疫情 ' || id, ''::ltree FROM fresh
    RETURNING id`.execute(db);
  return rows.map((r) => r.id).sort((a, b) => a - b);
}

/**
 * Sets every case's cluster and generation: the linked cases' as given, the rest out of any cluster and of
 * generation 1 (excluded cases: none). Returns how many cases changed. updated_at is left alone: it records
 * edits of the case, and these fields are derived.
 */
export async function writeCases(
  db: Executor,
  linked: { id: number[]; cluster: (number | null)[]; generation: number[] },
): Promise<number> {
  const result = await sql`
    UPDATE tracing_case c SET cluster_id = n.cluster_id, generation = n.generation
      FROM (SELECT c2.id, x.cluster_id,
                   CASE WHEN c2.classification = 'excluded' THEN NULL ELSE coalesce(x.generation, 1) END AS generation
              FROM tracing_case c2
              LEFT JOIN unnest(${linked.id}::bigint[], ${linked.cluster}::bigint[], ${linked.generation}::int[])
                   AS x(id, cluster_id, generation) ON x.id = c2.id) n
     WHERE c.id = n.id AND (c.cluster_id IS DISTINCT FROM n.cluster_id OR c.generation IS DISTINCT FROM n.generation)`.execute(
    db,
  );
  return Number(result.numAffectedRows ?? 0);
}

/**
 * Recomputes the figures of clusters with cases, dissolves those left without any, and returns the active
 * count. A cluster's path is the deepest region holding all its cases: lca() returns a proper ancestor (the
 * lca of a.b with itself is a), so each path gets a placeholder child label first.
 */
export async function refreshClusters(db: Executor): Promise<number> {
  await sql`
    WITH figures AS (
      SELECT cluster_id AS id, count(*)::int AS case_count, max(generation) AS generations,
             min(onset_date) AS first_onset, max(onset_date) AS last_onset, lca(array_agg(path || 'x')) AS path
        FROM tracing_case WHERE cluster_id IS NOT NULL GROUP BY cluster_id
    )
    UPDATE tracing_cluster k
       SET status = 'active', case_count = f.case_count, generations = f.generations, first_onset = f.first_onset,
           last_onset = f.last_onset, path = f.path, updated_at = now()
      FROM figures f
     WHERE k.id = f.id
       AND (k.status, k.case_count, k.generations, k.first_onset, k.last_onset, k.path)
           IS DISTINCT FROM ('active', f.case_count, f.generations, f.first_onset, f.last_onset, f.path)`.execute(db);
  // A dissolved cluster keeps its last figures: the record of what it was.
  await sql`
    UPDATE tracing_cluster k SET status = 'dissolved', updated_at = now()
     WHERE k.status = 'active' AND NOT EXISTS (SELECT 1 FROM tracing_case c WHERE c.cluster_id = k.id)`.execute(db);
  const { rows } = await sql<{ active: number }>`
    SELECT count(*)::int AS active FROM tracing_cluster WHERE status = 'active'`.execute(db);
  return rows[0]?.active ?? 0;
}
