import { sql } from 'kysely';
import type { Actor } from '../../core/auth/actor.ts';
import { inJurisdiction } from '../../core/auth/scope.ts';
import type { Executor } from '../../core/db/database.ts';
import type { Classification } from '../tracing/vocabulary.ts';

/**
 * A transfer concerns the receiving hospital's jurisdiction and the quarantined person's: either sees it.
 * The person is the case with the same resident, or the same ID number, that is not excluded.
 */
const visible = (actor: Actor) =>
  sql<boolean>`(${inJurisdiction(actor, 'h.path')} OR ${inJurisdiction(actor, 'q.path')})`;
const caseOfPerson = sql`
  LEFT JOIN LATERAL (
    SELECT c.id, c.code, c.classification FROM tracing_case c
     WHERE c.classification <> 'excluded' AND (c.resident_id = q.resident_id OR c.id_number = q.id_number)
     ORDER BY c.found_at DESC LIMIT 1) c ON true`;

export interface TransferRow {
  id: number;
  quarantine_id: number;
  name: string;
  id_number: string | null;
  hospital_id: number;
  hospital_name: string;
  reason: string;
  requested_at: Date;
  admission_id: number | null;
  case_id: number | null;
  case_code: string | null;
  classification: Classification | null;
}

const transferColumns = sql`
  t.id, t.quarantine_id, q.name, q.id_number, t.hospital_id, h.name AS hospital_name, t.reason, t.requested_at,
  t.admission_id, c.id AS case_id, c.code AS case_code, c.classification`;

/** Transfers the actor may see that no admission has received yet, oldest first. */
export async function pendingTransfers(db: Executor, actor: Actor): Promise<TransferRow[]> {
  const { rows } = await sql<TransferRow>`
    SELECT ${transferColumns}
      FROM hospital_transfer t JOIN quarantine q ON q.id = t.quarantine_id JOIN place h ON h.id = t.hospital_id
      ${caseOfPerson}
     WHERE t.admission_id IS NULL AND ${visible(actor)}
     ORDER BY t.requested_at, t.id LIMIT 500`.execute(db);
  return rows;
}

/** One transfer the actor may see, locked until the transaction ends, or null. */
export async function lockTransfer(db: Executor, actor: Actor, id: number): Promise<TransferRow | null> {
  const { rows } = await sql<TransferRow>`
    SELECT ${transferColumns}
      FROM hospital_transfer t JOIN quarantine q ON q.id = t.quarantine_id JOIN place h ON h.id = t.hospital_id
      ${caseOfPerson}
     WHERE t.id = ${id} AND ${visible(actor)} FOR UPDATE OF t`.execute(db);
  return rows[0] ?? null;
}

export async function linkTransfer(db: Executor, transferId: number, admissionId: number): Promise<void> {
  await sql`UPDATE hospital_transfer SET admission_id = ${admissionId} WHERE id = ${transferId}`.execute(db);
}
