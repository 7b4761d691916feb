import { sql } from 'kysely';
import type { Actor } from '../../core/auth/actor.ts';
import { inJurisdiction } from '../../core/auth/scope.ts';
import type { Executor } from '../../core/db/database.ts';
import type { ContactListQuery } from './contacts.schema.ts';
import type { ContactKind, ContactSource, ContactStatus } from './vocabulary.ts';

export interface NewContact {
  personKey: string;
  residentId: number | null;
  idNumber: string | null;
  name: string;
  phone: string | null;
  gridId: number | null;
  path: string;
  kind: ContactKind;
  sourceCaseId: number | null;
  sourceContactId: number | null;
  lastExposureAt: string | null;
  exposure: string | null;
  foundVia: ContactSource;
  evidence: unknown;
  createdBy: number | null;
}

export async function insertContact(db: Executor, c: NewContact): Promise<number> {
  const { rows } = await sql<{ id: number }>`
    INSERT INTO tracing_contact (person_key, resident_id, id_number, name, phone, grid_id, path, kind, source_case_id,
                                 source_contact_id, last_exposure_at, exposure, found_via, evidence, created_by)
    VALUES (${c.personKey}, ${c.residentId}, ${c.idNumber}, ${c.name}, ${c.phone}, ${c.gridId}, ${c.path}::ltree,
            ${c.kind}, ${c.sourceCaseId}, ${c.sourceContactId}, ${c.lastExposureAt}::timestamptz, ${c.exposure},
            ${c.foundVia}, ${c.evidence === null ? null : JSON.stringify(c.evidence)}::jsonb, ${c.createdBy})
    RETURNING id`.execute(db);
  const id = Number(rows[0]?.id);
  // The first entry of the status history: identified, on the basis of how the contact was found.
  await sql`INSERT INTO contact_status_change (contact_id, status, basis, changed_by)
            VALUES (${id}, 'identified', ${c.foundVia}, ${c.createdBy})`.execute(db);
  return id;
}

/** Serialises, until the transaction ends, the writers of contacts of one person. */
export async function lockPerson(db: Executor, personKey: string): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(hashtext('tracing.contact'), hashtext(${personKey}))`.execute(db);
}

/** The contact record of the same person and source, if one exists. */
export async function sameContact(
  db: Executor,
  personKey: string,
  source: { caseId: number | null; contactId: number | null },
): Promise<number | null> {
  const { rows } = await sql<{ id: number }>`
    SELECT id FROM tracing_contact
     WHERE person_key = ${personKey}
       AND ${source.caseId === null ? sql`source_contact_id = ${source.contactId}` : sql`source_case_id = ${source.caseId}`}`.execute(
    db,
  );
  return rows[0] ? Number(rows[0].id) : null;
}

export interface ContactRow {
  id: number;
  person_key: string;
  name: string;
  id_number: string | null;
  phone: string | null;
  resident_id: number | null;
  region_id: number | null;
  region_name: string | null;
  kind: ContactKind;
  source_case_id: number | null;
  source_case_code: string | null;
  source_contact_id: number | null;
  source_contact_name: string | null;
  last_exposure_at: Date | null;
  exposure: string | null;
  found_via: ContactSource;
  evidence: unknown;
  status: ContactStatus;
  identified_at: Date;
  notified_at: Date | null;
  measure_at: Date | null;
  released_at: Date | null;
  contacts: number;
}

const contactColumns = sql`
  ct.id, ct.person_key, ct.name, ct.id_number, ct.phone, ct.resident_id, g.id AS region_id, g.name AS region_name,
  ct.kind, ct.source_case_id, sc.code AS source_case_code, ct.source_contact_id, so.name AS source_contact_name,
  ct.last_exposure_at, ct.exposure, ct.found_via, ct.evidence, ct.status, ct.identified_at, ct.notified_at,
  ct.measure_at, ct.released_at,
  (SELECT count(*)::int FROM tracing_contact x WHERE x.source_contact_id = ct.id) AS contacts`;
const contactJoins = sql`
  FROM tracing_contact ct
  LEFT JOIN region g ON g.id = coalesce(ct.grid_id, subpath(ct.path, -1)::text::bigint)
  LEFT JOIN tracing_case sc ON sc.id = ct.source_case_id
  LEFT JOIN tracing_contact so ON so.id = ct.source_contact_id`;

export async function findContact(db: Executor, actor: Actor, id: number, lock = false): Promise<ContactRow | null> {
  const { rows } = await sql<ContactRow>`
    SELECT ${contactColumns} ${contactJoins}
     WHERE ct.id = ${id} AND ${inJurisdiction(actor, 'ct.path')} ${lock ? sql`FOR UPDATE OF ct` : sql``}`.execute(db);
  return rows[0] ?? null;
}

export async function listContacts(db: Executor, actor: Actor, q: ContactListQuery) {
  const where = sql`${inJurisdiction(actor, 'ct.path')}
    ${q.sourceCaseId ? sql`AND ct.source_case_id = ${q.sourceCaseId}` : sql``}
    ${q.sourceContactId ? sql`AND ct.source_contact_id = ${q.sourceContactId}` : sql``}
    ${q.kind ? sql`AND ct.kind = ${q.kind}` : sql``}
    ${q.status ? sql`AND ct.status = ${q.status}` : sql``}
    ${q.q ? sql`AND (ct.name LIKE ${q.q + '%'} OR ct.id_number = ${q.q.toUpperCase()})` : sql``}`;
  const [{ rows }, count] = await Promise.all([
    sql<ContactRow>`
      SELECT ${contactColumns} ${contactJoins} WHERE ${where}
       ORDER BY ct.identified_at DESC, ct.id DESC LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`.execute(db),
    sql<{ total: number }>`SELECT count(*)::int AS total FROM tracing_contact ct WHERE ${where}`.execute(db),
  ]);
  return { rows, total: count.rows[0]?.total ?? 0 };
}

const statusColumns = { notified: 'notified_at', under_measure: 'measure_at', released: 'released_at' } as const;

/** Moves a contact's status and stamps the time of the step (and of any skipped step). */
export async function setStatus(
  db: Executor,
  id: number,
  status: ContactStatus,
  basis: string,
  at: string,
  by: number | null,
) {
  const stamp = (step: keyof typeof statusColumns) =>
    sql`${sql.ref(statusColumns[step])} = coalesce(${sql.ref(statusColumns[step])}, ${at}::timestamptz)`;
  const steps = (['notified', 'under_measure', 'released'] as const).slice(
    0,
    ['notified', 'under_measure', 'released'].indexOf(status) + 1,
  );
  await sql`UPDATE tracing_contact SET status = ${status}${steps.length ? sql`, ${sql.join(steps.map(stamp))}` : sql``}
             WHERE id = ${id}`.execute(db);
  await sql`INSERT INTO contact_status_change (contact_id, status, basis, changed_by, changed_at)
            VALUES (${id}, ${status}, ${basis}, ${by}, ${at}::timestamptz)`.execute(db);
}

export async function statusHistory(db: Executor, id: number) {
  const { rows } = await sql<{ status: string; basis: string; by: string | null; at: Date }>`
    SELECT h.status, h.basis, u.display_name AS by, h.changed_at AS at
      FROM contact_status_change h LEFT JOIN app_user u ON u.id = h.changed_by
     WHERE h.contact_id = ${id} ORDER BY h.changed_at, h.id`.execute(db);
  return rows;
}

/** Person keys of the source case (or contact) itself: a source cannot be its own contact. */
export async function sourcePersonKey(
  db: Executor,
  source: { caseId: number | null; contactId: number | null },
): Promise<string | null> {
  const { rows } = await sql<{ key: string }>`
    ${
      source.caseId !== null
        ? sql`SELECT 'id:' || id_number AS key FROM tracing_case WHERE id = ${source.caseId}`
        : sql`SELECT person_key AS key FROM tracing_contact WHERE id = ${source.contactId}`
    }`.execute(db);
  return rows[0]?.key ?? null;
}
