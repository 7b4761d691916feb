import { generateKeyPairSync, sign } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { passKey, signPass } from './pass-keys.ts';
import { fromBase64Url, parsePassToken, type PassPayload, passToken, toBase64Url } from './pass-token.ts';
import { flagLateHolders } from './passes.jobs.ts';
import { gateScan, type Household, openPassesWorld, type PassesWorld } from './passes.test-support.ts';

const DAY = 86_400_000;
const now = () => Math.floor(Date.now() / 1000);

describe('gate: pass tokens checked online and offline, exits and returns logged, late returns flagged', () => {
  let world: PassesWorld;
  let households: Household[];
  let token: string;
  let payload: PassPayload;

  const issue = async (resident: number | undefined, validFrom?: string) => {
    const response = await world.call('worker', 'POST', '/passes', { residentId: resident, validFrom });
    expect(response.statusCode).toBe(201);
    return response.json<{ pass: { id: number }; token: string }>();
  };
  const verify = async (t: string) => (await world.call('keeper', 'POST', '/gate/verify', { token: t })).json();
  const scans = async (...batch: ReturnType<typeof gateScan>[]) => {
    const response = await world.call('keeper', 'POST', '/gate/scans', { scans: batch });
    expect(response.statusCode).toBe(200);
    return response.json<{
      stored: number;
      duplicates: number;
      refused: number;
      outcomes: { status: string; reason?: string }[];
    }>();
  };
  const outcome = async (scan: ReturnType<typeof gateScan>) => (await scans(scan)).outcomes[0];
  const passRow = async (id: number) =>
    (
      await sql<{ exited_at: Date | null; returned_at: Date | null; late_at: Date | null }>`
      SELECT exited_at, returned_at, late_at FROM pass WHERE id = ${id}`.execute(world.t.db)
    ).rows[0];
  /** A token for the payload signed with the platform's key (a pass the API would not issue, e.g. expired). */
  const platformToken = async (change: Partial<PassPayload>) =>
    signPass(await passKey(world.t.db), { ...payload, ...change });

  beforeAll(async () => {
    world = await openPassesWorld(62);
    households = world.households;
    await world.designate(
      'high',
      households.map((h) => h.id),
    );
    ({ token } = await issue(households[0]?.members[0]));
    payload = parsePassToken(token)!.payload;
  });
  afterAll(() => world.t.close());

  it('should publish the public key to anyone, cacheable, under the kid tokens carry', async () => {
    const response = await world.t.app.inject({ method: 'GET', url: '/api/v1/passes/keys' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toContain('max-age');
    const { kid, publicKey } = response.json();
    expect(kid).toBe(payload.kid);
    expect(fromBase64Url(publicKey)).toHaveLength(32);
  });

  it('should accept a valid pass and show the masked name, area and time out', async () => {
    expect(await verify(token)).toEqual({
      valid: true,
      pass: expect.objectContaining({ id: payload.pid, name: payload.nm, area: payload.area, maxMinutesOut: 120 }),
    });
  });

  it('should call a token forged or altered when its signature does not hold', async () => {
    const stranger = generateKeyPairSync('ed25519').privateKey;
    const [head, body] = token.split('.');
    const strangerSigned = `${head}.${body}.${toBase64Url(sign(null, Buffer.from(`${head}.${body}`), stranger))}`;
    expect(await verify(strangerSigned)).toEqual({ valid: false, reason: 'forged' });
    // Two hours out become ten: the payload changed under the old signature.
    const longer = JSON.stringify({ ...payload, mo: 600 });
    const altered = `${head}.${toBase64Url(new TextEncoder().encode(longer))}.${token.split('.')[2]}`;
    expect(await verify(altered)).toEqual({ valid: false, reason: 'forged' });
    const unknownKid = passToken(
      `${head}.${toBase64Url(new TextEncoder().encode(JSON.stringify({ ...payload, kid: 'AAAAAAAAAAA' })))}`,
      new Uint8Array(64),
    );
    expect(await verify(unknownKid)).toEqual({ valid: false, reason: 'forged' });
  });

  it('should call a token malformed when it is not one (wrong prefix, broken parts, not JSON)', async () => {
    for (const text of [
      'hello',
      token.replace('FKPASS1', 'FKPASS2'),
      `${token}.x`,
      'FKPASS1.e30.AAAA',
      `FKPASS1.bm90IGpzb24.${token.split('.')[2]}`,
    ])
      expect(await verify(text)).toEqual({ valid: false, reason: 'malformed' });
    expect((await world.call('keeper', 'POST', '/gate/verify', { token: '' })).statusCode).toBe(400);
  });

  it('should tell an expired pass and one not yet valid from a valid one', async () => {
    const expired = await platformToken({ vf: now() - 2 * 86_400, vt: now() - 86_400 });
    expect(await verify(expired)).toMatchObject({ valid: false, reason: 'expired', pass: { id: payload.pid } });
    const tomorrow = new Date(Date.now() + DAY).toISOString();
    const later = await issue(households[1]?.members[0], tomorrow);
    expect(await verify(later.token)).toMatchObject({ valid: false, reason: 'not_yet_valid' });
    // Nor can its holder go out before it starts.
    expect(await outcome(gateScan('exit', later.token))).toEqual(
      expect.objectContaining({ status: 'refused', reason: 'not_yet_valid' }),
    );
  });

  it('should log one exit and one return, refusing a second exit, a return without exit and a reuse', async () => {
    const audits = async () =>
      Number(
        (await sql<{ n: string }>`SELECT count(*) AS n FROM audit_log WHERE action = 'gate.scans'`.execute(world.t.db))
          .rows[0]?.n,
      );
    const before = await audits();
    const exit = gateScan('exit', token);
    expect(await outcome(exit)).toEqual({ scanId: exit.scanId, status: 'stored' });
    expect((await passRow(payload.pid))?.exited_at).not.toBeNull();
    expect(await outcome(gateScan('exit', token))).toMatchObject({ status: 'refused', reason: 'already_out' });
    const back = await scans(gateScan('return', token), gateScan('return', token, new Date(Date.now() + 1000)));
    expect(back.outcomes.map((o) => o.reason ?? o.status)).toEqual(['stored', 'not_out']);
    expect(await outcome(gateScan('exit', token))).toMatchObject({ status: 'refused', reason: 'already_used' });
    expect(await audits()).toBe(before + 4);
    const fresh = await issue(households[2]?.members[0]);
    expect(await outcome(gateScan('return', fresh.token))).toMatchObject({ status: 'refused', reason: 'not_out' });
    // The refused scans are kept as evidence.
    const kept = await sql<{ outcome: string; reason: string | null }>`
      SELECT outcome, reason FROM gate_scan WHERE pass_id = ${payload.pid} ORDER BY id`.execute(world.t.db);
    expect(kept.rows.map((r) => r.reason ?? r.outcome)).toEqual([
      'stored',
      'already_out',
      'stored',
      'not_out',
      'already_used',
    ]);
  });

  it('should take a batch sent twice once, repeating its refusals', async () => {
    const fresh = await issue(households[3]?.members[0]);
    const batch = [gateScan('exit', fresh.token), gateScan('exit', fresh.token, new Date(Date.now() + 1000))];
    expect((await scans(...batch)).outcomes.map((o) => o.reason ?? o.status)).toEqual(['stored', 'already_out']);
    const again = await scans(...batch);
    expect(again).toMatchObject({ stored: 0, duplicates: 2, refused: 0 });
    expect(again.outcomes).toEqual([
      { scanId: batch[0]?.scanId, status: 'duplicate' },
      { scanId: batch[1]?.scanId, status: 'duplicate', reason: 'already_out' },
    ]);
    const rows = await sql`SELECT 1 FROM gate_scan WHERE pass_id = ${fresh.pass.id}`.execute(world.t.db);
    expect(rows.rows).toHaveLength(2);
  });

  it('should always let a medical emergency through, logging its reason, and nobody else without a pass', async () => {
    const emergency = gateScan('exit', undefined, new Date(), {
      emergency: { reason: '孕妇临产送医', name: '王*', householdId: households[4]?.id },
    });
    const forgedExit = gateScan('exit', 'FKPASS1.e30.AAAA');
    const noPass = gateScan('exit', undefined);
    const fromTheFuture = gateScan('exit', token, new Date(Date.now() + 3_600_000));
    const result = await scans(emergency, forgedExit, noPass, fromTheFuture);
    expect(result.outcomes.map((o) => o.reason ?? o.status)).toEqual(['stored', 'malformed', 'no_pass', 'bad_time']);
    const logged = await sql<{ emergency_reason: string; household_id: number; outcome: string }>`
      SELECT emergency_reason, household_id, outcome FROM gate_scan WHERE scan_id = ${emergency.scanId}::uuid`.execute(
      world.t.db,
    );
    expect(logged.rows[0]).toEqual({
      emergency_reason: '孕妇临产送医',
      household_id: households[4]?.id,
      outcome: 'stored',
    });
    // Even on a revoked pass, and whatever the role of the person at the gate.
    const revokedHolder = await issue(households[4]?.members[0]);
    await world.call('worker', 'POST', `/passes/${revokedHolder.pass.id}/revoke`, { reason: '核酸异常' });
    expect(await outcome(gateScan('exit', revokedHolder.token))).toMatchObject({
      status: 'refused',
      reason: 'revoked',
    });
    expect(
      await outcome(gateScan('exit', revokedHolder.token, new Date(), { emergency: { reason: '急性胸痛' } })),
    ).toMatchObject({ status: 'stored' });
  });

  it('should refuse a revoked pass at once, and hand gates the revocations since their last look', async () => {
    const holder = await issue(households[5]?.members[0]);
    expect(await outcome(gateScan('exit', holder.token))).toMatchObject({ status: 'stored' });
    const before = new Date().toISOString();
    await world.call('worker', 'POST', `/passes/${holder.pass.id}/revoke`, { reason: '转为密接' });
    expect(await verify(holder.token)).toMatchObject({ valid: false, reason: 'revoked' });
    // Revoked while out: the holder is still let back in.
    expect(await outcome(gateScan('return', holder.token))).toMatchObject({ status: 'stored' });
    const list = (await world.call('keeper', 'GET', '/passes/revocations')).json();
    expect(list.items.map((r: { passId: number }) => r.passId)).toContain(holder.pass.id);
    const since = (await world.call('keeper', 'GET', `/passes/revocations?since=${encodeURIComponent(before)}`)).json();
    expect(since.items.map((r: { passId: number }) => r.passId)).toEqual([holder.pass.id]);
    expect(
      (await world.call('keeper', 'GET', `/passes/revocations?since=${encodeURIComponent(list.asOf)}`)).json().items,
    ).toEqual([]);
  });

  it('should flag a late return at the return, and a holder still out by the job', async () => {
    const late = await issue(households[6]?.members[0]);
    const stillOut = await issue(households[7]?.members[0]);
    await outcome(gateScan('exit', stillOut.token));
    await outcome(gateScan('exit', late.token));
    // Three hours pass: past two hours out and fifteen minutes' grace.
    await sql`UPDATE pass SET exited_at = exited_at - interval '3 hours' WHERE id = ${late.pass.id}`.execute(
      world.t.db,
    );
    expect(await outcome(gateScan('return', late.token))).toMatchObject({ status: 'stored' });
    expect((await passRow(late.pass.id))?.late_at).not.toBeNull();
    await sql`UPDATE pass SET exited_at = now() - interval '140 minutes' WHERE id = ${stillOut.pass.id}`.execute(
      world.t.db,
    );
    expect(await flagLateHolders(world.t.db)).toBe(1);
    expect(await flagLateHolders(world.t.db)).toBe(0);
    const flagged = (await world.call('worker', 'GET', '/passes/late')).json().items;
    expect(flagged.map((p: { id: number }) => p.id)).toEqual([stillOut.pass.id, late.pass.id]);
    const nearby = (await world.call('nearby', 'GET', '/passes/late')).json().items;
    // Both households lie in another grid than the nearby worker's.
    expect(nearby).toEqual([]);
    const ack = await world.call('worker', 'POST', `/passes/${late.pass.id}/late/acknowledge`, { note: '已电话联系' });
    expect(ack.json().lateAcknowledgedAt).not.toBeNull();
    expect((await world.call('worker', 'POST', `/passes/${late.pass.id}/late/acknowledge`, {})).json().code).toBe(
      'PROPOSAL_STATE',
    );
    expect((await world.call('worker', 'GET', '/passes/late')).json().items).toHaveLength(1);
  });

  it('should refuse bad batches whole: too many scans, no scan id, a gatekeeper-less caller', async () => {
    const many = Array.from({ length: 501 }, () => gateScan('exit', token));
    expect((await world.call('keeper', 'POST', '/gate/scans', { scans: many })).statusCode).toBe(400);
    const { scanId: _dropped, ...noId } = gateScan('exit', token);
    expect((await world.call('keeper', 'POST', '/gate/scans', { scans: [noId] })).statusCode).toBe(400);
    expect(
      (await world.t.app.inject({ method: 'POST', url: '/api/v1/gate/verify', payload: { token } })).statusCode,
    ).toBe(401);
    await world.signInAs('clerk', ['enterprise_staff'], [world.city]);
    expect((await world.call('clerk', 'POST', '/gate/verify', { token })).statusCode).toBe(403);
  });
});
