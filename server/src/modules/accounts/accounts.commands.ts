import { systemActor } from '../../core/auth/actor.ts';
import { isRole } from '../../core/auth/roles.ts';
import { systemContext } from '../../core/audit/audit.ts';
import type { ModuleCommands } from '../../core/cli.ts';
import { AppError } from '../../core/errors.ts';
import { regionIdsByCodes } from '../regions/regions.service.ts';
import * as repo from './accounts.repository.ts';
import { createUser, resetPassword } from './users.service.ts';

const list = (value: string): string[] =>
  value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

export const accountCommands: ModuleCommands = (program, withDb) => {
  const user = program.command('user').description('manage user accounts / 用户管理');

  user
    .command('create <username>')
    .description('create a user; prints the generated password once')
    .requiredOption('--role <roles>', 'comma-separated roles, e.g. grid_worker,sampler', list)
    .option('--display-name <name>', 'name shown in the interface')
    .option('--region <codes>', 'comma-separated region codes of the jurisdiction', list, [])
    .option('--scope-all', 'jurisdiction over the whole tree')
    .action(
      async (
        username: string,
        options: { role: string[]; displayName?: string; region: string[]; scopeAll?: boolean },
      ) => {
        const bad = options.role.filter((role) => !isRole(role));
        if (bad.length) throw new Error(`unknown role: ${bad.join(', ')}`);
        await withDb(async (db) => {
          const regionIds = await regionIdsByCodes(db, options.region);
          const roles = options.role.filter(isRole);
          const body = {
            username,
            displayName: options.displayName ?? username,
            roles,
            regionIds,
            scopeAll: options.scopeAll ?? false,
          };
          const { user: created, initialPassword } = await createUser(db, systemActor, systemContext, body);
          console.log(`created user ${created.username} (id ${created.id}); temporary password: ${initialPassword}`);
        });
      },
    );

  user
    .command('reset-password <username>')
    .description("set a new temporary password and end the user's sessions")
    .action(async (username: string) => {
      await withDb(async (db) => {
        const found = await repo.findLoginUser(db, username);
        if (!found) throw new AppError('NOT_FOUND');
        const { temporaryPassword } = await resetPassword(db, systemActor, systemContext, found.id, {
          reason: 'CLI reset',
        });
        console.log(`new temporary password for ${found.username}: ${temporaryPassword}`);
      });
    });
};
