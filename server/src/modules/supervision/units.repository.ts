import { sql } from 'kysely';
import type { Actor } from '../../core/auth/actor.ts';
import { inJurisdiction } from '../../core/auth/scope.ts';
import type { Executor } from '../../core/db/database.ts';
import type { UnitDuty } from './vocabulary.ts';

/** The place, if it lies in the caller's jurisdiction (optionally locked). */
export async function placeInJurisdiction(db: Executor, actor: Actor, placeId: number, lock = false) {
  const { rows } = await sql<{ id: number; name: string }>`
    SELECT p.id::int AS id, p.name FROM place p WHERE p.id = ${placeId} AND ${inJurisdiction(actor, 'p.path')}
    ${lock ? sql`FOR UPDATE OF p` : sql``}`.execute(db);
  return rows[0];
}

export async function userEnabled(db: Executor, userId: number): Promise<boolean> {
  const { rows } = await sql`SELECT 1 FROM app_user WHERE id = ${userId} AND disabled_at IS NULL`.execute(db);
  return rows.length > 0;
}

export async function membersOf(db: Executor, placeId: number) {
  const { rows } = await sql<{ user_id: number; username: string; display_name: string; duty: UnitDuty; since: Date }>`
    SELECT u.id::int AS user_id, u.username, u.display_name, m.duty, m.since
      FROM place_member m JOIN app_user u ON u.id = m.user_id
     WHERE m.place_id = ${placeId} ORDER BY m.duty = 'liaison' DESC, u.display_name, u.id`.execute(db);
  return rows;
}

export async function upsertMember(db: Executor, placeId: number, userId: number, duty: UnitDuty): Promise<void> {
  await sql`
    INSERT INTO place_member (place_id, user_id, duty) VALUES (${placeId}, ${userId}, ${duty})
    ON CONFLICT (place_id, user_id) DO UPDATE SET duty = excluded.duty`.execute(db);
}

export async function deleteMember(db: Executor, placeId: number, userId: number): Promise<boolean> {
  const { rows } = await sql`
    DELETE FROM place_member WHERE place_id = ${placeId} AND user_id = ${userId} RETURNING duty`.execute(db);
  return rows.length > 0;
}
