import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { centralized, openQuarantineWorld, type QuarantineWorld } from './quarantine.test-support.ts';

describe('isolation sites: rooms, their status, occupancy boards and staff', () => {
  let world: QuarantineWorld;

  beforeAll(async () => {
    world = await openQuarantineWorld(61);
  });
  afterAll(() => world.t.close());

  it('should create rooms floor by floor, numbered 301…, and refuse numbers the site already has', async () => {
    await world.addRooms(world.siteId, { fromFloor: 3, toFloor: 4, roomsPerFloor: 5, kind: 'single', beds: 1 });
    const rooms = await world.rooms(world.siteId);
    expect([...rooms.keys()].sort()).toEqual(['301', '302', '303', '304', '305', '401', '402', '403', '404', '405']);
    const again = await world.call('office', 'POST', `/isolation-sites/${world.siteId}/rooms`, {
      fromFloor: 4,
      toFloor: 5,
      roomsPerFloor: 3,
      kind: 'multi',
      beds: 3,
    });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'ROOM_NUMBER_TAKEN', detail: expect.stringContaining('401, 402, 403') });
    expect((await world.rooms(world.siteId)).size).toBe(10);
    const notASite = await world.t.db
      .selectFrom('place')
      .select('id')
      .where('type', '=', 'market')
      .executeTakeFirstOrThrow();
    const market = await world.call('office', 'POST', `/isolation-sites/${notASite.id}/rooms`, {
      fromFloor: 1,
      toFloor: 1,
      roomsPerFloor: 1,
      kind: 'single',
      beds: 1,
    });
    expect(market.statusCode).toBe(404);
  });

  it('should edit a room and refuse a number taken at the site', async () => {
    const room = (await world.rooms(world.siteId)).get('305')!;
    const taken = await world.call('office', 'PATCH', `/isolation-rooms/${room.id}`, { number: '304' });
    expect(taken.json().code).toBe('ROOM_NUMBER_TAKEN');
    const edited = await world.call('office', 'PATCH', `/isolation-rooms/${room.id}`, { kind: 'accessible', beds: 2 });
    expect(edited.json()).toMatchObject({ number: '305', kind: 'accessible', beds: 2, status: 'free', occupants: [] });
  });

  it('should make a room occupied while someone is in it, to be cleaned when the last leaves, then free', async () => {
    const rooms = await world.rooms(world.siteId);
    const [a, b] = [rooms.get('301')!, rooms.get('302')!];
    const person = world.residents[0]!;
    const created = await world.call('office', 'POST', '/quarantines', centralized(person.id, a.id));
    expect(created.statusCode, created.body).toBe(201);
    const board = (await world.call('office', 'GET', `/isolation-sites/${world.siteId}/board`)).json();
    expect(board.floors.map((f: { floor: number }) => f.floor)).toEqual([3, 4]);
    expect(board.floors[0].rooms[0]).toMatchObject({
      number: '301',
      status: 'occupied',
      occupants: [{ quarantineId: created.json().id, name: person.name }],
    });
    expect(board.site.occupancy).toMatchObject({ rooms: 10, beds: 11, occupied: 1, free: 9, persons: 1 });
    const byHand = await world.call('office', 'POST', `/isolation-rooms/${a.id}/status`, { status: 'cleaning' });
    expect(byHand.json()).toMatchObject({ code: 'STATUS_TRANSITION', detail: expect.stringContaining('已入住') });

    const moved = await world.call('office', 'POST', `/quarantines/${created.json().id}/transfer`, {
      mode: 'centralized',
      roomId: b.id,
      reason: '房间维修',
    });
    expect(moved.statusCode, moved.body).toBe(200);
    const after = await world.rooms(world.siteId);
    expect([after.get('301')?.status, after.get('302')?.status]).toEqual(['cleaning', 'occupied']);
    const freed = await world.call('office', 'POST', `/isolation-rooms/${a.id}/status`, { status: 'free' });
    expect(freed.json()).toMatchObject({ status: 'free' });
    const closed = await world.call('office', 'POST', `/isolation-rooms/${a.id}/status`, {
      status: 'out_of_service',
      reason: '空调故障',
    });
    expect(closed.json().status).toBe('out_of_service');
  });

  it('should keep staff by role and count medical staff per 50 isolated persons', async () => {
    await world.signInAs('doctor1', ['isolation_site_staff'], [world.districts[0]]);
    const assigned = await world.call('office', 'PUT', `/isolation-sites/${world.siteId}/staff`, {
      username: 'doctor1',
      role: 'medical',
    });
    expect(assigned.json().items).toEqual([expect.objectContaining({ username: 'doctor1', role: 'medical' })]);
    const unknown = await world.call('office', 'PUT', `/isolation-sites/${world.siteId}/staff`, {
      username: 'nobody',
      role: 'support',
    });
    expect(unknown.statusCode).toBe(404);
    const sites = (await world.call('office', 'GET', '/isolation-sites')).json().items;
    // One doctor for one isolated person: 50 per 50.
    expect(sites.find((s: { id: number }) => s.id === world.siteId)).toMatchObject({
      staff: { manager: 0, medical: 1, support: 0 },
      medicalPer50: 50,
    });
    expect(sites.find((s: { id: number }) => s.id === world.otherSiteId)).toMatchObject({ medicalPer50: null });
    const doctor = (
      await world.t.db.selectFrom('app_user').select('id').where('username', '=', 'doctor1').executeTakeFirstOrThrow()
    ).id;
    const removed = await world.call('office', 'DELETE', `/isolation-sites/${world.siteId}/staff/${doctor}`);
    expect(removed.statusCode).toBe(204);
  });

  it('should sum occupancy for the jurisdiction with rooms per 10,000 residents against the protocol target', async () => {
    const summary = (await world.call('office', 'GET', '/isolation-sites/summary')).json();
    const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM resident`.execute(world.t.db);
    const residents = rows[0]!.n;
    expect(summary).toMatchObject({
      residents,
      occupancy: { rooms: 10, outOfService: 1, occupied: 1, persons: 1 },
      // Nine rooms in service for the city's residents.
      roomsPer10k: Math.round((9 / residents) * 100_000) / 10,
      target: { roomsPer10k: 20, basis: { name: '第九版防控方案', version: 1, rule: 'isolation.roomsPer10k' } },
    });
    const district = summary.regions.find((r: { region: { id: number } }) => r.region.id === world.districts[0]);
    expect(district.occupancy.rooms).toBe(10);
    const other = summary.regions.find((r: { region: { id: number } }) => r.region.id === world.districts[1]);
    expect(other).toMatchObject({ residents: 0, occupancy: { rooms: 0 }, roomsPer10k: null });
  });

  it('should show a site only within the jurisdiction', async () => {
    await world.signInAs('elsewhere', ['isolation_site_staff'], [world.districts[1]]);
    expect((await world.call('elsewhere', 'GET', `/isolation-sites/${world.siteId}/board`)).statusCode).toBe(404);
    expect((await world.call('elsewhere', 'GET', '/isolation-sites')).json().items).toEqual([]);
    const room = (await world.rooms(world.siteId)).get('303')!;
    const status = await world.call('elsewhere', 'POST', `/isolation-rooms/${room.id}/status`, { status: 'cleaning' });
    expect(status.statusCode).toBe(404);
    const summary = (await world.call('elsewhere', 'GET', '/isolation-sites/summary')).json();
    expect(summary.occupancy.rooms).toBe(0);
  });
});
