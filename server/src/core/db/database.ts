import { Kysely, PostgresDialect, type Transaction } from 'kysely';
import pg from 'pg';
import type { Database } from './tables.ts';

// bigint ids come back as strings by default; ids stay far below 2^53, so parse them to numbers.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));
const INT8_ARRAY = 1016 as Parameters<typeof pg.types.getTypeParser>[0]; // bigint[]: not a named builtin
const parseTextArray = pg.types.getTypeParser(INT8_ARRAY) as (value: string) => string[];
pg.types.setTypeParser(INT8_ARRAY, (value) => parseTextArray(value).map(Number));

export type Db = Kysely<Database>;
export type Trx = Transaction<Database>;
/** Repositories take either the pool-backed instance or an open transaction. */
export type Executor = Db | Trx;

export interface DatabaseHandle {
  db: Db;
  pool: pg.Pool;
  close(): Promise<void>;
}

export function openDatabase(url: string, onError: (e: Error) => void = () => {}): DatabaseHandle {
  const pool = new pg.Pool({
    connectionString: url,
    max: 20,
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
    application_name: 'fangkong',
  });
  // An idle client losing its server (database restart) must not crash the process.
  pool.on('error', onError);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, pool, close: () => db.destroy() };
}
