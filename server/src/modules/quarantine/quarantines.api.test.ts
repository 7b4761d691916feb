import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  centralized,
  openQuarantineWorld,
  protocolId,
  type QuarantineWorld,
  type RoomInfo,
} from './quarantine.test-support.ts';

const allMet = { singleRoom: true, ownBathroom: true, noVulnerableCohabitants: true, caregiverIfNeeded: true };

describe('putting persons under quarantine: plans from the protocol, one quarantine each, rooms never double-booked', () => {
  let world: QuarantineWorld;
  let rooms: Map<string, RoomInfo>;
  const person = (i: number) => world.residents[i]!;
  const room = (number: string) => rooms.get(number)!.id;
  const post = (body: object) => world.call('office', 'POST', '/quarantines', body);

  beforeAll(async () => {
    world = await openQuarantineWorld(62);
    await world.addRooms(world.siteId, { fromFloor: 2, toFloor: 2, roomsPerFloor: 10, kind: 'single', beds: 1 });
    await world.addRooms(world.siteId, { fromFloor: 3, toFloor: 3, roomsPerFloor: 2, kind: 'multi', beds: 2 });
    await world.addRooms(world.otherSiteId, { fromFloor: 1, toFloor: 1, roomsPerFloor: 2, kind: 'single', beds: 1 });
    rooms = await world.rooms(world.siteId);
  });
  afterAll(() => world.t.close());

  it('should plan the quarantine from the protocol in force, with each date and test naming its rule', async () => {
    const created = await post(centralized(person(0).id, room('201'), { startsAt: '2022-06-01T02:00:00Z' }));
    expect(created.statusCode, created.body).toBe(201);
    const rule = (path: string) => ({
      name: '第九版防控方案',
      version: 1,
      rule: `quarantine.groups.close_contact${path}`,
    });
    expect(created.json()).toMatchObject({
      code: `Q-${created.json().id}`,
      residentId: person(0).id,
      mode: 'centralized',
      room: { number: '201', floor: 2 },
      site: { id: world.siteId },
      status: 'active',
      // 第九版: 7 days centralized, then 3 at home.
      centralizedUntil: '2022-06-08T02:00:00.000Z',
      plannedEnd: '2022-06-11T02:00:00.000Z',
      protocol: { name: '第九版防控方案', version: 1 },
      plan: { basis: rule('') },
      stays: [{ mode: 'centralized', room: { number: '201' }, since: '2022-06-01T02:00:00.000Z', until: null }],
    });
    const tests = created
      .json()
      .plan.tests.map((t: { date: string; stage: string; basis: { rule: string } }) => [t.date, t.stage, t.basis.rule]);
    expect(tests).toEqual([
      ['2022-06-01', 'centralized', rule('.testDays').rule],
      ['2022-06-02', 'centralized', rule('.testDays').rule],
      ['2022-06-03', 'centralized', rule('.testDays').rule],
      ['2022-06-05', 'centralized', rule('.testDays').rule],
      ['2022-06-07', 'centralized', rule('.testDays').rule],
      ['2022-06-10', 'home', rule('.homeTestDays').rule],
    ]);
    const { rows } = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM quarantine_test WHERE quarantine_id = ${created.json().id}`.execute(world.t.db);
    expect(rows[0]?.n).toBe(6);
  });

  it('should refuse a person already in quarantine, also when two requests come at once', async () => {
    const again = await post(centralized(person(0).id, room('202')));
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'ALREADY_IN_QUARANTINE', detail: expect.stringMatching(/Q-\d+/) });
    const racing = await Promise.all([
      post(centralized(person(1).id, room('203'))),
      post(centralized(person(1).id, room('204'))),
    ]);
    expect(racing.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    expect(racing.find((r) => r.statusCode === 409)?.json().code).toBe('ALREADY_IN_QUARANTINE');
    rooms = await world.rooms(world.siteId);
    expect([rooms.get('203')?.status, rooms.get('204')?.status].sort()).toEqual(['free', 'occupied']);
  });

  it('should never book a bed twice: a full room, the last bed raced for, a room being cleaned or elsewhere', async () => {
    const full = await post(centralized(person(2).id, room('201')));
    expect(full.json()).toMatchObject({ code: 'ROOM_UNAVAILABLE', detail: expect.stringContaining('201 已满') });
    const racing = await Promise.all([
      post(centralized(person(3).id, room('205'))),
      post(centralized(person(4).id, room('205'))),
    ]);
    expect(racing.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    await world.call('office', 'POST', `/isolation-rooms/${room('206')}/status`, { status: 'cleaning' });
    const cleaning = await post(centralized(person(5).id, room('206')));
    expect(cleaning.json()).toMatchObject({ code: 'ROOM_UNAVAILABLE', detail: expect.stringContaining('清洁') });
    const otherSite = await post(centralized(person(5).id, room('207'), { siteId: world.otherSiteId }));
    expect(otherSite.json()).toMatchObject({ code: 'ROOM_UNAVAILABLE', detail: expect.stringContaining('不属于') });
    const noRoom = await post({ person: { residentId: person(5).id }, group: 'close_contact', mode: 'centralized' });
    expect(noRoom.statusCode).toBe(400);
    // Two beds of a multi room take two persons (a family member joining), the third is refused.
    expect((await post(centralized(person(5).id, room('301')))).statusCode).toBe(201);
    expect((await post(centralized(person(6).id, room('301')))).statusCode).toBe(201);
    expect((await post(centralized(person(7).id, room('301')))).json().code).toBe('ROOM_UNAVAILABLE');
  });

  it('should quarantine at home only when every home condition holds, naming those that fail', async () => {
    const body = { person: { residentId: person(8).id }, group: 'close_contact', mode: 'home' };
    const unmet = await post({ ...body, homeConditions: { ...allMet, ownBathroom: false, caregiverIfNeeded: false } });
    expect(unmet.statusCode).toBe(422);
    expect(unmet.json()).toMatchObject({
      code: 'HOME_CONDITIONS_UNMET',
      detail: '居家隔离条件未满足：独立卫生间、需要时有照护人',
    });
    expect((await post(body)).json().code).toBe('HOME_CONDITIONS_UNMET');
    const home = await post({ ...body, homeConditions: allMet, startsAt: '2022-06-01T02:00:00Z' });
    expect(home.json()).toMatchObject({
      mode: 'home',
      room: null,
      homeConditions: allMet,
      // Both stages at home: no centralized end, the same planned end.
      centralizedUntil: null,
      plannedEnd: '2022-06-11T02:00:00.000Z',
    });
  });

  it('should follow the protocol in force: 二十条 sets no quarantine of secondary contacts and shorter periods', async () => {
    const twenty = await world.call('office', 'POST', `/protocols/${await protocolId(world, 'twenty')}/activate`);
    expect(twenty.statusCode).toBe(200);
    try {
      const secondary = await post({ ...centralized(person(9).id, room('208')), group: 'secondary_contact' });
      expect(secondary.statusCode).toBe(422);
      expect(secondary.json()).toMatchObject({
        code: 'PROTOCOL_GROUP_MISSING',
        detail: expect.stringContaining('密接的密接'),
      });
      const close = await post(centralized(person(9).id, room('208'), { startsAt: '2022-12-01T02:00:00Z' }));
      expect(close.json()).toMatchObject({
        protocol: { name: '二十条优化措施' },
        centralizedUntil: '2022-12-06T02:00:00.000Z',
        plannedEnd: '2022-12-09T02:00:00.000Z',
      });
      // A quarantine decided under 第九版 keeps its plan.
      const first = (await world.call('office', 'GET', '/quarantines?status=active&q=' + person(0).id_number)).json();
      const earlier = (await world.call('office', 'GET', `/quarantines/${first.items[0].id}`)).json();
      expect(earlier.plan).toMatchObject({
        plannedEnd: '2022-06-11T02:00:00.000Z',
        basis: { version: 1, protocol: 'v9' },
      });
    } finally {
      await world.call('office', 'POST', `/protocols/${await protocolId(world, 'v9')}/activate`);
    }
  });

  it('should move a traced contact to "under a measure" with the quarantine as its basis', async () => {
    const [source, contactPerson] = [person(10), person(11)];
    const opened = await world.call('office', 'POST', '/tracing/cases', {
      idNumber: source.id_number,
      name: source.name,
      classification: 'confirmed',
      foundVia: 'mass_testing',
    });
    const contact = await world.call('office', 'POST', '/tracing/contacts', {
      sourceCaseId: opened.json().id,
      idNumber: contactPerson.id_number,
      name: contactPerson.name,
      kind: 'close',
    });
    const created = await post({ ...centralized(0, room('209')), person: { contactId: contact.json().id } });
    expect(created.json()).toMatchObject({ contactId: contact.json().id, residentId: contactPerson.id });
    const after = (await world.call('office', 'GET', `/tracing/contacts/${contact.json().id}`)).json();
    expect(after.status).toBe('under_measure');
    expect(after.history.at(-1).basis).toBe(`quarantine Q-${created.json().id} under 第九版防控方案 v1`);
    // The same person by their resident record is the same person.
    expect((await post(centralized(contactPerson.id, room('210')))).json().code).toBe('ALREADY_IN_QUARANTINE');
  });

  it('should transfer between rooms and home, keeping every stay, and refuse once the quarantine has ended', async () => {
    // Whoever won the last bed of 205 earlier.
    const { rows: inRoom } = await sql<{ id: number }>`
      SELECT id FROM quarantine WHERE room_id = ${room('205')} AND status = 'active'`.execute(world.t.db);
    const id = inRoom[0]!.id;
    const current = (await world.call('office', 'GET', `/quarantines/${id}`)).json();
    const same = await world.call('office', 'POST', `/quarantines/${id}/transfer`, {
      mode: 'centralized',
      roomId: current.room.id,
      reason: '调房',
    });
    expect(same.json().code).toBe('ROOM_UNAVAILABLE');
    const { rows: otherRooms } = await sql<{ id: number }>`
      SELECT id FROM isolation_room WHERE site_id = ${world.otherSiteId} ORDER BY number LIMIT 1`.execute(world.t.db);
    const other = otherRooms[0]!;
    const moved = await world.call('office', 'POST', `/quarantines/${id}/transfer`, {
      mode: 'centralized',
      siteId: world.otherSiteId,
      roomId: other.id,
      reason: '转至第二隔离点',
    });
    expect(moved.json()).toMatchObject({
      site: { id: world.otherSiteId },
      stays: [{ until: expect.any(String) }, { until: null, reason: '转至第二隔离点' }],
    });
    const home = await world.call('office', 'POST', `/quarantines/${id}/transfer`, {
      mode: 'home',
      reason: '集中隔离期满',
    });
    expect(home.json().code).toBe('HOME_CONDITIONS_UNMET');
    const atHome = await world.call('office', 'POST', `/quarantines/${id}/transfer`, {
      mode: 'home',
      homeConditions: allMet,
      reason: '集中隔离期满',
    });
    expect(atHome.json()).toMatchObject({ mode: 'home', room: null, site: null });
    expect(atHome.json().stays).toHaveLength(3);
    const { rows } = await sql<{ status: string }>`SELECT status FROM isolation_room WHERE id = ${other.id}`.execute(
      world.t.db,
    );
    expect(rows[0]?.status).toBe('cleaning');
    // Ended by release (recorded elsewhere): its stay closes and nothing more moves it.
    await sql`UPDATE quarantine SET status = 'released', ended_at = now() WHERE id = ${id}`.execute(world.t.db);
    const ended = await world.call('office', 'POST', `/quarantines/${id}/transfer`, {
      mode: 'centralized',
      roomId: room('210'),
      reason: '再次转移',
    });
    expect(ended.json().code).toBe('QUARANTINE_ENDED');
    const stays = (await world.call('office', 'GET', `/quarantines/${id}`)).json().stays;
    expect(stays.every((s: { until: string | null }) => s.until !== null)).toBe(true);
  });

  it('should list within the jurisdiction with identifiers masked, filter, and audit every full read', async () => {
    const traveller = await post({
      person: { idNumber: 'E98765432', name: '外地旅客', phone: '13800001111', regionId: world.districts[1] },
      group: 'high_risk_area',
      mode: 'home',
      homeConditions: allMet,
    });
    expect(traveller.statusCode, traveller.body).toBe(201);
    await world.signInAs('home', ['isolation_staff'], [world.districts[0]]);
    const mine = (await world.call('home', 'GET', '/quarantines?pageSize=200')).json();
    expect(mine.items.map((q: { name: string }) => q.name)).not.toContain('外地旅客');
    expect(mine.items[0].idNumber).toContain('***');
    expect((await world.call('home', 'GET', `/quarantines/${traveller.json().id}`)).statusCode).toBe(404);
    const theirs = (await world.call('office', 'GET', '/quarantines?group=high_risk_area')).json();
    expect(theirs.items).toEqual([expect.objectContaining({ name: '外地旅客', phone: '138****1111' })]);
    const atSite = (await world.call('office', 'GET', `/quarantines?siteId=${world.siteId}&mode=centralized`)).json();
    expect(atSite.items.every((q: { site: { id: number } }) => q.site.id === world.siteId)).toBe(true);
    const endingBy = (day: string) => world.call('office', 'GET', `/quarantines?endsBy=${day}&pageSize=200`);
    const names = async (day: string) => (await endingBy(day)).json().items.map((q: { name: string }) => q.name);
    expect(await names('2022-06-11')).toContain(person(0).name);
    expect(await names('2022-06-10')).not.toContain(person(0).name);
    const { rows } = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM audit_log WHERE action = 'quarantine.read' AND entity_id = ${String(traveller.json().id)}`.execute(
      world.t.db,
    );
    expect(rows[0]?.n).toBe(1);
  });
});
