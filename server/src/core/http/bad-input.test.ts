import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser, createTestApp, signIn, type TestApp } from '../../../test/app.ts';

describe('bad input gets a problem+json answer and writes nothing', () => {
  let t: TestApp;
  let cookie: string;
  const counts = async () => {
    const { rows } = await sql<{ regions: number; audit: number }>`
      SELECT (SELECT count(*)::int FROM region) AS regions, (SELECT count(*)::int FROM audit_log) AS audit`.execute(
      t.db,
    );
    return rows[0];
  };
  const post = (payload: string, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
    t.app.inject({ method: 'POST', url: '/api/v1/regions', payload, headers: { cookie, ...headers } });

  beforeAll(async () => {
    t = await createTestApp({ bodyLimitBytes: 2048 });
    await buildUser(t.db, { username: 'root', roles: ['administrator'], scopeAll: true });
    cookie = await signIn(t.app, 'root');
  });
  afterAll(() => t.close());

  const cases: [string, string, Record<string, string> | undefined, number, string][] = [
    ['malformed JSON', '{"parentId": null, "levelId": 1, "name": ', undefined, 400, 'MALFORMED_BODY'],
    [
      'a wrong type',
      JSON.stringify({ parentId: null, levelId: '1', name: '株洲市' }),
      undefined,
      400,
      'VALIDATION_FAILED',
    ],
    [
      'an unknown field',
      JSON.stringify({ parentId: null, levelId: 1, name: '株洲市', colour: 'red' }),
      undefined,
      400,
      'VALIDATION_FAILED',
    ],
    ['a missing field', JSON.stringify({ parentId: null, levelId: 1 }), undefined, 400, 'VALIDATION_FAILED'],
    [
      'a body over the limit',
      JSON.stringify({ parentId: null, levelId: 1, name: 'x'.repeat(5000) }),
      undefined,
      413,
      'BODY_TOO_LARGE',
    ],
    [
      'a form instead of JSON',
      'name=x',
      { 'content-type': 'application/x-www-form-urlencoded' },
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    ],
  ];

  it.each(cases)('should reject %s', async (_name, payload, headers, status, code) => {
    const before = await counts();
    const response = await post(payload, headers);
    expect(response.statusCode).toBe(status);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({ status, code });
    expect(await counts()).toEqual(before);
  });

  it('should name the field path of a validation error', async () => {
    const response = await post(JSON.stringify({ parentId: null, levelId: 1, name: '株洲市', colour: 'red' }));
    expect(response.json().errors).toEqual([{ path: 'body.colour', message: '未知字段' }]);
  });

  it('should answer in the language of the request', async () => {
    const body = JSON.stringify({ parentId: null, levelId: 1 });
    const zh = await post(body);
    const en = await post(body, { 'content-type': 'application/json', 'accept-language': 'en-US,en;q=0.9' });
    expect(zh.json()).toMatchObject({ title: '输入有误', detail: 'body.name: 必填' });
    expect(en.json()).toMatchObject({ title: 'Invalid input', detail: 'body.name: is required' });
    const wrongType = await post(JSON.stringify({ parentId: 'x', levelId: 1, name: 'a' }));
    expect(wrongType.json().errors).toEqual([{ path: 'body.parentId', message: '取值不在允许范围内' }]);
  });

  it('should answer unknown API paths with a 404 problem', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/nothing-here', headers: { cookie } });
    expect(response.statusCode).toBe(404);
    expect(response.json().code).toBe('NOT_FOUND');
  });

  it('should publish an OpenAPI 3 document listing the routes', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    const document = response.json();
    expect(document.openapi).toMatch(/^3\./);
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining(['/api/v1/auth/login', '/api/v1/users', '/api/v1/regions/{id}']),
    );
  });
});
