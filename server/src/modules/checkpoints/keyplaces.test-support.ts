import { sql } from 'kysely';
import { openWorld, type World } from '../../../test/world.ts';

export interface Person {
  id: number;
  id_number: string;
  name: string;
  grid_id: number;
}

export interface KeyPlaceWorld extends World {
  /** Two grids of the demo city: place A lies in grid A, place B in grid B. */
  gridA: number;
  gridB: number;
  placeA: number;
  placeB: number;
  /** Residents of each grid, in id order. */
  inA: Person[];
  inB: Person[];
  /**
   * Signs `username` in with `roles` as one of the place's own people (place_member); their jurisdiction is
   * `regionId` (every account has one), the place's grid unless said otherwise.
   */
  signInMember: (
    username: string,
    roles: Parameters<World['signInAs']>[1],
    placeId: number,
    regionId?: number,
  ) => Promise<void>;
}

/** A demo city (2,000 residents) with a place of `type` in each of two grids, and the given staff over the city. */
export async function openKeyPlaceWorld(
  seed: number,
  type: 'checkpoint' | 'pharmacy',
  staff: Parameters<typeof openWorld>[1],
): Promise<KeyPlaceWorld> {
  const world = await openWorld({ residents: 2_000, seed }, staff);
  const { db } = world.t;
  const grids = await sql<{ grid_id: number }>`
    SELECT grid_id FROM resident GROUP BY grid_id HAVING count(*) >= 3 ORDER BY grid_id LIMIT 2`.execute(db);
  const [gridA, gridB] = grids.rows.map((g) => g.grid_id);
  if (gridA === undefined || gridB === undefined) throw new Error('the demo city has too few grids');
  const insertPlace = async (gridId: number, name: string) =>
    (
      await sql<{ id: number }>`
        INSERT INTO place (code, type, name, grid_id, path)
        SELECT ${`T-${type}-${name}`}, ${type}, ${name}, id, path FROM region WHERE id = ${gridId}
        RETURNING id`.execute(db)
    ).rows[0]!.id;
  const residentsOf = async (gridId: number) =>
    (
      await sql<Person>`
        SELECT id, id_number, name, grid_id FROM resident WHERE grid_id = ${gridId} ORDER BY id LIMIT 5`.execute(db)
    ).rows;
  const placeA = await insertPlace(gridA, type === 'checkpoint' ? '东环卡口' : '仁和堂大药房');
  const placeB = await insertPlace(gridB, type === 'checkpoint' ? '西环卡口' : '康济大药房');
  const signInMember: KeyPlaceWorld['signInMember'] = async (username, roles, placeId, regionId) => {
    const grid = await sql<{ grid_id: number }>`SELECT grid_id FROM place WHERE id = ${placeId}`.execute(db);
    await world.signInAs(username, roles, [regionId ?? grid.rows[0]!.grid_id]);
    await sql`
      INSERT INTO place_member (place_id, user_id, duty)
      SELECT ${placeId}, id, 'staff' FROM app_user WHERE username = ${username}`.execute(db);
  };
  return {
    ...world,
    gridA,
    gridB,
    placeA,
    placeB,
    inA: await residentsOf(gridA),
    inB: await residentsOf(gridB),
    signInMember,
  };
}
