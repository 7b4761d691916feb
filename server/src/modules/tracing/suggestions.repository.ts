import { sql } from 'kysely';
import type { Executor } from '../../core/db/database.ts';
import type { SuggestionVia } from './vocabulary.ts';

/** A person some evidence puts near a case, before anyone has judged it. */
export interface Candidate {
  via: SuggestionVia;
  personKey: string;
  residentId: number | null;
  idNumber: string | null;
  name: string | null;
  phone: string | null;
  /** Where the suggestion is kept: the person's grid when known, else the case's. */
  path: string;
  evidence: unknown;
  lastExposureAt: string | null;
}

/**
 * Stores a case's candidates: new ones open; an open one already stored gets the newer evidence; one already
 * confirmed or dismissed is left as decided. Persons already contacts of the case are skipped.
 */
export async function upsertSuggestions(db: Executor, caseId: number, candidates: Candidate[]): Promise<number> {
  if (candidates.length === 0) return 0;
  const col = <K extends keyof Candidate>(key: K) => candidates.map((c) => c[key]);
  const { rows } = await sql<{ id: number }>`
    INSERT INTO contact_suggestion (case_id, via, person_key, resident_id, id_number, name, phone, path, evidence,
                                    last_exposure_at)
    SELECT ${caseId}, u.via, u.person_key, u.resident_id, u.id_number, u.name, u.phone, u.path::ltree, u.evidence,
           u.last_exposure_at
      FROM unnest(${col('via')}::text[], ${col('personKey')}::text[], ${col('residentId')}::bigint[],
                  ${col('idNumber')}::text[], ${col('name')}::text[], ${col('phone')}::text[], ${col('path')}::text[],
                  ${candidates.map((c) => JSON.stringify(c.evidence))}::jsonb[], ${col('lastExposureAt')}::timestamptz[])
           AS u(via, person_key, resident_id, id_number, name, phone, path, evidence, last_exposure_at)
     WHERE NOT EXISTS (SELECT 1 FROM tracing_contact ct WHERE ct.source_case_id = ${caseId} AND ct.person_key = u.person_key)
    ON CONFLICT (case_id, via, person_key) DO UPDATE
       SET evidence = EXCLUDED.evidence, last_exposure_at = EXCLUDED.last_exposure_at
     WHERE contact_suggestion.status = 'open'
    RETURNING id`.execute(db);
  return rows.length;
}

export interface SuggestionRow {
  id: number;
  case_id: number;
  via: SuggestionVia;
  person_key: string;
  resident_id: number | null;
  id_number: string | null;
  name: string | null;
  phone: string | null;
  evidence: unknown;
  last_exposure_at: Date | null;
  status: 'open' | 'confirmed' | 'dismissed';
  dismiss_reason: string | null;
  contact_id: number | null;
  created_at: Date;
}

const columns = sql`id, case_id, via, person_key, resident_id, id_number, name, phone, evidence, last_exposure_at, status,
  dismiss_reason, contact_id, created_at`;

export async function suggestionsOf(
  db: Executor,
  caseId: number,
  status: string | undefined,
): Promise<SuggestionRow[]> {
  const { rows } = await sql<SuggestionRow>`
    SELECT ${columns} FROM contact_suggestion
     WHERE case_id = ${caseId} ${status ? sql`AND status = ${status}` : sql``}
     ORDER BY status = 'open' DESC, last_exposure_at DESC NULLS LAST, id
     LIMIT 5000`.execute(db);
  return rows;
}

export async function lockSuggestion(db: Executor, id: number): Promise<SuggestionRow | null> {
  const { rows } =
    await sql<SuggestionRow>`SELECT ${columns} FROM contact_suggestion WHERE id = ${id} FOR UPDATE`.execute(db);
  return rows[0] ?? null;
}

export async function decideSuggestion(
  db: Executor,
  id: number,
  decision: { status: 'confirmed' | 'dismissed'; by: number | null; contactId?: number; reason?: string },
): Promise<void> {
  await sql`
    UPDATE contact_suggestion SET status = ${decision.status}, decided_by = ${decision.by}, decided_at = now(),
           contact_id = ${decision.contactId ?? null}, dismiss_reason = ${decision.reason ?? null}
     WHERE id = ${id}`.execute(db);
}
