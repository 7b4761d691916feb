import { sql } from 'kysely';
import type { Actor } from '../../core/auth/actor.ts';
import { inJurisdiction } from '../../core/auth/scope.ts';
import type { Executor } from '../../core/db/database.ts';
import type { CaseListQuery } from './cases.schema.ts';
import type { Classification, FoundVia } from './vocabulary.ts';

export interface NewCase {
  residentId: number | null;
  idNumber: string;
  name: string;
  phone: string | null;
  gridId: number | null;
  path: string;
  classification: Classification;
  foundVia: FoundVia;
  onsetDate: string | null;
  sampledAt: string | null;
  foundAt: string;
  sourceTubeId: number | null;
  fromContactId: number | null;
  protocolId: number;
  note: string | null;
  createdBy: number | null;
}

/** Inserts a case with the next code (BL + year + running number, as case ledgers number them). */
export async function insertCase(db: Executor, c: NewCase): Promise<number> {
  const { rows } = await sql<{ id: number }>`
    INSERT INTO tracing_case (code, resident_id, id_number, name, phone, grid_id, path, classification, found_via,
                              onset_date, sampled_at, found_at, source_tube_id, from_contact_id, protocol_id, note,
                              created_by)
    VALUES ('BL' || to_char(now(), 'YYYY') || lpad(nextval('tracing_case_code_seq')::text, 5, '0'), ${c.residentId},
            ${c.idNumber}, ${c.name}, ${c.phone}, ${c.gridId}, ${c.path}::ltree, ${c.classification}, ${c.foundVia},
            ${c.onsetDate}::date, ${c.sampledAt}::timestamptz, ${c.foundAt}::timestamptz, ${c.sourceTubeId},
            ${c.fromContactId}, ${c.protocolId}, ${c.note}, ${c.createdBy})
    RETURNING id`.execute(db);
  return Number(rows[0]?.id);
}

/** Serialises, until the transaction ends, the opening of cases of one person (no two live cases). */
export async function lockCasePerson(db: Executor, idNumber: string): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(hashtext('tracing.case'), hashtext(${idNumber}))`.execute(db);
}

/** The live case (not excluded) of a person, if any. */
export async function liveCaseOf(db: Executor, idNumber: string): Promise<{ id: number; code: string } | null> {
  const { rows } = await sql<{ id: number; code: string }>`
    SELECT id, code FROM tracing_case WHERE id_number = ${idNumber} AND classification <> 'excluded'`.execute(db);
  return rows[0] ?? null;
}

export async function insertClassification(
  db: Executor,
  caseId: number,
  classification: Classification,
  reason: string | null,
  decidedBy: number | null,
): Promise<void> {
  await sql`
    INSERT INTO case_classification (case_id, classification, reason, decided_by)
    VALUES (${caseId}, ${classification}, ${reason}, ${decidedBy})`.execute(db);
}

export interface CaseRow {
  id: number;
  code: string;
  resident_id: number | null;
  id_number: string;
  name: string;
  phone: string | null;
  grid_id: number | null;
  path: string;
  region_id: number | null;
  region_name: string | null;
  classification: Classification;
  found_via: FoundVia;
  onset_date: string | null;
  sampled_at: Date | null;
  found_at: Date;
  reported_at: Date | null;
  isolated_at: Date | null;
  treated_at: Date | null;
  on_site_at: Date | null;
  core_facts_at: Date | null;
  investigation_reported_at: Date | null;
  source_tube: string | null;
  from_contact_id: number | null;
  protocol_id: number;
  cluster_id: number | null;
  cluster_name: string | null;
  generation: number | null;
  note: string | null;
  created_at: Date;
  contacts: number;
}

// The region shown for a case: its grid, else the deepest region of its path.
const caseColumns = sql`
  c.id, c.code, c.resident_id, c.id_number, c.name, c.phone, c.grid_id, c.path::text AS path,
  g.id AS region_id, g.name AS region_name, c.classification, c.found_via, to_char(c.onset_date, 'YYYY-MM-DD') AS onset_date,
  c.sampled_at, c.found_at, c.reported_at, c.isolated_at, c.treated_at, c.on_site_at, c.core_facts_at,
  c.investigation_reported_at, t.barcode AS source_tube, c.from_contact_id, c.protocol_id, c.cluster_id,
  k.name AS cluster_name, c.generation, c.note, c.created_at,
  (SELECT count(*)::int FROM tracing_contact ct WHERE ct.source_case_id = c.id) AS contacts`;
const caseJoins = sql`
  FROM tracing_case c
  LEFT JOIN region g ON g.id = coalesce(c.grid_id, subpath(c.path, -1)::text::bigint)
  LEFT JOIN test_tube t ON t.id = c.source_tube_id
  LEFT JOIN tracing_cluster k ON k.id = c.cluster_id`;

/** One case within the jurisdiction, or null (outside it is the same as absent). */
export async function findCase(db: Executor, actor: Actor, id: number, lock = false): Promise<CaseRow | null> {
  const { rows } = await sql<CaseRow>`
    SELECT ${caseColumns} ${caseJoins}
     WHERE c.id = ${id} AND ${inJurisdiction(actor, 'c.path')} ${lock ? sql`FOR UPDATE OF c` : sql``}`.execute(db);
  return rows[0] ?? null;
}

export async function listCases(
  db: Executor,
  actor: Actor,
  q: CaseListQuery,
): Promise<{ rows: CaseRow[]; total: number }> {
  const where = sql`${inJurisdiction(actor, 'c.path')}
    ${q.classification ? sql`AND c.classification = ${q.classification}` : sql``}
    ${q.foundVia ? sql`AND c.found_via = ${q.foundVia}` : sql``}
    ${q.clusterId ? sql`AND c.cluster_id = ${q.clusterId}` : sql``}
    ${q.q ? sql`AND (c.name LIKE ${q.q + '%'} OR c.code = ${q.q} OR c.id_number = ${q.q.toUpperCase()})` : sql``}`;
  const [{ rows }, count] = await Promise.all([
    sql<CaseRow>`
      SELECT ${caseColumns} ${caseJoins} WHERE ${where}
       ORDER BY c.found_at DESC, c.id DESC LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`.execute(db),
    sql<{ total: number }>`SELECT count(*)::int AS total FROM tracing_case c WHERE ${where}`.execute(db),
  ]);
  return { rows, total: count.rows[0]?.total ?? 0 };
}

export async function classificationHistory(db: Executor, caseId: number) {
  const { rows } = await sql<{ classification: Classification; reason: string | null; by: string | null; at: Date }>`
    SELECT h.classification, h.reason, u.display_name AS by, h.decided_at AS at
      FROM case_classification h LEFT JOIN app_user u ON u.id = h.decided_by
     WHERE h.case_id = ${caseId} ORDER BY h.decided_at, h.id`.execute(db);
  return rows;
}

export async function caseCounts(db: Executor, caseId: number) {
  const { rows } = await sql<{ contacts: number; under_measure: number; open_suggestions: number }>`
    SELECT (SELECT count(*)::int FROM tracing_contact WHERE source_case_id = ${caseId}) AS contacts,
           (SELECT count(*)::int FROM tracing_contact WHERE source_case_id = ${caseId}
                AND status IN ('under_measure', 'released')) AS under_measure,
           (SELECT count(*)::int FROM contact_suggestion WHERE case_id = ${caseId} AND status = 'open') AS open_suggestions`.execute(
    db,
  );
  const row = rows[0];
  return {
    contacts: row?.contacts ?? 0,
    underMeasure: row?.under_measure ?? 0,
    openSuggestions: row?.open_suggestions ?? 0,
  };
}

export async function setClassification(db: Executor, caseId: number, classification: Classification): Promise<void> {
  await sql`UPDATE tracing_case SET classification = ${classification}, updated_at = now() WHERE id = ${caseId}`.execute(
    db,
  );
}

/** The columns of the milestones, by name: a fixed map, so no name from a request reaches SQL text. */
export const milestoneColumns = {
  reported: 'reported_at',
  isolated: 'isolated_at',
  treated: 'treated_at',
  onSite: 'on_site_at',
  coreFacts: 'core_facts_at',
  investigationReported: 'investigation_reported_at',
} as const;

export async function setMilestone(
  db: Executor,
  caseId: number,
  column: (typeof milestoneColumns)[keyof typeof milestoneColumns],
  at: string,
): Promise<void> {
  await sql`UPDATE tracing_case SET ${sql.ref(column)} = ${at}::timestamptz, updated_at = now() WHERE id = ${caseId}`.execute(
    db,
  );
}

export async function updateCase(
  db: Executor,
  caseId: number,
  changes: { onsetDate?: string | null; phone?: string | null; note?: string | null },
): Promise<void> {
  await sql`
    UPDATE tracing_case SET
      onset_date = ${changes.onsetDate !== undefined ? sql`${changes.onsetDate}::date` : sql`onset_date`},
      phone = ${changes.phone !== undefined ? sql`${changes.phone}` : sql`phone`},
      note = ${changes.note !== undefined ? sql`${changes.note}` : sql`note`},
      updated_at = now()
     WHERE id = ${caseId}`.execute(db);
}

/** Live cases of these residents, by resident id (for the list of positives). */
export async function casesOfResidents(db: Executor, residentIds: number[]): Promise<Map<number, number>> {
  const { rows } = await sql<{ resident_id: number; id: number }>`
    SELECT resident_id, id FROM tracing_case
     WHERE resident_id = ANY(${residentIds}::bigint[]) AND classification <> 'excluded'`.execute(db);
  return new Map(rows.map((r) => [Number(r.resident_id), Number(r.id)]));
}
