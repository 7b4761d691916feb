import { type RawBuilder, sql } from 'kysely';
import type { Actor } from '../../core/auth/actor.ts';
import { inJurisdiction } from '../../core/auth/scope.ts';
import type { Executor } from '../../core/db/database.ts';
import type { Classification } from '../tracing/vocabulary.ts';
import type { AdmissionListQuery } from './admissions.schema.ts';
import type { BedLevel, Outcome, Severity } from './vocabulary.ts';

/**
 * An admission concerns two jurisdictions: the hospital's (its staff) and the patient's home (the
 * command office counting its cases). Either one sees it.
 */
const visible = (actor: Actor) =>
  sql<boolean>`(${inJurisdiction(actor, 'h.path')} OR ${inJurisdiction(actor, 'c.path')})`;

/** The case as the admission needs it. */
export interface CaseForAdmission {
  id: number;
  code: string;
  resident_id: number | null;
  id_number: string;
  classification: Classification;
  found_at: Date;
}

/** The case, locked until the transaction ends; `scoped` false for a case reached through a visible transfer. */
export async function lockCase(
  db: Executor,
  actor: Actor,
  caseId: number,
  scoped: boolean,
): Promise<CaseForAdmission | null> {
  const { rows } = await sql<CaseForAdmission>`
    SELECT c.id, c.code, c.resident_id, c.id_number, c.classification, c.found_at FROM tracing_case c
     WHERE c.id = ${caseId} AND ${scoped ? inJurisdiction(actor, 'c.path') : sql`true`}
       FOR UPDATE`.execute(db);
  return rows[0] ?? null;
}

/** The active admission of a case, if any. */
export async function activeAdmissionOf(
  db: Executor,
  caseId: number,
): Promise<{ id: number; hospital_name: string } | null> {
  const { rows } = await sql<{ id: number; hospital_name: string }>`
    SELECT a.id, h.name AS hospital_name FROM admission a JOIN place h ON h.id = a.hospital_id
     WHERE a.case_id = ${caseId} AND a.outcome IS NULL`.execute(db);
  return rows[0] ?? null;
}

export interface NewAdmission {
  caseId: number;
  hospitalId: number;
  bedLevel: BedLevel;
  severity: Severity;
  admittedAt: string;
  admittedBy: number | null;
}

export async function insertAdmission(db: Executor, a: NewAdmission): Promise<number> {
  const { rows } = await sql<{ id: number }>`
    INSERT INTO admission (case_id, hospital_id, bed_level, severity, admitted_at, admitted_by)
    VALUES (${a.caseId}, ${a.hospitalId}, ${a.bedLevel}, ${a.severity}, ${a.admittedAt}::timestamptz, ${a.admittedBy})
    RETURNING id`.execute(db);
  return Number(rows[0]?.id);
}

/** 四早's 早治疗: the case's treatment time is the first admission's, unless one is recorded already. */
export async function markCaseTreated(db: Executor, caseId: number, at: string): Promise<void> {
  await sql`
    UPDATE tracing_case SET treated_at = ${at}::timestamptz, updated_at = now()
     WHERE id = ${caseId} AND treated_at IS NULL`.execute(db);
}

export async function insertSeverity(
  db: Executor,
  s: {
    admissionId: number;
    severity: Severity;
    bedLevel: BedLevel;
    at: string;
    note: string | null;
    by: number | null;
  },
): Promise<void> {
  await sql`
    INSERT INTO admission_severity (admission_id, severity, bed_level, at, note, recorded_by)
    VALUES (${s.admissionId}, ${s.severity}, ${s.bedLevel}, ${s.at}::timestamptz, ${s.note}, ${s.by})`.execute(db);
}

export async function setSeverity(db: Executor, id: number, severity: Severity, bedLevel: BedLevel): Promise<void> {
  await sql`UPDATE admission SET severity = ${severity}, bed_level = ${bedLevel} WHERE id = ${id}`.execute(db);
}

/** Adds the next version of the plan; the admission row is locked by the caller, so versions never clash. */
export async function insertPlan(db: Executor, admissionId: number, text: string, authorId: number | null) {
  const { rows } = await sql<{ version: number }>`
    INSERT INTO admission_plan (admission_id, version, text, author_id)
    SELECT ${admissionId}, coalesce(max(version), 0) + 1, ${text}, ${authorId}
      FROM admission_plan WHERE admission_id = ${admissionId}
    RETURNING version`.execute(db);
  return Number(rows[0]?.version);
}

export async function discharge(
  db: Executor,
  id: number,
  d: { outcome: Outcome; at: string; note: string | null; by: number | null },
): Promise<void> {
  await sql`
    UPDATE admission SET outcome = ${d.outcome}, discharged_at = ${d.at}::timestamptz, discharge_note = ${d.note},
                         discharged_by = ${d.by}
     WHERE id = ${id}`.execute(db);
}

export interface AdmissionRow {
  id: number;
  case_id: number;
  case_code: string;
  name: string;
  id_number: string;
  phone: string | null;
  classification: Classification;
  found_at: Date;
  treated_at: Date | null;
  region_id: number | null;
  region_name: string | null;
  hospital_id: number;
  hospital_name: string;
  bed_level: BedLevel;
  severity: Severity;
  admitted_at: Date;
  admitted_by: string | null;
  outcome: Outcome | null;
  discharged_at: Date | null;
  discharge_note: string | null;
  discharged_by: string | null;
  /** The last time of the stay recorded so far (admission or a severity): later facts may not precede it. */
  last_at: Date;
  transfer_id: number | null;
}

const admissionColumns = sql`
  a.id, a.case_id, c.code AS case_code, c.name, c.id_number, c.phone, c.classification, c.found_at, c.treated_at,
  g.id AS region_id, g.name AS region_name, a.hospital_id, h.name AS hospital_name, a.bed_level, a.severity,
  a.admitted_at, ua.display_name AS admitted_by, a.outcome, a.discharged_at, a.discharge_note,
  ud.display_name AS discharged_by,
  greatest(a.admitted_at, (SELECT max(s.at) FROM admission_severity s WHERE s.admission_id = a.id)) AS last_at,
  (SELECT t.id FROM hospital_transfer t WHERE t.admission_id = a.id LIMIT 1) AS transfer_id`;
const admissionJoins = sql`
  FROM admission a
  JOIN tracing_case c ON c.id = a.case_id
  JOIN place h ON h.id = a.hospital_id
  LEFT JOIN region g ON g.id = coalesce(c.grid_id, subpath(c.path, -1)::text::bigint)
  LEFT JOIN app_user ua ON ua.id = a.admitted_by
  LEFT JOIN app_user ud ON ud.id = a.discharged_by`;

/** One admission the actor may see, or null; locked until the transaction ends when `lock`. */
export async function findAdmission(
  db: Executor,
  actor: Actor,
  id: number,
  lock = false,
): Promise<AdmissionRow | null> {
  const { rows } = await sql<AdmissionRow>`
    SELECT ${admissionColumns} ${admissionJoins}
     WHERE a.id = ${id} AND ${visible(actor)} ${lock ? sql`FOR UPDATE OF a` : sql``}`.execute(db);
  return rows[0] ?? null;
}

function listFilter(actor: Actor, q: AdmissionListQuery): RawBuilder<boolean> {
  return sql<boolean>`${visible(actor)}
    ${q.status === 'active' ? sql`AND a.outcome IS NULL` : q.status === 'ended' ? sql`AND a.outcome IS NOT NULL` : sql``}
    ${q.hospitalId ? sql`AND a.hospital_id = ${q.hospitalId}` : sql``}
    ${q.q ? sql`AND (c.name LIKE ${`${q.q.replace(/[\\%_]/g, '\\$&')}%`} OR c.code = ${q.q} OR c.id_number = ${q.q.toUpperCase()})` : sql``}`;
}

/** A page of admissions the actor may see, active first, newest first. */
export async function listAdmissions(
  db: Executor,
  actor: Actor,
  q: AdmissionListQuery,
): Promise<{ rows: AdmissionRow[]; total: number }> {
  const where = listFilter(actor, q);
  const [{ rows }, count] = await Promise.all([
    sql<AdmissionRow>`
      SELECT ${admissionColumns} ${admissionJoins} WHERE ${where}
       ORDER BY a.outcome IS NULL DESC, a.admitted_at DESC, a.id DESC
       LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`.execute(db),
    sql<{ total: number }>`
      SELECT count(*)::int AS total FROM admission a JOIN tracing_case c ON c.id = a.case_id
        JOIN place h ON h.id = a.hospital_id WHERE ${where}`.execute(db),
  ]);
  return { rows, total: count.rows[0]?.total ?? 0 };
}

export async function severityHistory(db: Executor, admissionId: number) {
  const { rows } = await sql<{
    severity: Severity;
    bed_level: BedLevel;
    at: Date;
    note: string | null;
    by: string | null;
  }>`
    SELECT s.severity, s.bed_level, s.at, s.note, u.display_name AS by
      FROM admission_severity s LEFT JOIN app_user u ON u.id = s.recorded_by
     WHERE s.admission_id = ${admissionId} ORDER BY s.at, s.id`.execute(db);
  return rows;
}

export async function planVersions(db: Executor, admissionId: number) {
  const { rows } = await sql<{ version: number; text: string; author: string | null; at: Date }>`
    SELECT p.version, p.text, u.display_name AS author, p.created_at AS at
      FROM admission_plan p LEFT JOIN app_user u ON u.id = p.author_id
     WHERE p.admission_id = ${admissionId} ORDER BY p.version DESC`.execute(db);
  return rows;
}

export interface CaseCandidate {
  id: number;
  code: string;
  name: string;
  id_number: string;
  classification: Classification;
  region_id: number | null;
  region_name: string | null;
  found_at: Date;
  active_admission_id: number | null;
}

/** Cases of the jurisdiction (not excluded) matching a name prefix, a case code or a full ID number. */
export async function searchCases(db: Executor, actor: Actor, q: string): Promise<CaseCandidate[]> {
  const { rows } = await sql<CaseCandidate>`
    SELECT c.id, c.code, c.name, c.id_number, c.classification, g.id AS region_id, g.name AS region_name, c.found_at,
           (SELECT a.id FROM admission a WHERE a.case_id = c.id AND a.outcome IS NULL) AS active_admission_id
      FROM tracing_case c
      LEFT JOIN region g ON g.id = coalesce(c.grid_id, subpath(c.path, -1)::text::bigint)
     WHERE c.classification <> 'excluded' AND ${inJurisdiction(actor, 'c.path')}
       AND (c.name LIKE ${`${q.replace(/[\\%_]/g, '\\$&')}%`} OR c.code = ${q} OR c.id_number = ${q.toUpperCase()})
     ORDER BY c.found_at DESC, c.id DESC LIMIT 20`.execute(db);
  return rows;
}
