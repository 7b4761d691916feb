import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRegionTree } from '../../../test/app.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/db.ts';
import { verifyPassword } from '../../core/auth/password.ts';

const cli = path.resolve(import.meta.dirname, '../../../bin/fangkong.js');
const run = promisify(execFile);

describe('fangkong user …', () => {
  let database: TestDatabase;
  const fangkong = (...args: string[]) =>
    run(process.execPath, [cli, ...args], { env: { ...process.env, DATABASE_URL: database.url } });

  beforeAll(async () => {
    database = await createTestDatabase();
    await buildRegionTree(database.db);
  });
  afterAll(() => database.drop());

  it('should explain itself with --help', async () => {
    const { stdout } = await fangkong('user', 'create', '--help');
    expect(stdout).toContain('--role <roles>');
  });

  it('should create a user over region codes and print a working temporary password', async () => {
    const { stdout } = await fangkong(
      'user',
      'create',
      'wangwu',
      '--role',
      'grid_worker,sampler',
      '--region',
      '430203001001-01',
      '--display-name',
      '王五',
    );
    const password = /temporary password: (\S+)/.exec(stdout)?.[1] ?? '';
    const user = await database.db
      .selectFrom('app_user')
      .selectAll()
      .where('username', '=', 'wangwu')
      .executeTakeFirstOrThrow();
    expect(await verifyPassword(user.password_hash, password)).toBe(true);
    expect(user).toMatchObject({ display_name: '王五', must_change_password: true });
    const roles = await database.db
      .selectFrom('user_role')
      .select('role')
      .where('user_id', '=', user.id)
      .orderBy('role')
      .execute();
    expect(roles.map((r) => r.role)).toEqual(['grid_worker', 'sampler']);
  });

  it('should fail with a clear message for an unknown region code', async () => {
    await expect(
      fangkong('user', 'create', 'zhaoliu', '--role', 'grid_worker', '--region', '999999'),
    ).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('unknown region code: 999999'),
    });
  });

  it('should reset a password and audit it as the system', async () => {
    const { stdout } = await fangkong('user', 'reset-password', 'wangwu');
    expect(stdout).toMatch(/new temporary password for wangwu: \S{14}/);
    const audit = await database.db
      .selectFrom('audit_log')
      .select(['actor_name', 'action'])
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(audit).toEqual({ actor_name: 'system', action: 'user.password_reset' });
  });
});
