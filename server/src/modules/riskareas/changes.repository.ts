import { sql } from 'kysely';
import type { Actor } from '../../core/auth/actor.ts';
import { inJurisdiction } from '../../core/auth/scope.ts';
import type { Executor } from '../../core/db/database.ts';
import type { ChangeBasis } from './riskareas.schema.ts';

/** One row of an area's history: a designation, a change of level or a lifting, and its decision. */
export interface ChangeRow {
  id: number;
  area_id: number;
  from_level: string | null;
  to_level: string | null;
  reason: string;
  basis: ChangeBasis | null;
  proposed_by: number | null;
  proposer_name: string | null;
  proposed_at: Date;
  decision: 'approved' | 'rejected' | null;
  decided_by: number | null;
  decider_name: string | null;
  decided_at: Date | null;
  decision_note: string | null;
}

const changeColumns = sql`
  c.id, c.area_id, c.from_level, c.to_level, c.reason, c.basis, c.proposed_by, p.display_name AS proposer_name,
  c.proposed_at, c.decision, c.decided_by, d.display_name AS decider_name, c.decided_at, c.decision_note`;
const changeJoins = sql`
  FROM risk_area_change c
  LEFT JOIN app_user p ON p.id = c.proposed_by
  LEFT JOIN app_user d ON d.id = c.decided_by`;

export interface NewChange {
  areaId: number;
  fromLevel: string | null;
  toLevel: string | null;
  reason: string;
  basis: ChangeBasis | null;
  proposedBy: number | null;
}

/**
 * Inserts an open change, or returns null when the area already has one (the unique index on open
 * changes decides: two proposals at the same moment cannot both be open).
 */
export async function insertChange(db: Executor, c: NewChange): Promise<number | null> {
  const { rows } = await sql<{ id: number }>`
    INSERT INTO risk_area_change (area_id, from_level, to_level, reason, basis, proposed_by)
    VALUES (${c.areaId}, ${c.fromLevel}, ${c.toLevel}, ${c.reason},
            ${c.basis === null ? null : JSON.stringify(c.basis)}::jsonb, ${c.proposedBy})
    ON CONFLICT (area_id) WHERE decision IS NULL DO NOTHING
    RETURNING id`.execute(db);
  return rows[0] ? Number(rows[0].id) : null;
}

/** A change with the area it belongs to, locked for deciding; null when absent or out of reach. */
export async function findChangeForDecision(db: Executor, actor: Actor, id: number): Promise<ChangeRow | null> {
  const { rows } = await sql<ChangeRow>`
    SELECT ${changeColumns} ${changeJoins} JOIN risk_area a ON a.id = c.area_id
     WHERE c.id = ${id} AND ${inJurisdiction(actor, 'a.path')}
     FOR UPDATE OF c, a`.execute(db);
  return rows[0] ?? null;
}

export async function decideChange(
  db: Executor,
  id: number,
  decision: 'approved' | 'rejected',
  decidedBy: number,
  note: string | null,
): Promise<void> {
  await sql`
    UPDATE risk_area_change SET decision = ${decision}, decided_by = ${decidedBy}, decided_at = now(),
           decision_note = ${note}
     WHERE id = ${id}`.execute(db);
}

/** The history of areas, oldest first. */
export async function changesOf(db: Executor, areaIds: number[]): Promise<ChangeRow[]> {
  const { rows } = await sql<ChangeRow>`
    SELECT ${changeColumns} ${changeJoins}
     WHERE c.area_id = ANY(${areaIds}::bigint[]) ORDER BY c.area_id, c.proposed_at, c.id`.execute(db);
  return rows;
}

/** The open change of each of these areas. */
export async function openChangesOf(db: Executor, areaIds: number[]): Promise<ChangeRow[]> {
  const { rows } = await sql<ChangeRow>`
    SELECT ${changeColumns} ${changeJoins}
     WHERE c.area_id = ANY(${areaIds}::bigint[]) AND c.decision IS NULL`.execute(db);
  return rows;
}

/** Open changes the actor may decide: areas within the jurisdiction, proposed by someone else. */
export async function pendingFor(db: Executor, actor: Actor): Promise<ChangeRow[]> {
  const { rows } = await sql<ChangeRow>`
    SELECT ${changeColumns} ${changeJoins} JOIN risk_area a ON a.id = c.area_id
     WHERE c.decision IS NULL AND c.proposed_by IS DISTINCT FROM ${actor.userId}
       AND ${inJurisdiction(actor, 'a.path')}
     ORDER BY c.proposed_at`.execute(db);
  return rows;
}
