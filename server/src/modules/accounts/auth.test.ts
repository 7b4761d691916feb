import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser, createTestApp, signIn, testPassword, type TestApp } from '../../../test/app.ts';

describe('signing in', () => {
  let t: TestApp;
  const login = (username: string, password: string) =>
    t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });
  const me = (headers: Record<string, string>) => t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers });

  beforeAll(async () => {
    t = await createTestApp({ loginMaxFailures: 3, loginLockMinutes: 10 });
    await buildUser(t.db, { username: 'chief', roles: ['administrator'], scopeAll: true });
  });
  afterAll(() => t.close());

  it('should set an HTTP-only SameSite session cookie and store only its hash', async () => {
    const response = await login('chief', testPassword);
    expect(response.statusCode).toBe(200);
    expect(response.json().user).toMatchObject({ username: 'chief', roles: ['administrator'], scopeAll: true });
    const cookie = response.cookies.find((c) => c.name === 'fk_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    const { rows } = await sql<{
      n: number;
    }>`SELECT count(*)::int AS n FROM session WHERE token_hash = ${Buffer.from(cookie?.value ?? '')}`.execute(t.db);
    expect(rows[0]?.n).toBe(0);
  });

  it('should store the password as an argon2id hash', async () => {
    const row = await t.db
      .selectFrom('app_user')
      .select('password_hash')
      .where('username', '=', 'chief')
      .executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
  });

  it('should require authentication', async () => {
    const response = await me({});
    expect(response.statusCode).toBe(401);
    expect(response.json().code).toBe('UNAUTHENTICATED');
  });

  it('should give the same answer for an unknown user and a wrong password', async () => {
    const unknown = await login('nobody', 'whatever-123');
    const wrong = await login('chief', 'wrong-password-1');
    expect([unknown.statusCode, wrong.statusCode]).toEqual([401, 401]);
    expect(unknown.json().detail).toBe(wrong.json().detail);
  });

  it('should lock an account after repeated failures, even for the right password', async () => {
    await buildUser(t.db, { username: 'target', roles: ['grid_worker'], scopeAll: true });
    for (let i = 0; i < 2; i += 1) expect((await login('target', 'bad-guess-123')).statusCode).toBe(401);
    const third = await login('target', 'bad-guess-123');
    expect(third.statusCode).toBe(423);
    expect(third.json().code).toBe('ACCOUNT_LOCKED');
    expect((await login('target', testPassword)).statusCode).toBe(423);
    const audit = await t.db.selectFrom('audit_log').select('action').where('actor_name', '=', 'target').execute();
    expect(audit.map((a) => a.action)).toEqual(['auth.login_failed', 'auth.login_failed', 'auth.locked']);
  });

  it('should end the session at logout', async () => {
    const cookie = await signIn(t.app, 'chief');
    expect((await me({ cookie })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie } })).statusCode).toBe(
      204,
    );
    expect((await me({ cookie })).statusCode).toBe(401);
  });

  it('should refuse a disabled account and end its sessions', async () => {
    const user = await buildUser(t.db, { username: 'leaver', roles: ['sampler'], scopeAll: true });
    const cookie = await signIn(t.app, 'leaver');
    const admin = await signIn(t.app, 'chief');
    const patch = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/users/${user.id}`,
      headers: { cookie: admin },
      payload: { disabled: true, reason: '调离岗位' },
    });
    expect(patch.json().user.disabled).toBe(true);
    expect((await me({ cookie })).statusCode).toBe(401);
    expect((await login('leaver', testPassword)).json().code).toBe('ACCOUNT_DISABLED');
  });

  it('should force a user with a temporary password to set their own first', async () => {
    const admin = await signIn(t.app, 'chief');
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: { cookie: admin },
      payload: { username: 'newbie', displayName: '新人', roles: ['administrator'], regionIds: [], scopeAll: true },
    });
    const initialPassword: string = created.json().initialPassword;
    const cookie = await signIn(t.app, 'newbie', initialPassword);
    expect((await me({ cookie })).json().user.mustChangePassword).toBe(true);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/users', headers: { cookie } })).json().code).toBe(
      'PASSWORD_CHANGE_REQUIRED',
    );
    const weak = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      headers: { cookie },
      payload: { currentPassword: initialPassword, newPassword: 'short' },
    });
    expect(weak.json().code).toBe('PASSWORD_TOO_WEAK');
    const change = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      headers: { cookie },
      payload: { currentPassword: initialPassword, newPassword: 'Brand-new-pass-9' },
    });
    expect(change.statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/users', headers: { cookie } })).statusCode).toBe(200);
  });

  it('should accept an API token as a bearer, shown once, until it is revoked', async () => {
    const device = await buildUser(t.db, { username: 'scanner-01', roles: ['administrator'], scopeAll: true });
    const admin = await signIn(t.app, 'chief');
    const issued = await t.app.inject({
      method: 'POST',
      url: `/api/v1/users/${device.id}/tokens`,
      headers: { cookie: admin },
      payload: { name: '采样终端', expiresInDays: 30 },
    });
    expect(issued.statusCode).toBe(201);
    const { secret, token } = issued.json();
    expect(secret).toMatch(/^fk_/);
    const authorization = `Bearer ${secret}`;
    expect((await me({ authorization })).json().user.username).toBe('scanner-01');
    const listed = await t.app.inject({
      method: 'GET',
      url: `/api/v1/users/${device.id}/tokens`,
      headers: { cookie: admin },
    });
    expect(JSON.stringify(listed.json())).not.toContain(secret);
    await t.app.inject({ method: 'DELETE', url: `/api/v1/tokens/${token.id}`, headers: { cookie: admin } });
    expect((await me({ authorization })).statusCode).toBe(401);
  });
});

describe('sign-in rate limit', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ loginRatePerMinute: 2 });
  });
  afterAll(() => t.close());

  it('should slow down many sign-ins from one address, whatever the accounts', async () => {
    const attempt = (username: string) =>
      t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password: 'spray-123456' } });
    expect((await attempt('a1')).statusCode).toBe(401);
    expect((await attempt('a2')).statusCode).toBe(401);
    const third = await attempt('a3');
    expect(third.statusCode).toBe(429);
    expect(third.json()).toMatchObject({ code: 'RATE_LIMITED', status: 429 });
  });
});
