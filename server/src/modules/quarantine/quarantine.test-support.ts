import { sql } from 'kysely';
import { expect } from 'vitest';
import { openWorld, type World } from '../../../test/world.ts';

export interface Resident {
  id: number;
  id_number: string;
  name: string;
  household_id: number | null;
  grid_id: number;
}

export interface RoomInfo {
  id: number;
  number: string;
  status: string;
}

export interface QuarantineWorld extends World {
  /** The demo city's isolation site and a second one made for the tests, both in district `districts[0]`. */
  siteId: number;
  otherSiteId: number;
  /** Two districts: the sites and the `residents` lie in the first; the second is empty. */
  districts: [number, number];
  residents: Resident[];
  /** Rooms of a site by number. */
  rooms: (siteId: number) => Promise<Map<string, RoomInfo>>;
  addRooms: (siteId: number, body: object) => Promise<void>;
}

/** A demo city with `office` (administrator, whole city), two isolation sites and residents of one district. */
export async function openQuarantineWorld(seed: number): Promise<QuarantineWorld> {
  const world = await openWorld({ residents: 800, seed }, { office: { roles: ['administrator'], scopeAll: true } });
  const db = world.t.db;
  const site = await db
    .selectFrom('place')
    .select(['id', 'grid_id'])
    .where('type', '=', 'isolation_site')
    .executeTakeFirstOrThrow();
  const { rows: levels } = await sql<{ district: number; home: number }>`
    SELECT l.id AS district, d.id AS home FROM region d JOIN region_level l ON l.id = d.level_id
     WHERE l.key = 'district' AND (SELECT path FROM region WHERE id = ${site.grid_id}) <@ d.path`.execute(db);
  const { district, home } = levels[0]!;
  // A small demo city has one district: a second one, empty, lies outside a home-district user's reach.
  const elsewhere = await world.call('office', 'POST', '/regions', {
    parentId: world.city,
    levelId: district,
    name: '测试新区',
  });
  expect(elsewhere.statusCode, elsewhere.body).toBe(201);
  const created = await world.call('office', 'POST', '/places', {
    code: 'QS-TEST-2',
    type: 'isolation_site',
    name: '测试第二隔离酒店',
    regionId: site.grid_id,
  });
  expect(created.statusCode).toBe(201);
  const { rows: residents } = await sql<Resident>`
    SELECT r.id, r.id_number, r.name, r.household_id, r.grid_id FROM resident r
     WHERE r.path <@ (SELECT path FROM region WHERE id = ${home}) ORDER BY r.id`.execute(db);
  const rooms = async (siteId: number) => {
    const { rows } = await sql<RoomInfo>`
      SELECT id, number, status FROM isolation_room WHERE site_id = ${siteId}`.execute(db);
    return new Map(rows.map((r) => [r.number, r]));
  };
  const addRooms = async (siteId: number, body: object) => {
    const response = await world.call('office', 'POST', `/isolation-sites/${siteId}/rooms`, body);
    expect(response.statusCode, response.body).toBe(201);
  };
  return {
    ...world,
    siteId: site.id,
    otherSiteId: created.json<{ place: { id: number } }>().place.id,
    districts: [home, elsewhere.json<{ region: { id: number } }>().region.id],
    residents,
    rooms,
    addRooms,
  };
}

/** A protocol version's id by its code (the first version). */
export async function protocolId(world: World, code: string): Promise<number> {
  const { rows } = await sql<{
    id: number;
  }>`SELECT id FROM protocol WHERE code = ${code} ORDER BY version LIMIT 1`.execute(world.t.db);
  return rows[0]!.id;
}

/** A body putting a resident under centralized quarantine in a room. */
export const centralized = (residentId: number, roomId: number, extra: object = {}) => ({
  person: { residentId },
  group: 'close_contact',
  mode: 'centralized',
  roomId,
  ...extra,
});
