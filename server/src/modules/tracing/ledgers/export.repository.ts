import { type RawBuilder, sql } from 'kysely';
import type { Actor } from '../../../core/auth/actor.ts';
import { inJurisdiction } from '../../../core/auth/scope.ts';
import type { Executor } from '../../../core/db/database.ts';
import { rootCaseCtes } from '../chains/source-chain.ts';
import type { Classification, ContactKind, ContactSource, ContactStatus, FoundVia } from '../vocabulary.ts';
import type { CaseLedgerQuery, ContactLedgerQuery } from './export.schema.ts';

/** SQL true for `column` (a timestamptz) within the local days from..to of `timeZone`. */
function withinDays(column: string, timeZone: string, from?: string, to?: string): RawBuilder<boolean> {
  const ref = sql.ref(column);
  // Day bounds as instants, so the comparison stays on the column itself.
  const after = from ? sql`AND ${ref} >= (${from}::date::timestamp AT TIME ZONE ${timeZone})` : sql``;
  const before = to ? sql`AND ${ref} < ((${to}::date + 1)::timestamp AT TIME ZONE ${timeZone})` : sql``;
  return sql<boolean>`(true ${after} ${before})`;
}

/** Local time text as ledgers write it. */
const local = (column: string, timeZone: string) =>
  sql`to_char(${sql.ref(column)} AT TIME ZONE ${timeZone}, 'YYYY-MM-DD HH24:MI')`;

/** The ids of the jurisdiction's cases matching the ledger's filters, in id (opening) order. */
export async function caseIds(db: Executor, actor: Actor, timeZone: string, q: CaseLedgerQuery): Promise<number[]> {
  const { rows } = await sql<{ ids: number[] }>`
    SELECT coalesce(array_agg(c.id ORDER BY c.id), '{}') AS ids FROM tracing_case c
     WHERE ${inJurisdiction(actor, 'c.path')} AND ${withinDays('c.found_at', timeZone, q.from, q.to)}
       ${q.classification ? sql`AND c.classification = ${q.classification}` : sql``}
       ${q.clusterId ? sql`AND c.cluster_id = ${q.clusterId}` : sql``}`.execute(db);
  return rows[0]?.ids ?? [];
}

export interface CaseLedgerRow {
  code: string;
  name: string;
  id_number: string;
  phone: string | null;
  path: string;
  classification: Classification;
  found_via: FoundVia;
  onset_date: string | null;
  sampled_at: string | null;
  found_at: string;
  reported_at: string | null;
  isolated_at: string | null;
  treated_at: string | null;
  cluster_name: string | null;
  generation: number | null;
}

/** The ledger rows of these cases (within the jurisdiction), times as local text. */
export async function caseRows(db: Executor, actor: Actor, timeZone: string, ids: number[]): Promise<CaseLedgerRow[]> {
  const { rows } = await sql<CaseLedgerRow>`
    SELECT c.code, c.name, c.id_number, c.phone, c.path::text AS path, c.classification, c.found_via,
           to_char(c.onset_date, 'YYYY-MM-DD') AS onset_date, ${local('c.sampled_at', timeZone)} AS sampled_at,
           ${local('c.found_at', timeZone)} AS found_at, ${local('c.reported_at', timeZone)} AS reported_at,
           ${local('c.isolated_at', timeZone)} AS isolated_at, ${local('c.treated_at', timeZone)} AS treated_at,
           k.name AS cluster_name, c.generation
      FROM tracing_case c LEFT JOIN tracing_cluster k ON k.id = c.cluster_id
     WHERE c.id = ANY(${ids}::bigint[]) AND ${inJurisdiction(actor, 'c.path')}
     ORDER BY c.id`.execute(db);
  return rows;
}

/**
 * The ids of the jurisdiction's contacts matching the ledger's filters, in id order. With a cluster: the
 * contacts whose source chain starts at one of its cases (a secondary contact counts with its close contact).
 */
export async function contactIds(
  db: Executor,
  actor: Actor,
  timeZone: string,
  q: ContactLedgerQuery,
): Promise<number[]> {
  const ofCluster = q.clusterId
    ? sql`AND t.id IN (
        WITH RECURSIVE tree AS (
          SELECT t1.id FROM tracing_contact t1 JOIN tracing_case c ON c.id = t1.source_case_id
           WHERE c.cluster_id = ${q.clusterId}
          UNION
          SELECT t2.id FROM tracing_contact t2 JOIN tree ON t2.source_contact_id = tree.id
        )
        SELECT id FROM tree)`
    : sql``;
  const { rows } = await sql<{ ids: number[] }>`
    SELECT coalesce(array_agg(t.id ORDER BY t.id), '{}') AS ids FROM tracing_contact t
     WHERE ${inJurisdiction(actor, 't.path')} AND ${withinDays('t.identified_at', timeZone, q.from, q.to)}
       ${q.status ? sql`AND t.status = ${q.status}` : sql``} ${q.kind ? sql`AND t.kind = ${q.kind}` : sql``}
       ${ofCluster}`.execute(db);
  return rows[0]?.ids ?? [];
}

export interface ContactLedgerRow {
  name: string;
  id_number: string | null;
  phone: string | null;
  path: string;
  kind: ContactKind;
  case_code: string | null;
  last_exposure_at: string | null;
  found_via: ContactSource;
  status: ContactStatus;
  identified_at: string;
  measure_at: string | null;
}

/** The ledger rows of these contacts (within the jurisdiction), with the code of the case their chain starts at. */
export async function contactRows(
  db: Executor,
  actor: Actor,
  timeZone: string,
  ids: number[],
): Promise<ContactLedgerRow[]> {
  const { rows } = await sql<ContactLedgerRow>`
    WITH RECURSIVE seed AS (
      SELECT id AS key, id AS contact_id, source_case_id, source_contact_id FROM tracing_contact
       WHERE id = ANY(${ids}::bigint[])
    ),
    ${rootCaseCtes}
    SELECT t.name, t.id_number, t.phone, t.path::text AS path, t.kind, c.code AS case_code,
           ${local('t.last_exposure_at', timeZone)} AS last_exposure_at, t.found_via, t.status,
           ${local('t.identified_at', timeZone)} AS identified_at, ${local('t.measure_at', timeZone)} AS measure_at
      FROM tracing_contact t
      LEFT JOIN root r ON r.key = t.id
      LEFT JOIN tracing_case c ON c.id = r.case_id
     WHERE t.id = ANY(${ids}::bigint[]) AND ${inJurisdiction(actor, 't.path')}
     ORDER BY t.id`.execute(db);
  return rows;
}
