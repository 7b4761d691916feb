import type { LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import { openWorld, type World } from '../../../test/world.ts';

export interface UnitWorld extends World {
  /** Two grids of the demo city: the A units lie in grid A, the B units in grid B. */
  gridA: number;
  gridB: number;
  enterpriseA: number;
  enterpriseB: number;
  schoolA: number;
  schoolB: number;
  /** Signs `username` in with `roles` (liaison by default) over the unit's grid, as one of its people. */
  signInMember: (username: string, placeId: number, roles?: Parameters<World['signInAs']>[1]) => Promise<void>;
  /** Sends a ledger file to an import route (/enterprises/import…) as `who`, as the browser's form does. */
  importLedger: (who: string, path: string, file: Buffer, filename: string) => Promise<LightMyRequestResponse>;
}

/** A small demo city with an enterprise and a school in each of two grids, and the given staff over the city. */
export async function openUnitWorld(seed: number, staff: Parameters<typeof openWorld>[1]): Promise<UnitWorld> {
  const world = await openWorld({ residents: 2_000, seed }, staff);
  const { db } = world.t;
  const grids = await sql<{ id: number }>`
    SELECT r.id FROM region r JOIN region_level l ON l.id = r.level_id WHERE l.key = 'grid'
     ORDER BY r.id LIMIT 2`.execute(db);
  const [gridA, gridB] = grids.rows.map((g) => g.id);
  if (gridA === undefined || gridB === undefined) throw new Error('the demo city has fewer than two grids');
  const insertPlace = async (gridId: number, type: string, name: string) =>
    (
      await sql<{ id: number }>`
        INSERT INTO place (code, type, name, grid_id, path)
        SELECT ${`T-${name}`}, ${type}, ${name}, id, path FROM region WHERE id = ${gridId}
        RETURNING id`.execute(db)
    ).rows[0]!.id;
  const signInMember: UnitWorld['signInMember'] = async (username, placeId, roles = ['liaison']) => {
    const place = await sql<{ grid_id: number }>`SELECT grid_id FROM place WHERE id = ${placeId}`.execute(db);
    await world.signInAs(username, roles, [place.rows[0]!.grid_id]);
    await sql`
      INSERT INTO place_member (place_id, user_id, duty)
      SELECT ${placeId}, id, 'liaison' FROM app_user WHERE username = ${username}`.execute(db);
  };
  const importLedger: UnitWorld['importLedger'] = (who, path, file, filename) => {
    const boundary = 'fk-ledger';
    const payload = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\n\r\n`),
      file,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    return world.t.app.inject({
      method: 'POST',
      url: `/api/v1${path}`,
      headers: { cookie: world.cookieOf(who), 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload,
    });
  };
  return {
    ...world,
    gridA,
    gridB,
    enterpriseA: await insertPlace(gridA, 'enterprise', '华兴电子厂'),
    enterpriseB: await insertPlace(gridB, 'enterprise', '宏达机械'),
    schoolA: await insertPlace(gridA, 'school', '钟鼓岭小学'),
    schoolB: await insertPlace(gridB, 'school', '新塘中学'),
    signInMember,
    importLedger,
  };
}
