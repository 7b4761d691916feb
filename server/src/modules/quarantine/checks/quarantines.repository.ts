import { sql } from 'kysely';
import type { Actor } from '../../../core/auth/actor.ts';
import type { Executor } from '../../../core/db/database.ts';
import { quarantineInReach } from './scope.ts';

/** A quarantine as checks, tests, alerts and release read it. */
export interface QuarantineRow {
  id: number;
  name: string;
  id_number: string | null;
  resident_id: number | null;
  path: string;
  group_key: string;
  mode: 'centralized' | 'home';
  status: 'active' | 'released' | 'to_hospital' | 'ended';
  site_id: number | null;
  site_name: string | null;
  room: string | null;
  starts_at: Date;
  planned_end: Date;
  ended_at: Date | null;
  protocol_id: number;
}

const select = sql`
  SELECT q.id, q.name, q.id_number, q.resident_id, q.path::text AS path, q.group_key, q.mode, q.status, q.site_id,
         s.name AS site_name, r.number AS room, q.starts_at, q.planned_end, q.ended_at, q.protocol_id
    FROM quarantine q
    LEFT JOIN place s ON s.id = q.site_id
    LEFT JOIN isolation_room r ON r.id = q.room_id`;

/** A quarantine within the actor's reach (null: absent or out of reach, the same answer); locked when `lock`. */
export async function findQuarantine(
  db: Executor,
  actor: Actor,
  id: number,
  lock = false,
): Promise<QuarantineRow | null> {
  const { rows } = await sql<QuarantineRow>`${select}
    WHERE q.id = ${id} AND ${quarantineInReach(actor, 'q')} ${lock ? sql`FOR UPDATE OF q` : sql``}`.execute(db);
  return rows[0] ?? null;
}

/** A quarantine by id alone: for the holder of a link signed for it. */
export async function quarantineById(db: Executor, id: number): Promise<QuarantineRow | null> {
  const { rows } = await sql<QuarantineRow>`${select} WHERE q.id = ${id}`.execute(db);
  return rows[0] ?? null;
}
