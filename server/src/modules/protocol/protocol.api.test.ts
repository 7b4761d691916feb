import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../../test/world.ts';
import type { ProtocolDocument } from './document.ts';

interface Summary {
  id: number;
  code: string;
  version: number;
  active: boolean;
}

describe('protocols: versioned rule sets, revised by administrators without rewriting the past', () => {
  let world: World;
  const listed = async () => (await world.call('admin', 'GET', '/protocols')).json<Summary[]>();
  const active = async () =>
    (await world.call('office', 'GET', '/protocols/active')).json<Summary & { document: ProtocolDocument }>();

  beforeAll(async () => {
    world = await openWorld(
      { residents: 50, seed: 3 },
      { admin: { roles: ['administrator'] }, office: { roles: ['tracing_staff'] } },
    );
  });
  afterAll(() => world.t.close());

  it('should list the shipped protocols with 第九版 in force', async () => {
    const protocols = await listed();
    expect(protocols.map((p) => `${p.code}.${p.version}`).sort()).toEqual(['twenty.1', 'v8.1', 'v9.1']);
    expect((await active()).code).toBe('v9');
  });

  it('should revise a protocol as its next version in force, keeping the old version as it was', async () => {
    const old = await active();
    const document = structuredClone(old.document);
    document.quarantine.groups.close_contact = {
      centralizedDays: 5,
      homeDays: 3,
      testDays: [1, 2, 3, 5],
      homeTestDays: [3],
    };
    const revised = await world.call('admin', 'PUT', '/protocols/v9', document);
    expect(revised.statusCode).toBe(200);
    expect(revised.json()).toMatchObject({ code: 'v9', version: 2, active: true });
    const kept = (await world.call('office', 'GET', `/protocols/${old.id}`)).json<{
      active: boolean;
      document: ProtocolDocument;
    }>();
    expect(kept.active).toBe(false);
    expect(kept.document.quarantine.groups.close_contact!.centralizedDays).toBe(7);
  });

  it('should keep the other parts when the tracing rules are revised', async () => {
    const before = await active();
    const rules = { ...before.document.tracing, clusterMinCases: 3 };
    expect((await world.call('admin', 'PUT', '/tracing/rules', rules)).statusCode).toBe(200);
    const after = await active();
    expect(after.version).toBe(before.version + 1);
    expect(after.document).toEqual({ ...before.document, tracing: rules });
  });

  it('should refuse a document that is malformed or inconsistent, naming the problem, and change nothing', async () => {
    const before = await active();
    const malformed = await world.call('admin', 'PUT', '/protocols/v9', { ...before.document, passes: undefined });
    expect(malformed.statusCode).toBe(400);
    const document = structuredClone(before.document);
    document.quarantine.groups.close_contact!.testDays = [1, 30];
    const inconsistent = await world.call('admin', 'PUT', '/protocols/v9', document);
    expect(inconsistent.statusCode).toBe(400);
    expect(inconsistent.json<{ detail: string }>().detail).toContain('quarantine.groups.close_contact.testDays: 30');
    expect((await active()).version).toBe(before.version);
  });

  it('should put another shipped protocol in force and back, and only for administrators', async () => {
    const twenty = (await listed()).find((p) => p.code === 'twenty')!;
    expect((await world.call('office', 'POST', `/protocols/${twenty.id}/activate`)).statusCode).toBe(403);
    expect((await world.call('admin', 'POST', `/protocols/${twenty.id}/activate`)).statusCode).toBe(200);
    expect((await active()).code).toBe('twenty');
    expect((await listed()).filter((p) => p.active)).toHaveLength(1);
    expect((await world.call('office', 'PUT', '/protocols/twenty', (await active()).document)).statusCode).toBe(403);
    expect((await world.call('admin', 'GET', '/protocols/999999')).statusCode).toBe(404);
  });

  it('should audit every revision and switch', async () => {
    const { rows } = await world.t.database.pool.query<{ action: string }>(
      `SELECT action FROM audit_log WHERE action LIKE 'protocol.%' ORDER BY id`,
    );
    expect(rows.map((r) => r.action)).toEqual(['protocol.revise', 'protocol.revise', 'protocol.activate']);
  });
});
