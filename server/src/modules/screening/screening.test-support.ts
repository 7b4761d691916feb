import iconv from 'iconv-lite';
import type { LightMyRequestResponse } from 'fastify';
import { openWorld, type World } from '../../../test/world.ts';
import { checkCharacter } from '../registry/id-number.ts';

export interface Person {
  id: number;
  id_number: string;
  name: string;
  grid_id: number;
}

export interface ScreeningWorld extends World {
  /** Two grids of the demo city, with three of each one's residents. */
  gridA: number;
  gridB: number;
  inA: Person[];
  inB: Person[];
  /** Uploads a CSV, encoded in GBK as office software writes it, to a list as `who`. */
  importCsv: (who: string, listId: number, csv: string) => Promise<LightMyRequestResponse>;
}

/** A valid ID number nobody in the demo city has (born 1990-03-07, sequence `seq`). */
export function unknownIdNumber(seq: number): string {
  const first17 = `110101199003079${String(seq).padStart(2, '0')}`;
  return first17 + checkCharacter(first17);
}

/** A demo city with `office` (tracing staff over the city) signed in, and two grids' residents at hand. */
export async function openScreeningWorld(seed: number): Promise<ScreeningWorld> {
  const world = await openWorld({ residents: 2_000, seed }, { office: { roles: ['tracing_staff'] } });
  const { db } = world.t;
  const grids = await db
    .selectFrom('resident')
    .select('grid_id')
    .groupBy('grid_id')
    .having((eb) => eb.fn.countAll(), '>=', 3)
    .orderBy('grid_id')
    .limit(2)
    .execute();
  const residentsOf = (gridId: number) =>
    db
      .selectFrom('resident')
      .select(['id', 'id_number', 'name', 'grid_id'])
      .where('grid_id', '=', gridId)
      .orderBy('id')
      .limit(3)
      .execute();
  const [gridA, gridB] = grids.map((g) => g.grid_id);
  if (gridA === undefined || gridB === undefined) throw new Error('the demo city has too few grids');
  return {
    ...world,
    gridA,
    gridB,
    inA: await residentsOf(gridA),
    inB: await residentsOf(gridB),
    importCsv: (who, listId, csv) => {
      const boundary = 'fangkong-boundary';
      return world.t.app.inject({
        method: 'POST',
        url: `/api/v1/screening/lists/${listId}/import`,
        headers: { cookie: world.cookieOf(who), 'content-type': `multipart/form-data; boundary=${boundary}` },
        payload: Buffer.concat([
          Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="名单.csv"\r\n\r\n`),
          iconv.encode(csv, 'gbk'),
          Buffer.from(`\r\n--${boundary}--\r\n`),
        ]),
      });
    },
  };
}
