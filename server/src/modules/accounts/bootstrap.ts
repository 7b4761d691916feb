import { generatePassword, hashPassword } from '../../core/auth/password.ts';
import { appendAudit, systemContext } from '../../core/audit/audit.ts';
import type { Db } from '../../core/db/database.ts';
import * as repo from './accounts.repository.ts';

/**
 * On an empty database, creates the administrator `admin` over the whole tree. The password is
 * FANGKONG_ADMIN_PASSWORD, or a random one returned once (and then it must be changed at sign-in).
 */
export async function ensureAdministrator(
  db: Db,
  adminPassword: string | undefined,
): Promise<{ generatedPassword?: string } | null> {
  return db.transaction().execute(async (trx) => {
    if ((await repo.countUsersTotal(trx)) > 0) return null;
    const password = adminPassword ?? generatePassword();
    const id = await repo.insertUser(trx, {
      username: 'admin',
      displayName: '系统管理员',
      passwordHash: await hashPassword(password),
      scopeAll: true,
      mustChangePassword: adminPassword === undefined,
    });
    await repo.replaceRoles(trx, id, ['administrator']);
    await appendAudit(trx, systemContext, {
      action: 'user.create',
      entity: 'user',
      entityId: id,
      summary: { username: 'admin', roles: ['administrator'], scopeAll: true },
    });
    return adminPassword === undefined ? { generatedPassword: password } : {};
  });
}
