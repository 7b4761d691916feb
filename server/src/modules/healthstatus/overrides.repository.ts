import { sql } from 'kysely';
import type { Actor } from '../../core/auth/actor.ts';
import type { Executor } from '../../core/db/database.ts';
import { residentsUnder } from './healthstatus.repository.ts';
import type { Colour, OverridesQuery } from './healthstatus.schema.ts';

export interface OverrideRow {
  id: number;
  resident_id: number;
  resident_name: string;
  colour: Colour;
  reason: string;
  proposed_by: number;
  proposer_name: string;
  proposed_at: Date;
  decision: 'approved' | 'rejected' | null;
  decided_by: number | null;
  decider_name: string | null;
  decided_at: Date | null;
  expires_at: Date | null;
}

const selectOverrides = sql`
  SELECT o.id, o.resident_id, r.name AS resident_name, o.colour, o.reason, o.proposed_by,
         pu.display_name AS proposer_name, o.proposed_at, o.decision, o.decided_by, du.display_name AS decider_name,
         o.decided_at, o.expires_at
    FROM health_status_override o
    JOIN resident r ON r.id = o.resident_id
    JOIN app_user pu ON pu.id = o.proposed_by
    LEFT JOIN app_user du ON du.id = o.decided_by`;

export async function insertOverride(
  trx: Executor,
  o: { residentId: number; colour: Colour; reason: string; proposedBy: number; expiresAt: string | null },
): Promise<number> {
  const { rows } = await sql<{ id: number }>`
    INSERT INTO health_status_override (resident_id, colour, reason, proposed_by, expires_at)
    VALUES (${o.residentId}, ${o.colour}, ${o.reason}, ${o.proposedBy}, ${o.expiresAt})
    RETURNING id`.execute(trx);
  return rows[0]!.id;
}

/** The proposal awaiting a decision for a resident, if any. */
export async function openOverrideOf(trx: Executor, residentId: number): Promise<number | null> {
  const { rows } = await sql<{ id: number }>`
    SELECT id FROM health_status_override WHERE resident_id = ${residentId} AND decision IS NULL`.execute(trx);
  return rows[0]?.id ?? null;
}

/** An override of a resident within the jurisdiction (locked for a decision when `lock`). */
export async function findOverride(
  db: Executor,
  actor: Actor,
  id: number,
  lock = false,
): Promise<OverrideRow | undefined> {
  const { rows } = await sql<OverrideRow>`
    ${selectOverrides}
     WHERE o.id = ${id} AND ${residentsUnder(actor, null)}
    ${lock ? sql`FOR UPDATE OF o` : sql``}`.execute(db);
  return rows[0];
}

export async function decideOverride(
  trx: Executor,
  id: number,
  decision: 'approved' | 'rejected',
  decidedBy: number,
): Promise<void> {
  await sql`
    UPDATE health_status_override SET decision = ${decision}, decided_by = ${decidedBy}, decided_at = now()
     WHERE id = ${id}`.execute(trx);
}

/** A page of overrides within the jurisdiction: pending ones oldest first, decided ones newest first. */
export async function listOverrides(
  db: Executor,
  actor: Actor,
  query: OverridesQuery,
): Promise<{ rows: OverrideRow[]; total: number }> {
  const state =
    query.state === 'pending'
      ? sql`o.decision IS NULL`
      : query.state === 'decided'
        ? sql`o.decision IS NOT NULL`
        : sql`true`;
  const where = sql`${state} AND ${residentsUnder(actor, null)}`;
  const order = query.state === 'pending' ? sql`o.proposed_at, o.id` : sql`o.proposed_at DESC, o.id DESC`;
  const [page, count] = await Promise.all([
    sql<OverrideRow>`${selectOverrides} WHERE ${where} ORDER BY ${order}
      LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`.execute(db),
    sql<{ n: number }>`
      SELECT count(*)::int AS n FROM health_status_override o JOIN resident r ON r.id = o.resident_id
       WHERE ${where}`.execute(db),
  ]);
  return { rows: page.rows, total: count.rows[0]?.n ?? 0 };
}

/** Every override ever proposed for a resident, newest first. */
export async function overridesOf(db: Executor, residentId: number): Promise<OverrideRow[]> {
  const { rows } = await sql<OverrideRow>`
    ${selectOverrides} WHERE o.resident_id = ${residentId} ORDER BY o.proposed_at DESC, o.id DESC`.execute(db);
  return rows;
}
