import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CheckWorld, openCheckWorld, personOf, sampleOf } from '../checks/checks.test-support.ts';

describe('release from quarantine: refused while a criterion fails, then certified', () => {
  let world: CheckWorld;
  let due: number;
  const DAY = 86_400_000;
  const release = (id: number) => world.call('staff', 'POST', `/quarantines/${id}/release`);
  const state = async (id: number) => {
    const { rows } = await sql<{ status: string; releases: number; audits: number }>`
      SELECT q.status,
             (SELECT count(*)::int FROM quarantine_release r WHERE r.quarantine_id = q.id) AS releases,
             (SELECT count(*)::int FROM audit_log a WHERE a.action = 'quarantine.release' AND a.entity_id = ${String(id)})
               AS audits
        FROM quarantine q WHERE q.id = ${id}`.execute(world.t.db);
    return rows[0];
  };
  const lastTestDay = async (id: number) =>
    (
      await sql<{ due: string }>`
        SELECT max(due_date)::text AS due FROM quarantine_test WHERE quarantine_id = ${id}`.execute(world.t.db)
    ).rows[0]!.due;

  beforeAll(async () => {
    world = await openCheckWorld(63);
    // 第九版 close contact: 7 days centralized + 3 at home, so a start 11 days ago has passed its planned end.
    [due] = (await world.quarantine(1, new Date(Date.now() - 11 * DAY))) as [number];
  });
  afterAll(() => world.t.close());

  it('should refuse an early release, naming the planned end, and change nothing', async () => {
    const [early] = (await world.quarantine(1, new Date(Date.now() - DAY))) as [number];
    const refused = await release(early);
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'RELEASE_REFUSED', detail: expect.stringContaining('隔离期未满') });
    expect(await state(early)).toEqual({ status: 'active', releases: 0, audits: 0 });
  });

  it('should refuse while the last scheduled test has no negative result', async () => {
    const refused = await release(due);
    expect(refused.json().detail).toMatch(/^最后一次核酸检测（居家第 3 天，\d{4}-\d{2}-\d{2}）尚无阴性结果$/);
    expect(await state(due)).toEqual({ status: 'active', releases: 0, audits: 0 });
  });

  it('should refuse while a fever alert is open, and list the person as due with each criterion', async () => {
    const { residentId } = await personOf(world.t.db, due);
    const lastDay = await lastTestDay(due);
    await sampleOf(world.t.db, residentId, new Date(`${lastDay}T10:00:00+08:00`), 'negative');
    const fever = await world.call('staff', 'POST', '/health-checks', {
      checks: [{ checkId: randomUUID(), quarantineId: due, temperature: 37.8, symptoms: ['fatigue'] }],
    });
    expect(fever.json().alerts).toBe(1);
    const refused = await release(due);
    expect(refused.json().detail).toBe('尚有未处理的发热预警');

    const { items } = (await world.call('staff', 'GET', `/quarantine/release-due?siteId=${world.siteId}`)).json();
    expect(items).toMatchObject([
      {
        quarantineId: due,
        releasable: false,
        criteria: [
          { criterion: 'period', ok: true, basis: { rule: 'quarantine.groups.close_contact' } },
          { criterion: 'last_test', ok: true },
          { criterion: 'alerts', ok: false },
        ],
      },
    ]);
    expect(await state(due)).toEqual({ status: 'active', releases: 0, audits: 0 });
  });

  it('should release once every criterion holds, with a certificate number and an audit entry', async () => {
    const alert = (await world.call('staff', 'GET', '/quarantine-alerts?kind=fever')).json().items[0];
    await world.call('staff', 'POST', `/quarantine-alerts/${alert.id}/acknowledge`, { note: '复测 36.8℃，医生排除' });
    const released = await release(due);
    expect(released.statusCode).toBe(200);
    expect(released.json()).toMatchObject({
      quarantineId: due,
      status: 'released',
      certificateNo: expect.stringMatching(/^JG\d{4}-\d{6}$/),
      basis: [
        { rule: 'quarantine.groups.close_contact', name: '第九版防控方案', version: 1 },
        { rule: 'quarantine.releaseNeedsNegativeLastTest' },
      ],
    });
    expect(released.json().issuingUnit).not.toBe('');
    expect(await state(due)).toEqual({ status: 'released', releases: 1, audits: 1 });
    const again = await release(due);
    expect(again.json().code).toBe('QUARANTINE_ENDED');
  });

  it('should print the certificate in Noto Sans SC, only for a released person', async () => {
    const pdf = await world.t.app.inject({
      method: 'GET',
      url: `/api/v1/quarantines/${due}/certificate.pdf`,
      headers: { cookie: world.cookieOf('staff') },
    });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toContain(encodeURIComponent('解除隔离证明'));
    const bytes = pdf.rawPayload;
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(bytes.toString('latin1')).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansSC/);
    const { rows } = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM audit_log WHERE action = 'quarantine.certificate' AND entity_id = ${String(due)}`.execute(
      world.t.db,
    );
    expect(rows[0]?.n).toBe(1);

    const [active] = (await world.quarantine(1, new Date(Date.now() - DAY))) as [number];
    expect((await world.call('staff', 'GET', `/quarantines/${active}/certificate.pdf`)).statusCode).toBe(404);
  });
});
