import { type SqlBool, sql } from 'kysely';
import { forgetActors } from '../../core/auth/actor-cache.ts';
import type { Actor } from '../../core/auth/actor.ts';
import { inJurisdiction } from '../../core/auth/scope.ts';
import type { Executor } from '../../core/db/database.ts';
import type { ListUsersQuery } from './accounts.schema.ts';

export interface LoginRow {
  id: number;
  username: string;
  password_hash: string;
  disabled_at: Date | null;
  locked_until: Date | null;
  must_change_password: boolean;
}

export async function findLoginUser(db: Executor, username: string): Promise<LoginRow | undefined> {
  return db
    .selectFrom('app_user')
    .select(['id', 'username', 'password_hash', 'disabled_at', 'locked_until', 'must_change_password'])
    .where(sql<SqlBool>`lower(username) = lower(${username})`)
    .executeTakeFirst();
}

/** Counts a failed login; at `max` failures the account locks and the count starts again. */
export async function registerLoginFailure(
  db: Executor,
  id: number,
  max: number,
  lockMinutes: number,
): Promise<Date | null> {
  const row = await db
    .updateTable('app_user')
    .set({
      failed_logins: sql`CASE WHEN failed_logins + 1 >= ${max} THEN 0 ELSE failed_logins + 1 END`,
      locked_until: sql`CASE WHEN failed_logins + 1 >= ${max} THEN now() + make_interval(mins => ${lockMinutes}) ELSE locked_until END`,
    })
    .where('id', '=', id)
    .returning('locked_until')
    .executeTakeFirstOrThrow();
  return row.locked_until && row.locked_until > new Date() ? row.locked_until : null;
}

export async function registerLoginSuccess(db: Executor, id: number): Promise<void> {
  await db
    .updateTable('app_user')
    .set({ failed_logins: 0, locked_until: null, last_login_at: sql`now()` })
    .where('id', '=', id)
    .execute();
}

export async function insertSession(
  db: Executor,
  values: { tokenHash: Buffer; userId: number; idleHours: number; ip: string; userAgent: string | null },
): Promise<void> {
  await db
    .insertInto('session')
    .values({
      token_hash: values.tokenHash,
      user_id: values.userId,
      expires_at: sql`now() + make_interval(hours => ${values.idleHours})`,
      ip: values.ip,
      user_agent: values.userAgent,
    })
    .execute();
}

export async function deleteSession(db: Executor, tokenHash: Buffer): Promise<void> {
  await db.deleteFrom('session').where('token_hash', '=', tokenHash).execute();
  forgetActors();
}

/** Ends every session of a user except, optionally, the one in use. */
export async function deleteSessionsOf(db: Executor, userId: number, keep?: Buffer): Promise<void> {
  let query = db.deleteFrom('session').where('user_id', '=', userId);
  if (keep) query = query.where('token_hash', '<>', keep);
  await query.execute();
  forgetActors();
}

export async function deleteExpiredSessions(db: Executor): Promise<number> {
  const result = await db
    .deleteFrom('session')
    .where('expires_at', '<', sql<Date>`now()`)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/**
 * A user account is visible to a manager when all of its regions lie in the manager's jurisdiction;
 * accounts over the whole tree only to managers over the whole tree. (Jurisdiction over accounts is
 * defined by region paths, hence the join to region.)
 */
function visibleTo(actor: Actor) {
  if (actor.scopeAll) return sql<SqlBool>`true`;
  return sql<SqlBool>`(NOT u.scope_all
    AND EXISTS (SELECT 1 FROM user_region ur WHERE ur.user_id = u.id)
    AND NOT EXISTS (SELECT 1 FROM user_region ur JOIN region r ON r.id = ur.region_id
                     WHERE ur.user_id = u.id AND NOT ${inJurisdiction(actor, 'r.path')}))`;
}

export interface UserRow {
  id: number;
  username: string;
  display_name: string;
  scope_all: boolean;
  must_change_password: boolean;
  disabled_at: Date | null;
  locked_until: Date | null;
  last_login_at: Date | null;
  created_at: Date;
  roles: string[];
  region_ids: number[];
}

function userQuery(db: Executor, actor: Actor) {
  return db
    .selectFrom('app_user as u')
    .select([
      'u.id',
      'u.username',
      'u.display_name',
      'u.scope_all',
      'u.must_change_password',
      'u.disabled_at',
      'u.locked_until',
      'u.last_login_at',
      'u.created_at',
      sql<string[]>`array(SELECT role FROM user_role WHERE user_id = u.id ORDER BY role)`.as('roles'),
      sql<number[]>`array(SELECT region_id FROM user_region WHERE user_id = u.id ORDER BY region_id)`.as('region_ids'),
    ])
    .where(visibleTo(actor));
}

export async function findUser(db: Executor, actor: Actor, id: number): Promise<UserRow | undefined> {
  return userQuery(db, actor).where('u.id', '=', id).executeTakeFirst();
}

export async function listUsers(
  db: Executor,
  actor: Actor,
  filter: ListUsersQuery,
): Promise<{ rows: UserRow[]; total: number }> {
  let query = userQuery(db, actor);
  if (filter.q) {
    const like = `%${filter.q.replace(/[\\%_]/g, '\\$&')}%`;
    query = query.where((eb) => eb.or([eb('u.username', 'ilike', like), eb('u.display_name', 'ilike', like)]));
  }
  if (filter.role)
    query = query.where(sql<SqlBool>`EXISTS (SELECT 1 FROM user_role WHERE user_id = u.id AND role = ${filter.role})`);
  if (!filter.includeDisabled) query = query.where('u.disabled_at', 'is', null);
  const rows = await query
    .select(sql<number>`count(*) OVER ()::int`.as('total'))
    .orderBy('u.username')
    .limit(filter.pageSize)
    .offset((filter.page - 1) * filter.pageSize)
    .execute();
  return { rows, total: rows[0]?.total ?? (filter.page > 1 ? await countUsers(query) : 0) };
}

// A page past the end has no row to carry the window count.
async function countUsers(query: ReturnType<typeof userQuery>): Promise<number> {
  const row = await query
    .clearSelect()
    .select(sql<number>`count(*)::int`.as('n'))
    .executeTakeFirstOrThrow();
  return row.n;
}

export async function insertUser(
  db: Executor,
  values: {
    username: string;
    displayName: string;
    passwordHash: string;
    scopeAll: boolean;
    mustChangePassword: boolean;
  },
): Promise<number> {
  const row = await db
    .insertInto('app_user')
    .values({
      username: values.username,
      display_name: values.displayName,
      password_hash: values.passwordHash,
      scope_all: values.scopeAll,
      must_change_password: values.mustChangePassword,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateUser(
  db: Executor,
  id: number,
  changes: { displayName?: string; scopeAll?: boolean; disabled?: boolean; unlock?: boolean },
): Promise<void> {
  await db
    .updateTable('app_user')
    .set({
      updated_at: new Date(),
      ...(changes.displayName !== undefined ? { display_name: changes.displayName } : {}),
      ...(changes.scopeAll !== undefined ? { scope_all: changes.scopeAll } : {}),
      ...(changes.disabled !== undefined ? { disabled_at: changes.disabled ? sql<Date>`now()` : null } : {}),
      ...(changes.unlock ? { locked_until: null, failed_logins: 0 } : {}),
    })
    .where('id', '=', id)
    .execute();
  forgetActors();
}

export async function setPassword(db: Executor, id: number, passwordHash: string, mustChange: boolean): Promise<void> {
  await db
    .updateTable('app_user')
    .set({
      password_hash: passwordHash,
      must_change_password: mustChange,
      failed_logins: 0,
      locked_until: null,
      updated_at: new Date(),
    })
    .where('id', '=', id)
    .execute();
  forgetActors();
}

export async function passwordHashOf(db: Executor, id: number): Promise<string> {
  const row = await db.selectFrom('app_user').select('password_hash').where('id', '=', id).executeTakeFirstOrThrow();
  return row.password_hash;
}

export async function replaceRoles(db: Executor, userId: number, roles: string[]): Promise<void> {
  await db.deleteFrom('user_role').where('user_id', '=', userId).execute();
  if (roles.length)
    await db
      .insertInto('user_role')
      .values(roles.map((role) => ({ user_id: userId, role })))
      .execute();
  forgetActors();
}

export async function replaceRegions(db: Executor, userId: number, regionIds: number[]): Promise<void> {
  await db.deleteFrom('user_region').where('user_id', '=', userId).execute();
  if (regionIds.length) {
    await db
      .insertInto('user_region')
      .values(regionIds.map((region_id) => ({ user_id: userId, region_id })))
      .execute();
  }
  forgetActors();
}

export async function countUsersTotal(db: Executor): Promise<number> {
  const row = await db
    .selectFrom('app_user')
    .select(sql<number>`count(*)::int`.as('n'))
    .executeTakeFirstOrThrow();
  return row.n;
}
