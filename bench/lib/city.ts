import { createReadStream, createWriteStream } from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { systemActor } from '../../server/src/core/auth/actor.ts';
import type { Db } from '../../server/src/core/db/database.ts';
import { recountRegistry } from '../../server/src/modules/registry/counts.recount.ts';
import { generateDemoCity } from '../../server/src/modules/registry/demo/index.ts';
import { regionImport } from '../../server/src/modules/registry/regions.import.ts';

/** The demo city's region tree (seed 7, sized for `residents`), written through the import path. */
export async function loadRegions(db: Db, residents: number): Promise<void> {
  const city = generateDemoCity({ residents, seed: 7 });
  await db.transaction().execute((trx) =>
    regionImport.write(
      trx,
      systemActor,
      city.regions.map((input, i) => ({ row: i + 2, input })),
    ),
  );
}

const csvCell = (value: string): string => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** The demo city's residents as a ledger CSV, written as it is generated (flat memory). */
export async function writeLedger(
  file: string,
  residents: number,
): Promise<{ idNumbers: string[]; phones: string[]; names: string[] }> {
  const sample = { idNumbers: [] as string[], phones: [] as string[], names: [] as string[] };
  const rows = generateDemoCity({ residents, seed: 7 }).residents();
  async function* lines() {
    yield '姓名,身份证号,联系电话,网格编码,住址,特殊人群\n';
    let chunk = '';
    let i = 0;
    for (const r of rows) {
      // Keep every 997th resident as a search target (a fixed, spread-out sample).
      if (i++ % 997 === 0) {
        sample.idNumbers.push(r.idNumber);
        sample.names.push(r.name.slice(0, 2));
        if (r.phone) sample.phones.push(r.phone);
      }
      chunk +=
        [r.name, r.idNumber, r.phone ?? '', r.gridCode, r.householdAddress, r.tags.join('、')].map(csvCell).join(',') +
        '\n';
      if (chunk.length > 1 << 20) {
        yield chunk;
        chunk = '';
      }
    }
    yield chunk;
  }
  await pipeline(lines, createWriteStream(file));
  return sample;
}

const timed = async (work: () => Promise<unknown>): Promise<number> => {
  const started = performance.now();
  await work();
  return (performance.now() - started) / 1000;
};

/**
 * The ledger file straight into PostgreSQL: COPY into an unlogged table (timed: the raw COPY rate), then
 * two set-based statements into the indexed household and resident tables (timed: what the database alone
 * does, without parsing or checks). The registry's live counts are not touched.
 */
export async function loadLedgerSetBased(
  client: pg.PoolClient,
  file: string,
): Promise<{ copySeconds: number; insertSeconds: number }> {
  await client.query(
    'CREATE UNLOGGED TABLE ledger_copy (name text, id_number text, phone text, grid_code text, address text, tags text)',
  );
  try {
    const copySeconds = await timed(() =>
      pipeline(createReadStream(file), client.query(copyFrom('COPY ledger_copy FROM STDIN (FORMAT csv, HEADER true)'))),
    );
    await client.query('ANALYZE ledger_copy');
    await client.query('TRUNCATE resident, household CASCADE');
    const insertSeconds = await timed(async () => {
      await client.query(`
        INSERT INTO household (address, grid_id, path)
        SELECT DISTINCT ON (l.address) l.address, r.id, r.path FROM ledger_copy l JOIN region r ON r.code = l.grid_code
         ORDER BY l.address`);
      await client.query(`
        INSERT INTO resident (id_number, name, sex, birth_date, phone, household_id, grid_id, path, tags)
        SELECT l.id_number, l.name, CASE WHEN substr(l.id_number, 17, 1)::int % 2 = 1 THEN 'M' ELSE 'F' END,
               to_date(substr(l.id_number, 7, 8), 'YYYYMMDD'), l.phone, h.id, r.id, r.path,
               coalesce(string_to_array(l.tags, '、'), '{}')
          FROM ledger_copy l JOIN region r ON r.code = l.grid_code JOIN household h ON h.address = l.address`);
    });
    await client.query('ANALYZE resident');
    return { copySeconds, insertSeconds };
  } finally {
    await client.query('DROP TABLE IF EXISTS ledger_copy');
  }
}

/**
 * The demo city of `residents` loaded the fast way (regions through the import, residents by COPY and
 * set-based inserts, counts recounted), with its top region and its first grid.
 */
export async function loadCity(
  database: { db: Db; pool: pg.Pool },
  residents: number,
  dir: string,
): Promise<{ city: { id: number; path: string }; grid: { id: number; path: string } }> {
  await loadRegions(database.db, residents);
  const file = path.join(dir, 'residents.csv');
  await writeLedger(file, residents);
  const client = await database.pool.connect();
  await loadLedgerSetBased(client, file).finally(() => client.release());
  await recountRegistry(database.db);
  const region = database.db.selectFrom('region').select(['id', 'path']);
  const city = await region.where('parent_id', 'is', null).executeTakeFirstOrThrow();
  const grid = await region.where('level_id', '=', 5).orderBy('id').limit(1).executeTakeFirstOrThrow();
  return { city, grid };
}
