import { type RawBuilder, sql } from 'kysely';
import type { Actor } from '../../../core/auth/actor.ts';
import { inJurisdiction } from '../../../core/auth/scope.ts';
import type { Executor } from '../../../core/db/database.ts';
import type { ContactKind, ContactStatus } from '../vocabulary.ts';
import type { CaseNode } from './chains.schema.ts';

export interface CaseNodeRow {
  id: number;
  code: string;
  name: string;
  classification: CaseNode['classification'];
  generation: number | null;
  onset_date: string | null;
  contact_count: number;
}

// No ID number or phone ever reaches a graph: names and codes only.
const caseNodeColumns = (actor: Actor) => sql`
  c.id, c.code, c.name, c.classification, c.generation, to_char(c.onset_date, 'YYYY-MM-DD') AS onset_date,
  (SELECT count(*)::int FROM tracing_contact t WHERE t.source_case_id = c.id AND ${inJurisdiction(actor, 't.path')})
    AS contact_count`;

/**
 * The ids of the cluster's cases within the jurisdiction in graph order (generation, onset, id). Paging is
 * done on this list rather than in SQL: it is small (10,000 ids is 80 kB), and every query below stays an
 * index lookup whatever the planner believes about a cluster that a recomputation has just grown.
 */
export async function clusterOrder(db: Executor, actor: Actor, clusterId: number): Promise<number[]> {
  const { rows } = await sql<{ ids: number[] }>`
    SELECT coalesce(array_agg(c.id ORDER BY c.generation NULLS LAST, c.onset_date NULLS LAST, c.id), '{}') AS ids
      FROM tracing_case c
     WHERE c.cluster_id = ${clusterId} AND c.classification <> 'excluded' AND ${inJurisdiction(actor, 'c.path')}`.execute(
    db,
  );
  return rows[0]?.ids ?? [];
}

/** The cluster's links with both ends within the jurisdiction (a cluster is a whole component). */
export async function clusterLinks(
  db: Executor,
  actor: Actor,
  clusterId: number,
): Promise<{ from: number[]; to: number[] }> {
  const { rows } = await sql<{ from: number[]; to: number[] }>`
    SELECT coalesce(array_agg(l.from_case_id), '{}') AS "from", coalesce(array_agg(l.to_case_id), '{}') AS "to"
      FROM tracing_case t
      JOIN case_link l ON l.to_case_id = t.id
      JOIN tracing_case f ON f.id = l.from_case_id
     WHERE t.cluster_id = ${clusterId} AND ${inJurisdiction(actor, 't.path')} AND ${inJurisdiction(actor, 'f.path')}`.execute(
    db,
  );
  return rows[0] ?? { from: [], to: [] };
}

/** These cases (within the jurisdiction) as graph nodes, in no particular order. */
export async function caseNodes(db: Executor, actor: Actor, ids: number[]): Promise<CaseNodeRow[]> {
  const { rows } = await sql<CaseNodeRow>`
    SELECT ${caseNodeColumns(actor)} FROM tracing_case c
     WHERE c.id = ANY(${ids}::bigint[]) AND ${inJurisdiction(actor, 'c.path')}`.execute(db);
  return rows;
}

/** The codes of these cases (within the jurisdiction), by id. */
export async function caseCodes(db: Executor, actor: Actor, ids: number[]): Promise<Map<number, string>> {
  const { rows } = await sql<{ id: number; code: string }>`
    SELECT c.id, c.code FROM tracing_case c
     WHERE c.id = ANY(${ids}::bigint[]) AND ${inJurisdiction(actor, 'c.path')}`.execute(db);
  return new Map(rows.map((r) => [r.id, r.code]));
}

/** Up to `limit` direct contacts of the cases within the jurisdiction, by case then id. */
export async function contactsOfCases(db: Executor, actor: Actor, caseIds: number[], limit: number) {
  const { rows } = await sql<{ id: number; case_id: number; name: string; kind: ContactKind; status: ContactStatus }>`
    SELECT t.id, t.source_case_id AS case_id, t.name, t.kind, t.status FROM tracing_contact t
     WHERE t.source_case_id = ANY(${caseIds}::bigint[]) AND ${inJurisdiction(actor, 't.path')}
     ORDER BY t.source_case_id, t.id LIMIT ${limit}`.execute(db);
  return rows;
}

/** SQL true for a case `c` in a chain but in no cluster (a chain below the cluster size). */
const looseLinked: RawBuilder<boolean> = sql<boolean>`(
  c.cluster_id IS NULL AND c.classification <> 'excluded'
  AND (EXISTS (SELECT 1 FROM case_link l WHERE l.from_case_id = c.id)
       OR EXISTS (SELECT 1 FROM case_link l WHERE l.to_case_id = c.id)))`;

/** Up to `limit` linked cases of the jurisdiction in no cluster, earliest onset first. */
export async function looseCases(db: Executor, actor: Actor, limit: number): Promise<CaseNodeRow[]> {
  const { rows } = await sql<CaseNodeRow>`
    SELECT ${caseNodeColumns(actor)} FROM tracing_case c
     WHERE ${looseLinked} AND ${inJurisdiction(actor, 'c.path')}
     ORDER BY c.onset_date NULLS LAST, c.id LIMIT ${limit}`.execute(db);
  return rows;
}

/** The links between these cases. */
export async function linksAmong(db: Executor, caseIds: number[]): Promise<{ from: number; to: number }[]> {
  const { rows } = await sql<{ from: number; to: number }>`
    SELECT from_case_id AS "from", to_case_id AS "to" FROM case_link
     WHERE from_case_id = ANY(${caseIds}::bigint[]) AND to_case_id = ANY(${caseIds}::bigint[])`.execute(db);
  return rows;
}
