import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../../test/world.ts';

interface Person {
  id: number;
  id_number: string;
  name: string;
  household_id: number | null;
}

describe('an investigation: trajectory, contacts by hand and from suggestions, never a duplicate', () => {
  let world: World;
  let caseId: number;
  let caseOf: Person;
  let housemates: Person[];
  let others: Person[];
  const place = async () =>
    (await world.t.db.selectFrom('place').select('id').where('type', '=', 'market').executeTakeFirstOrThrow()).id;
  const ago = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();

  beforeAll(async () => {
    world = await openWorld({ residents: 2_000, seed: 22 }, { office: { roles: ['tracing_staff'], scopeAll: true } });
    const { rows } = await sql<{ household_id: number }>`
      SELECT household_id FROM resident WHERE household_id IS NOT NULL
       GROUP BY household_id HAVING count(*) >= 3 ORDER BY household_id LIMIT 1`.execute(world.t.db);
    const household = await world.t.db
      .selectFrom('resident')
      .select(['id', 'id_number', 'name', 'household_id'])
      .where('household_id', '=', rows[0]?.household_id ?? 0)
      .orderBy('id')
      .execute();
    [caseOf, ...housemates] = household as [Person, ...Person[]];
    others = await world.t.db
      .selectFrom('resident')
      .select(['id', 'id_number', 'name', 'household_id'])
      .where('household_id', '<>', rows[0]?.household_id ?? 0)
      .orderBy('id')
      .limit(5)
      .execute();
    const created = await world.call('office', 'POST', '/tracing/cases', {
      idNumber: caseOf.id_number,
      name: caseOf.name,
      classification: 'confirmed',
      foundVia: 'mass_testing',
      foundAt: ago(1),
    });
    caseId = created.json().id;
  });
  afterAll(() => world.t.close());

  it('should keep a trajectory in time order and refuse inverted, future and overlapping intervals', async () => {
    const market = await place();
    const add = (body: object) => world.call('office', 'POST', `/tracing/cases/${caseId}/trajectory`, body);
    expect((await add({ placeId: market, from: ago(30), to: ago(29), exposure: '未戴口罩' })).statusCode).toBe(201);
    expect((await add({ address: '幸福小区 3 栋', from: ago(50), to: ago(48) })).statusCode).toBe(201);
    const inverted = await add({ address: '某餐馆', from: ago(10), to: ago(11) });
    expect(inverted.json()).toMatchObject({ code: 'TRAJECTORY_INVALID', detail: expect.stringContaining('结束时间') });
    const overlapping = await add({ address: '某餐馆', from: ago(29.5), to: ago(28) });
    expect(overlapping.json()).toMatchObject({ code: 'TRAJECTORY_INVALID', detail: expect.stringContaining('重叠') });
    const future = await add({
      address: '某餐馆',
      from: new Date(Date.now() + 3_600_000).toISOString(),
      to: new Date(Date.now() + 7_200_000).toISOString(),
    });
    expect(future.statusCode).toBe(422);
    const unknownPlace = await add({ placeId: 987654, from: ago(5), to: ago(4) });
    expect(unknownPlace.statusCode).toBe(404);
    const items = (await world.call('office', 'GET', `/tracing/cases/${caseId}/trajectory`)).json().items;
    expect(
      items.map((e: { address: string | null; place: { id: number } | null }) => e.place?.id ?? e.address),
    ).toEqual(['幸福小区 3 栋', market]);
  });

  it('should add a contact by hand and refuse the same person and source twice, and the case itself', async () => {
    const body = {
      sourceCaseId: caseId,
      idNumber: others[0]?.id_number,
      name: others[0]?.name,
      kind: 'close',
      lastExposureAt: ago(29),
    };
    const first = await world.call('office', 'POST', '/tracing/contacts', body);
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ residentId: others[0]?.id, foundVia: 'investigation', status: 'identified' });
    const again = await world.call('office', 'POST', '/tracing/contacts', { ...body, kind: 'general' });
    expect(again.json()).toMatchObject({
      code: 'CONTACT_DUPLICATE',
      detail: expect.stringContaining(String(first.json().id)),
    });
    const self = await world.call('office', 'POST', '/tracing/contacts', {
      ...body,
      idNumber: caseOf.id_number,
      name: caseOf.name,
    });
    expect(self.json().code).toBe('CONTACT_IS_SOURCE');
    const noSuchCase = await world.call('office', 'POST', '/tracing/contacts', { ...body, sourceCaseId: 987654 });
    expect(noSuchCase.statusCode).toBe(404);
    const secondary = await world.call('office', 'POST', '/tracing/contacts', {
      sourceContactId: first.json().id,
      phone: '13800000000',
      name: '同事甲',
      kind: 'secondary',
      regionId: world.city,
    });
    expect(secondary.json()).toMatchObject({
      kind: 'secondary',
      source: { contactId: first.json().id },
      residentId: null,
    });
    // The same person from two concurrent requests: one contact, one refusal.
    const racing = await Promise.all(
      [0, 1].map(() =>
        world.call('office', 'POST', '/tracing/contacts', {
          ...body,
          idNumber: others[1]?.id_number,
          name: others[1]?.name,
        }),
      ),
    );
    expect(racing.map((r) => r.statusCode).sort()).toEqual([201, 409]);
  });

  it('should move a status only forward, each step with its basis', async () => {
    const list = (await world.call('office', 'GET', `/tracing/contacts?sourceCaseId=${caseId}`)).json();
    const contact = list.items.find((c: { residentId: number }) => c.residentId === others[0]?.id);
    expect(contact.idNumber).toContain('***');
    const step = (status: string, basis = '已送达隔离通知') =>
      world.call('office', 'POST', `/tracing/contacts/${contact.id}/status`, { status, basis });
    const measured = await step('under_measure', '集中隔离 隔离点A');
    expect(measured.json()).toMatchObject({
      status: 'under_measure',
      notifiedAt: expect.any(String),
      measureAt: expect.any(String),
    });
    expect((await step('notified')).json().code).toBe('STATUS_TRANSITION');
    const noBasis = await world.call('office', 'POST', `/tracing/contacts/${contact.id}/status`, {
      status: 'released',
    });
    expect(noBasis.statusCode).toBe(400);
    const released = await step('released', '隔离期满 解除证明');
    expect(released.json().history.map((h: { status: string; basis: string }) => [h.status, h.basis])).toEqual([
      ['identified', 'investigation'],
      ['under_measure', '集中隔离 隔离点A'],
      ['released', '隔离期满 解除证明'],
    ]);
    const golden = (await world.call('office', 'GET', '/tracing/golden24')).json().items;
    expect(golden).toEqual([]); // not reported yet: the clock has not started
  });

  it('should suggest household members with evidence, confirm one as a contact and dismiss another for good', async () => {
    const discovered = await world.call('office', 'POST', `/tracing/cases/${caseId}/discover`);
    expect(discovered.json()).toMatchObject({ found: { household: housemates.length }, stored: housemates.length });
    const open = (await world.call('office', 'GET', `/tracing/cases/${caseId}/suggestions?status=open`)).json().items;
    expect(open.map((s: { residentId: number }) => s.residentId).sort()).toEqual(housemates.map((h) => h.id).sort());
    expect(open[0]).toMatchObject({ via: 'household', evidence: { household: expect.any(String) } });
    const confirmed = await world.call('office', 'POST', `/tracing/suggestions/${open[0].id}/confirm`, {});
    const contact = (await world.call('office', 'GET', `/tracing/contacts/${confirmed.json().contactId}`)).json();
    expect(contact).toMatchObject({ foundVia: 'household', kind: 'close', source: { caseId } });
    expect((await world.call('office', 'POST', `/tracing/suggestions/${open[0].id}/confirm`, {})).statusCode).toBe(409);
    const dismissed = await world.call('office', 'POST', `/tracing/suggestions/${open[1].id}/dismiss`, {
      reason: '案发时在外地',
    });
    expect(dismissed.statusCode).toBe(204);
    // Discovering again neither reopens the dismissed nor suggests the confirmed contact again.
    await world.call('office', 'POST', `/tracing/cases/${caseId}/discover`);
    const after = (await world.call('office', 'GET', `/tracing/cases/${caseId}/suggestions`)).json().items;
    expect(after.filter((s: { status: string }) => s.status !== 'open')).toEqual([
      expect.objectContaining({ id: open[0].id, status: 'confirmed' }),
      expect.objectContaining({ id: open[1].id, status: 'dismissed', dismissReason: '案发时在外地' }),
    ]);
    expect(after).toHaveLength(housemates.length);
  });

  it('should keep an attachment with the case and audit its download', async () => {
    const boundary = 'fk-attachment';
    const payload = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="流调报告.txt"\r\nContent-Type: text/plain\r\n\r\n`,
      ),
      Buffer.from('核心信息：4月30日到访农贸市场'),
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const headers = { cookie: world.cookieOf('office'), 'content-type': `multipart/form-data; boundary=${boundary}` };
    const added = await world.t.app.inject({
      method: 'POST',
      url: `/api/v1/tracing/cases/${caseId}/attachments`,
      headers,
      payload,
    });
    expect(added.json()).toMatchObject({ filename: '流调报告.txt', contentType: 'text/plain' });
    const read = await world.call('office', 'GET', `/tracing/cases/${caseId}/attachments/${added.json().id}`);
    expect(read.body).toBe('核心信息：4月30日到访农贸市场');
  });
});
