import { sql } from 'kysely';
import type { Executor } from '../db/database.ts';
import { type Permission, type Role, isRole, permissionsOf } from './roles.ts';

/** The authenticated caller of a request, with the jurisdiction every scoped query filters by. */
export interface Actor {
  userId: number;
  username: string;
  displayName: string;
  roles: Role[];
  permissions: Set<Permission>;
  /** Unrestricted jurisdiction: the whole region tree. */
  scopeAll: boolean;
  /** ltree paths of the assigned regions; the subtrees under them are the user's jurisdiction. */
  scopePaths: string[];
  regionIds: number[];
  mustChangePassword: boolean;
  via: 'session' | 'token';
}

interface ActorRow {
  id: number;
  username: string;
  display_name: string;
  scope_all: boolean;
  must_change_password: boolean;
  roles: string[];
  paths: string[];
  region_ids: number[];
}

// Roles and regions ride along as arrays: one round trip per request.
const actorColumns = sql`u.id, u.username, u.display_name, u.scope_all, u.must_change_password,
  array(SELECT role FROM user_role WHERE user_id = u.id ORDER BY role) AS roles,
  array(SELECT r.path::text FROM user_region ur JOIN region r ON r.id = ur.region_id
         WHERE ur.user_id = u.id ORDER BY r.path) AS paths,
  array(SELECT region_id FROM user_region WHERE user_id = u.id ORDER BY region_id) AS region_ids`;

function toActor(row: ActorRow, via: Actor['via']): Actor {
  const held = row.roles.filter(isRole);
  return {
    userId: row.id,
    username: row.username,
    displayName: row.display_name,
    roles: held,
    permissions: permissionsOf(held),
    scopeAll: row.scope_all,
    scopePaths: row.paths,
    regionIds: row.region_ids,
    mustChangePassword: row.must_change_password,
    via,
  };
}

// Sliding expiry and last-use times are written at most once a minute per session or token: a write on
// every request would serialise a user's parallel requests on one row and cost a commit each.
const TOUCH_INTERVAL = sql`interval '1 minute'`;

/** The live, enabled user behind a session cookie hash, sliding the session's expiry. */
export async function actorBySession(db: Executor, tokenHash: Buffer, idleHours: number): Promise<Actor | null> {
  const { rows } = await sql<ActorRow>`
    WITH touched AS (
      UPDATE session SET last_seen_at = now(), expires_at = now() + make_interval(hours => ${idleHours})
       WHERE token_hash = ${tokenHash} AND expires_at > now() AND last_seen_at < now() - ${TOUCH_INTERVAL})
    SELECT ${actorColumns} FROM session s JOIN app_user u ON u.id = s.user_id
     WHERE s.token_hash = ${tokenHash} AND s.expires_at > now() AND u.disabled_at IS NULL`.execute(db);
  return rows[0] ? toActor(rows[0], 'session') : null;
}

/** The live, enabled user behind an API token hash. */
export async function actorByToken(db: Executor, tokenHash: Buffer): Promise<Actor | null> {
  const { rows } = await sql<ActorRow>`
    WITH used AS (
      UPDATE api_token SET last_used_at = now()
       WHERE token_hash = ${tokenHash} AND (last_used_at IS NULL OR last_used_at < now() - ${TOUCH_INTERVAL}))
    SELECT ${actorColumns} FROM api_token t JOIN app_user u ON u.id = t.user_id
     WHERE t.token_hash = ${tokenHash} AND t.revoked_at IS NULL AND (t.expires_at IS NULL OR t.expires_at > now())
       AND u.disabled_at IS NULL`.execute(db);
  return rows[0] ? toActor(rows[0], 'token') : null;
}

/** The platform itself, for CLI commands run by the operator on the server (audited as "system"). */
export const systemActor: Actor = {
  userId: 0,
  username: 'system',
  displayName: 'system',
  roles: ['administrator'],
  permissions: permissionsOf(['administrator']),
  scopeAll: true,
  scopePaths: [],
  regionIds: [],
  mustChangePassword: false,
  via: 'session',
};

/** The user as an actor outside any request (a queued job acting for whoever queued it). */
export async function actorByUserId(db: Executor, userId: number): Promise<Actor | null> {
  const { rows } =
    await sql<ActorRow>`SELECT ${actorColumns} FROM app_user u WHERE u.id = ${userId} AND u.disabled_at IS NULL`.execute(
      db,
    );
  return rows[0] ? toActor(rows[0], 'token') : null;
}
