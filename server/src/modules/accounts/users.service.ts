import type { Actor } from '../../core/auth/actor.ts';
import { assertStrongPassword, generatePassword, hashPassword } from '../../core/auth/password.ts';
import { isRole } from '../../core/auth/roles.ts';
import { type AuditContext, appendAudit } from '../../core/audit/audit.ts';
import type { Db, Executor } from '../../core/db/database.ts';
import { violatedConstraint } from '../../core/db/pg-errors.ts';
import { AppError, notFound } from '../../core/errors.ts';
import { allInJurisdiction, regionRefs } from '../regions/regions.service.ts';
import * as repo from './accounts.repository.ts';
import type { CreateUserBody, ListUsersQuery, ResetPasswordBody, UpdateUserBody, User } from './accounts.schema.ts';

async function toUsers(db: Executor, rows: repo.UserRow[]): Promise<User[]> {
  const refs = new Map(
    (await regionRefs(db, [...new Set(rows.flatMap((r) => r.region_ids))])).map((ref) => [ref.id, ref]),
  );
  return rows.map((row) => ({
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    roles: row.roles.filter(isRole),
    regions: row.region_ids.flatMap((id) => refs.get(id) ?? []),
    scopeAll: row.scope_all,
    disabled: row.disabled_at !== null,
    lockedUntil: row.locked_until && row.locked_until > new Date() ? row.locked_until.toISOString() : null,
    lastLoginAt: row.last_login_at?.toISOString() ?? null,
    createdAt: row.created_at.toISOString(),
    mustChangePassword: row.must_change_password,
  }));
}

/** A user the manager may see, or 404 (the same answer as for an id that does not exist). */
export async function visibleUser(db: Executor, actor: Actor, id: number): Promise<repo.UserRow> {
  const row = await repo.findUser(db, actor, id);
  if (!row) throw notFound();
  return row;
}

export async function listUsers(
  db: Db,
  actor: Actor,
  query: ListUsersQuery,
): Promise<{ items: User[]; total: number }> {
  const { rows, total } = await repo.listUsers(db, actor, query);
  return { items: await toUsers(db, rows), total };
}

export async function getUser(db: Db, actor: Actor, id: number): Promise<User> {
  const [user] = await toUsers(db, [await visibleUser(db, actor, id)]);
  if (!user) throw notFound();
  return user;
}

/** A manager grants only what lies within their own reach: their regions, and the whole tree only if they hold it. */
async function assertGrantable(
  db: Executor,
  actor: Actor,
  grant: { regionIds?: number[]; scopeAll?: boolean },
): Promise<void> {
  if (grant.scopeAll && !actor.scopeAll) throw new AppError('SCOPE_EXCEEDED');
  if (grant.regionIds && !(await allInJurisdiction(db, actor, grant.regionIds))) throw new AppError('SCOPE_EXCEEDED');
}

export async function createUser(
  db: Db,
  actor: Actor,
  audit: AuditContext,
  body: CreateUserBody,
): Promise<{ user: User; initialPassword?: string }> {
  if (!body.scopeAll && body.regionIds.length === 0) throw new AppError('JURISDICTION_REQUIRED');
  if (body.password !== undefined) assertStrongPassword(body.password);
  const initialPassword = body.password ?? generatePassword();
  const passwordHash = await hashPassword(initialPassword);
  const id = await db
    .transaction()
    .execute(async (trx) => {
      await assertGrantable(trx, actor, body);
      const userId = await repo.insertUser(trx, {
        ...body,
        passwordHash,
        scopeAll: body.scopeAll ?? false,
        mustChangePassword: true,
      });
      await repo.replaceRoles(trx, userId, body.roles);
      await repo.replaceRegions(trx, userId, body.regionIds);
      const { password: _secret, ...granted } = body;
      await appendAudit(trx, audit, { action: 'user.create', entity: 'user', entityId: userId, summary: granted });
      return userId;
    })
    .catch((error: unknown) => {
      throw violatedConstraint(error, 'unique') === 'app_user_username_uq'
        ? new AppError('USERNAME_TAKEN', { username: body.username })
        : error;
    });
  const user = await getUser(db, actor, id);
  return body.password === undefined ? { user, initialPassword } : { user };
}

function assertNoSelfLockout(actor: Actor, id: number, body: UpdateUserBody): void {
  if (id !== actor.userId) return;
  const dropsAdmin =
    body.roles !== undefined && actor.roles.includes('administrator') && !body.roles.includes('administrator');
  if (body.disabled === true || dropsAdmin) throw new AppError('SELF_LOCKOUT');
}

export async function updateUser(
  db: Db,
  actor: Actor,
  audit: AuditContext,
  id: number,
  body: UpdateUserBody,
): Promise<User> {
  assertNoSelfLockout(actor, id, body);
  if (body.scopeAll === false && body.regionIds?.length === 0) throw new AppError('JURISDICTION_REQUIRED');
  await db.transaction().execute(async (trx) => {
    const before = await visibleUser(trx, actor, id);
    await assertGrantable(trx, actor, body);
    await repo.updateUser(trx, id, body);
    if (body.roles) await repo.replaceRoles(trx, id, body.roles);
    if (body.regionIds) await repo.replaceRegions(trx, id, body.regionIds);
    if (body.disabled) await repo.deleteSessionsOf(trx, id);
    const { reason, ...after } = body;
    const was = {
      displayName: before.display_name,
      roles: before.roles,
      regionIds: before.region_ids,
      scopeAll: before.scope_all,
      disabled: before.disabled_at !== null,
    };
    await appendAudit(trx, audit, {
      action: 'user.update',
      entity: 'user',
      entityId: id,
      reason,
      summary: { before: was, after },
    });
  });
  return getUser(db, actor, id);
}

/** Sets a new password (given, or generated and returned once); the user must change it at next sign-in. */
export async function resetPassword(
  db: Db,
  actor: Actor,
  audit: AuditContext,
  id: number,
  body: ResetPasswordBody,
): Promise<{ temporaryPassword?: string }> {
  if (body.password !== undefined) assertStrongPassword(body.password);
  const temporary = body.password ?? generatePassword();
  const passwordHash = await hashPassword(temporary);
  await db.transaction().execute(async (trx) => {
    await visibleUser(trx, actor, id);
    await repo.setPassword(trx, id, passwordHash, true);
    await repo.deleteSessionsOf(trx, id);
    await appendAudit(trx, audit, { action: 'user.password_reset', entity: 'user', entityId: id, reason: body.reason });
  });
  return body.password === undefined ? { temporaryPassword: temporary } : {};
}
