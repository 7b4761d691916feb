import type { Actor } from '../../core/auth/actor.ts';
import { actorBySession } from '../../core/auth/actor.ts';
import { assertStrongPassword, decoyHash, hashPassword, verifyPassword } from '../../core/auth/password.ts';
import { hashSecret, newSecret } from '../../core/auth/tokens.ts';
import { type AuditContext, appendAudit } from '../../core/audit/audit.ts';
import type { Config } from '../../core/config.ts';
import type { Db } from '../../core/db/database.ts';
import { AppError } from '../../core/errors.ts';
import { regionRefs } from '../regions/regions.service.ts';
import * as repo from './accounts.repository.ts';
import type { ChangePasswordBody, LoginBody, Me } from './accounts.schema.ts';

export interface ClientInfo {
  ip: string;
  userAgent: string | null;
}

function formatTime(at: Date, timeZone: string): string {
  return at.toLocaleString('sv-SE', { timeZone }).slice(0, 16);
}

/** The signed-in user as the web shell needs it: roles, permissions and named jurisdiction. */
export async function meOf(db: Db, actor: Actor): Promise<Me> {
  return {
    id: actor.userId,
    username: actor.username,
    displayName: actor.displayName,
    roles: actor.roles,
    permissions: [...actor.permissions],
    scopeAll: actor.scopeAll,
    regions: await regionRefs(db, actor.regionIds),
    mustChangePassword: actor.mustChangePassword,
  };
}

/**
 * Checks a password and opens a session. Failures are counted and audited; the answer never says
 * whether the username exists, and a disabled account is only revealed to someone with its password.
 */
export async function login(
  db: Db,
  config: Config,
  body: LoginBody,
  client: ClientInfo,
): Promise<{ secret: string; me: Me }> {
  const context: AuditContext = { actorId: null, actorName: body.username, ip: client.ip };
  const user = await repo.findLoginUser(db, body.username);
  if (!user) {
    await verifyPassword(await decoyHash, body.password);
    await appendAudit(db, context, {
      action: 'auth.login_failed',
      entity: 'user',
      summary: { reason: 'unknown user' },
    });
    throw new AppError('INVALID_CREDENTIALS');
  }
  const userContext = { ...context, actorId: user.id, actorName: user.username };
  if (user.locked_until && user.locked_until > new Date()) {
    throw new AppError('ACCOUNT_LOCKED', { until: formatTime(user.locked_until, config.timeZone) });
  }
  if (!(await verifyPassword(user.password_hash, body.password))) {
    const lockedUntil = await db.transaction().execute(async (trx) => {
      const until = await repo.registerLoginFailure(trx, user.id, config.loginMaxFailures, config.loginLockMinutes);
      const action = until ? 'auth.locked' : 'auth.login_failed';
      await appendAudit(trx, userContext, {
        action,
        entity: 'user',
        entityId: user.id,
        summary: { reason: 'wrong password' },
      });
      return until;
    });
    if (lockedUntil) throw new AppError('ACCOUNT_LOCKED', { until: formatTime(lockedUntil, config.timeZone) });
    throw new AppError('INVALID_CREDENTIALS');
  }
  if (user.disabled_at) throw new AppError('ACCOUNT_DISABLED');
  const { secret, hash } = newSecret();
  await db.transaction().execute(async (trx) => {
    await repo.registerLoginSuccess(trx, user.id);
    await repo.deleteExpiredSessions(trx); // housekeeping where it is cheap: the index finds them
    await repo.insertSession(trx, { tokenHash: hash, userId: user.id, idleHours: config.sessionIdleHours, ...client });
    await appendAudit(trx, userContext, {
      action: 'auth.login',
      entity: 'user',
      entityId: user.id,
      summary: { userAgent: client.userAgent },
    });
  });
  const actor = await actorBySession(db, hash, config.sessionIdleHours);
  if (!actor) throw new AppError('INTERNAL');
  return { secret, me: await meOf(db, actor) };
}

export async function logout(db: Db, audit: AuditContext, sessionSecret: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await repo.deleteSession(trx, hashSecret(sessionSecret));
    await appendAudit(trx, audit, { action: 'auth.logout', entity: 'user', entityId: audit.actorId });
  });
}

/** Replaces the caller's own password; their other sessions end. */
export async function changeOwnPassword(
  db: Db,
  actor: Actor,
  audit: AuditContext,
  body: ChangePasswordBody,
  sessionSecret: string | undefined,
): Promise<void> {
  if (!(await verifyPassword(await repo.passwordHashOf(db, actor.userId), body.currentPassword))) {
    throw new AppError('PASSWORD_MISMATCH');
  }
  assertStrongPassword(body.newPassword);
  const passwordHash = await hashPassword(body.newPassword);
  await db.transaction().execute(async (trx) => {
    await repo.setPassword(trx, actor.userId, passwordHash, false);
    await repo.deleteSessionsOf(trx, actor.userId, sessionSecret ? hashSecret(sessionSecret) : undefined);
    await appendAudit(trx, audit, { action: 'user.password_change', entity: 'user', entityId: actor.userId });
  });
}
