import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signToken } from '../../../core/keys.ts';
import { addDays, localDate, startOfLocalDay } from '../../../core/time/local-time.ts';
import { maskName } from '../../registry/id-number.ts';
import { sweepChecks } from './checks.jobs.ts';
import { type CheckWorld, openCheckWorld, personOf } from './checks.test-support.ts';

describe('daily health checks: slots, refusals, fever and missed-check alerts, transfer to hospital, self-checks', () => {
  let world: CheckWorld;
  let a: number;
  let b: number;
  let c: number;
  let home: number;
  let yesterday: string;
  const localAt = (day: string, hour: number) =>
    new Date(startOfLocalDay(day, world.timeZone).getTime() + hour * 3_600_000).toISOString();
  const check = (quarantineId: number, at: string, temperature = 36.6, symptoms: string[] = []) => ({
    checkId: randomUUID(),
    quarantineId,
    at,
    temperature,
    symptoms,
  });
  const post = (checks: object[], who = 'staff') => world.call(who, 'POST', '/health-checks', { checks });
  const audits = async (action: string) =>
    (await sql<{ n: number }>`SELECT count(*)::int AS n FROM audit_log WHERE action = ${action}`.execute(world.t.db))
      .rows[0]?.n;
  const alerts = async (query = '') => (await world.call('staff', 'GET', `/quarantine-alerts${query}`)).json();

  beforeAll(async () => {
    world = await openCheckWorld(61);
    yesterday = addDays(localDate(new Date(), world.timeZone), -1);
    const threeDaysAgo = new Date(Date.now() - 3 * 86_400_000);
    [a, b, c] = (await world.quarantine(3, threeDaysAgo)) as [number, number, number];
    [home] = (await world.quarantine(1, threeDaysAgo, { home: true })) as [number];
  });
  afterAll(() => world.t.close());

  it('should store each check in its slot, refuse bad ones with a reason, and audit the batch once', async () => {
    const batch = [
      check(a, localAt(yesterday, 8), 36.6, ['dry_cough']),
      check(a, localAt(yesterday, 15)),
      check(b, localAt(yesterday, 9)),
      check(b, localAt(yesterday, 10)),
      check(c, new Date(Date.now() + 2 * 3_600_000).toISOString()),
      check(c, new Date(Date.now() - 4 * 86_400_000).toISOString()),
      check(c, localAt(yesterday, 8), 44),
      check(999_999, localAt(yesterday, 8)),
    ];
    const before = await audits('healthcheck.record');
    const response = await post(batch);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ stored: 3, duplicates: 0, rejected: 5, alerts: 0 });
    expect(response.json().outcomes.map((o: { status: string; reason?: string }) => o.reason ?? o.status)).toEqual([
      'stored',
      'stored',
      'stored',
      'slot_recorded',
      'in_future',
      'before_start',
      'temperature_out_of_range',
      'not_found',
    ]);
    expect(await audits('healthcheck.record')).toBe((before ?? 0) + 1);

    // The phone sends the same batch again: nothing new, nothing refused twice over, no second audit entry.
    const again = (await post(batch)).json();
    expect(again).toMatchObject({ stored: 0, duplicates: 3, rejected: 5 });
    expect(await audits('healthcheck.record')).toBe((before ?? 0) + 1);
    const { rows } = await sql<{ slot: number; symptoms: string[]; via: string }>`
      SELECT slot, symptoms, via FROM health_check WHERE quarantine_id = ${a} ORDER BY slot`.execute(world.t.db);
    expect(rows).toEqual([
      { slot: 0, symptoms: ['dry_cough'], via: 'staff' },
      { slot: 1, symptoms: [], via: 'staff' },
    ]);
  });

  it('should refuse a batch that is too big or malformed as a whole', async () => {
    const tooMany = Array.from({ length: 501 }, () => check(a, localAt(yesterday, 8)));
    expect((await post(tooMany)).statusCode).toBe(400);
    expect((await post([{ ...check(a, localAt(yesterday, 8)), checkId: 'not-a-uuid' }])).statusCode).toBe(400);
    expect((await post([{ ...check(a, localAt(yesterday, 8)), symptoms: ['hiccups'] }])).statusCode).toBe(400);
  });

  it('should raise a fever alert at once, and only one while it is open', async () => {
    const first = (await post([check(c, localAt(yesterday, 8), 38.5)])).json();
    expect(first).toMatchObject({ stored: 1, alerts: 1 });
    const second = (await post([check(c, localAt(yesterday, 16), 38.9)])).json();
    expect(second).toMatchObject({ stored: 1, alerts: 0 });
    const { items } = await alerts('?kind=fever');
    expect(items).toMatchObject([
      {
        kind: 'fever',
        status: 'open',
        details: { temperature: 38.5 },
        quarantine: { id: c, room: expect.any(String) },
      },
    ]);
  });

  it("should show a site's rooms with each person's slots of the day, filled or missed", async () => {
    const sheet = (
      await world.call('staff', 'GET', `/isolation-sites/${world.siteId}/check-sheet?date=${yesterday}`)
    ).json();
    expect(sheet).toMatchObject({ site: { id: world.siteId }, date: yesterday, currentSlot: null });
    expect(sheet.slots).toHaveLength(2);
    const persons = new Map(
      sheet.rooms.flatMap((r: { persons: { quarantineId: number }[] }) => r.persons.map((p) => [p.quarantineId, p])),
    );
    expect([...persons.keys()].sort()).toEqual([a, b, c].sort());
    expect(persons.get(b)).toMatchObject({
      slots: [
        { slot: 0, check: { temperature: 36.6 }, missed: false },
        { slot: 1, check: null, missed: true },
      ],
    });
    expect(persons.get(c)).toMatchObject({ slots: [{ check: { fever: true } }, { check: { temperature: 38.9 } }] });
    const today = (await world.call('staff', 'GET', `/isolation-sites/${world.siteId}/check-sheet`)).json();
    expect(today.currentSlot).toEqual(expect.any(Number));
  });

  it('should list missed checks at a site or everywhere, and the sweep should raise each one alert once', async () => {
    const missed = async (query: string) =>
      (await world.call('staff', 'GET', `/health-checks/missed?date=${yesterday}${query}`))
        .json()
        .items.map((m: { quarantineId: number; slot: number }) => `${m.quarantineId}/${m.slot}`);
    expect(await missed('')).toEqual(expect.arrayContaining([`${b}/1`, `${home}/0`, `${home}/1`]));
    expect(await missed('')).not.toContain(`${a}/0`);
    expect(await missed(`&siteId=${world.siteId}`)).toEqual([`${b}/1`]);

    const first = await sweepChecks(world.t.db, world.t.config);
    expect(first.missed).toBeGreaterThanOrEqual(3);
    expect((await sweepChecks(world.t.db, world.t.config)).missed).toBe(0);
    const { items } = await alerts('?kind=missed_check');
    expect(items.filter((i: { quarantine: { id: number } }) => i.quarantine.id === home).length).toBeGreaterThanOrEqual(
      2,
    );
  });

  it('should acknowledge an open alert with a note, once', async () => {
    const { items } = await alerts(`?kind=missed_check&siteId=${world.siteId}`);
    const alertId = items[0].id;
    const url = `/quarantine-alerts/${alertId}/acknowledge`;
    expect((await world.call('staff', 'POST', url, { note: '' })).statusCode).toBe(400);
    const done = await world.call('staff', 'POST', url, { note: '已电话联系，补测 36.5℃' });
    expect(done.json()).toMatchObject({ status: 'acknowledged', acknowledged: { note: '已电话联系，补测 36.5℃' } });
    const again = await world.call('staff', 'POST', url, { note: '再次确认' });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('PROPOSAL_STATE');
  });

  it('should send a person with fever to a hospital, ending the quarantine, and only once', async () => {
    const fever = (await alerts('?kind=fever')).items[0];
    const url = `/quarantine-alerts/${fever.id}/transfer`;
    const notHospital = await world.call('staff', 'POST', url, { hospitalId: world.siteId, reason: '发热' });
    expect(notHospital.statusCode).toBe(422);
    expect(notHospital.json().code).toBe('NOT_A_HOSPITAL');
    const before = await audits('quarantine.transfer_to_hospital');
    const sent = await world.call('staff', 'POST', url, { hospitalId: world.hospitalId, reason: '体温 38.9℃，咳嗽' });
    expect(sent.statusCode).toBe(200);
    expect(sent.json()).toMatchObject({
      status: 'transferred',
      quarantine: { id: c, status: 'to_hospital' },
      transfer: { hospital: { id: world.hospitalId }, reason: '体温 38.9℃，咳嗽' },
    });
    const { rows } = await sql<{ status: string; ended: boolean; open_stays: number; transfers: number }>`
      SELECT q.status, q.ended_at IS NOT NULL AS ended,
             (SELECT count(*)::int FROM quarantine_stay s WHERE s.quarantine_id = q.id AND s.until IS NULL) AS open_stays,
             (SELECT count(*)::int FROM hospital_transfer t WHERE t.quarantine_id = q.id AND t.alert_id = ${fever.id})
               AS transfers
        FROM quarantine q WHERE q.id = ${c}`.execute(world.t.db);
    expect(rows[0]).toEqual({ status: 'to_hospital', ended: true, open_stays: 0, transfers: 1 });
    expect(await audits('quarantine.transfer_to_hospital')).toBe((before ?? 0) + 1);

    const again = await world.call('staff', 'POST', url, { hospitalId: world.hospitalId, reason: '再次转运' });
    expect(again.json().code).toBe('PROPOSAL_STATE');
    const late = (await post([check(c, new Date().toISOString())])).json();
    expect(late.outcomes[0]).toMatchObject({ status: 'rejected', reason: 'quarantine_ended' });
  });

  it('should refuse a transfer from a quarantine that has already ended', async () => {
    await sql`UPDATE quarantine SET status = 'ended', ended_at = now(), end_reason = '测试' WHERE id = ${home}`.execute(
      world.t.db,
    );
    const open = (await alerts('?status=open&kind=missed_check')).items.find(
      (i: { quarantine: { id: number } }) => i.quarantine.id === home,
    );
    const refused = await world.call('staff', 'POST', `/quarantine-alerts/${open.id}/transfer`, {
      hospitalId: world.hospitalId,
      reason: '测试',
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('QUARANTINE_ENDED');
  });

  it('should let the person check themselves through a signed link, and nobody through a forged one', async () => {
    const link = (await world.call('staff', 'GET', `/quarantines/${a}/check-link`)).json();
    expect(link.path).toBe(`/check/${link.token}`);
    const page = await world.t.app.inject({ method: 'GET', url: `/api/v1/public/health-checks/${link.token}` });
    expect(page.statusCode).toBe(200);
    const { name } = await personOf(world.t.db, a);
    expect(page.json()).toMatchObject({ active: true, slots: [{ temperature: null }, { temperature: null }] });
    expect(page.json().name).toBe(maskName(name));
    expect(page.json().name).not.toBe(name);

    const send = (token: string) =>
      world.t.app.inject({
        method: 'POST',
        url: `/api/v1/public/health-checks/${token}`,
        payload: { temperature: 36.4, symptoms: ['fatigue'] },
      });
    const sent = await send(link.token);
    expect(sent.statusCode).toBe(200);
    expect(sent.json().slots[sent.json().currentSlot].temperature).toBe(36.4);
    const twice = await send(link.token);
    expect(twice.statusCode).toBe(422);
    expect(twice.json()).toMatchObject({ code: 'HEALTH_CHECK_INVALID', detail: '本时段已登记过体温' });
    const { rows } = await sql<{ via: string }>`
      SELECT via FROM health_check WHERE quarantine_id = ${a} AND day = ${localDate(new Date(), world.timeZone)}::date`.execute(
      world.t.db,
    );
    expect(rows).toEqual([{ via: 'self' }]);

    const forged = `${a}.${'x'.repeat(22)}`;
    expect((await send(forged)).statusCode).toBe(404);
    const otherPurpose = await signToken(world.t.db, 'person', String(a));
    const wrong = await world.t.app.inject({ method: 'GET', url: `/api/v1/public/health-checks/${otherPurpose}` });
    expect(wrong.statusCode).toBe(404);
    const ended = await signToken(world.t.db, 'health-check', String(c));
    expect((await send(ended)).json().code).toBe('QUARANTINE_ENDED');
  });

  it('should keep checks within the jurisdiction and the permission', async () => {
    // A district of its own: neither the site nor any quarantined person lies in it.
    const { rows } = await sql<{ id: number }>`
      INSERT INTO region (parent_id, level_id, code, name) VALUES (${world.city}, 2, 'CHK-OUT', '检查外区')
      RETURNING id`.execute(world.t.db);
    await world.signInAs('outsider', ['isolation_site_staff'], [rows[0]!.id]);
    const outside = (await post([check(b, new Date().toISOString())], 'outsider')).json();
    expect(outside.outcomes[0]).toMatchObject({ status: 'rejected', reason: 'not_found' });
    expect((await world.call('outsider', 'GET', `/isolation-sites/${world.siteId}/check-sheet`)).statusCode).toBe(404);
    expect((await world.call('outsider', 'GET', `/quarantines/${b}/check-link`)).statusCode).toBe(404);
    await world.signInAs('chief', ['commander'], [world.city]);
    expect((await post([check(b, new Date().toISOString())], 'chief')).statusCode).toBe(403);
  });
});
