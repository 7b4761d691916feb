import { sql } from 'kysely';
import type { Executor } from '../../core/db/database.ts';

export interface ResumptionRow {
  id: number;
  status: 'requested' | 'approved' | 'rejected';
  request_note: string | null;
  requested_by: string;
  requested_by_id: number;
  requested_at: Date;
  decision_note: string | null;
  decided_by: string | null;
  decided_at: Date | null;
}

/** Every resumption request of an enterprise, the latest first. */
export async function resumptions(db: Executor, placeId: number): Promise<ResumptionRow[]> {
  const { rows } = await sql<ResumptionRow>`
    SELECT r.id, r.status, r.request_note, q.display_name AS requested_by, r.requested_by AS requested_by_id,
           r.requested_at, r.decision_note, d.display_name AS decided_by, r.decided_at
      FROM enterprise_resumption r JOIN app_user q ON q.id = r.requested_by
      LEFT JOIN app_user d ON d.id = r.decided_by
     WHERE r.place_id = ${placeId} ORDER BY r.requested_at DESC, r.id DESC`.execute(db);
  return rows;
}

export async function pendingResumption(
  db: Executor,
  placeId: number,
): Promise<{ id: number; requested_by: number } | null> {
  const { rows } = await sql<{ id: number; requested_by: number }>`
    SELECT id, requested_by FROM enterprise_resumption
     WHERE place_id = ${placeId} AND status = 'requested'`.execute(db);
  return rows[0] ?? null;
}

export async function insertRequest(db: Executor, placeId: number, userId: number, note: string | null) {
  const { rows } = await sql<{ id: number }>`
    INSERT INTO enterprise_resumption (place_id, requested_by, request_note)
    VALUES (${placeId}, ${userId}, ${note}) RETURNING id`.execute(db);
  return rows[0]!.id;
}

export async function decide(db: Executor, id: number, approve: boolean, note: string, userId: number) {
  await sql`
    UPDATE enterprise_resumption
       SET status = ${approve ? 'approved' : 'rejected'}, decision_note = ${note}, decided_by = ${userId},
           decided_at = now()
     WHERE id = ${id}`.execute(db);
}
