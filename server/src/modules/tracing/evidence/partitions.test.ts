import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../test/db.ts';
import { openDatabase } from '../../../core/db/database.ts';
import { DAY_MS, dropExpiredPartitions, ensureDayPartitions, utcDayOf } from './partitions.ts';

describe('evidence partitions: a UTC day each, made on demand, dropped after the retention', () => {
  let database: TestDatabase;
  const partitions = async (table: string) =>
    (
      await sql<{ name: string }>`
        SELECT c.relname AS name
          FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
         WHERE i.inhparent = ${table}::regclass ORDER BY 1`.execute(database.db)
    ).rows;

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  it('should make a partition per UTC day with its primary key and indexes, holding that day only', async () => {
    const day = Date.UTC(2022, 4, 1);
    await ensureDayPartitions(database.db, 'location_record', [day, day, day + DAY_MS]);
    expect((await partitions('location_record')).map((p) => p.name)).toEqual([
      'location_record_d20220501',
      'location_record_d20220502',
    ]);
    const { rows: indexes } = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM pg_index WHERE indrelid = 'location_record_d20220501'::regclass`.execute(
      database.db,
    );
    expect(indexes[0]?.n).toBe(2);
    const { rows } = await sql<{ partition: string }>`
      INSERT INTO location_record (phone, seen_at, cell_id)
      VALUES ('13800000000', '2022-05-01T23:59:59.999Z', 1), ('13800000000', '2022-05-02T00:00:00Z', 1)
      RETURNING tableoid::regclass::text AS partition`.execute(database.db);
    expect(rows.map((r) => r.partition)).toEqual(['location_record_d20220501', 'location_record_d20220502']);
  });

  it('should let processes race for the same day, and never wait for a running read of the table', async () => {
    // Two pools are two processes: neither knows what the other made.
    const other = openDatabase(database.url);
    const reader = new pg.Client(database.url);
    await reader.connect();
    try {
      await reader.query('BEGIN');
      await reader.query('SELECT count(*) FROM venue_scan');
      const day = Date.UTC(2022, 5, 1);
      await Promise.all([
        ensureDayPartitions(database.db, 'venue_scan', [day]),
        ensureDayPartitions(other.db, 'venue_scan', [day, day + DAY_MS]),
      ]);
      expect((await partitions('venue_scan')).map((p) => p.name)).toEqual([
        'venue_scan_d20220601',
        'venue_scan_d20220602',
      ]);
    } finally {
      await reader.query('COMMIT');
      await reader.end();
      await other.close();
    }
  });

  it('should drop the days wholly older than the retention, once, with an audit entry, and remake them on demand', async () => {
    const now = new Date();
    const today = utcDayOf(now);
    const ago = (days: number) => utcDayOf(now.getTime() - days * DAY_MS);
    await ensureDayPartitions(database.db, 'venue_scan', [ago(40), ago(29), ago(28), ago(27), today]);
    await sql`INSERT INTO location_cell_day (phone, cell_id, day, minutes)
              SELECT '13800000000', 1, d::date, 10 FROM unnest(${[ago(29), ago(28)].map((d) => new Date(d).toISOString().slice(0, 10))}::text[]) d`.execute(
      database.db,
    );
    const dropped = await dropExpiredPartitions(database.db, 28, now);
    const name = (day: number) => `venue_scan_d${new Date(day).toISOString().slice(0, 10).replaceAll('-', '')}`;
    // The 2022 days of the tests above are long expired too.
    expect(dropped).toEqual(expect.arrayContaining([name(ago(40)), name(ago(29)), 'location_record_d20220501']));
    expect((await partitions('venue_scan')).map((p) => p.name)).toEqual([name(ago(28)), name(ago(27)), name(today)]);
    expect(await dropExpiredPartitions(database.db, 28, now)).toEqual([]);
    const { rows: cellDays } = await sql<{ day: string }>`
      SELECT day::text FROM location_cell_day ORDER BY day`.execute(database.db);
    expect(cellDays.map((r) => r.day)).toEqual([new Date(ago(28)).toISOString().slice(0, 10)]);
    const audit = await database.db
      .selectFrom('audit_log')
      .select('summary')
      .where('action', '=', 'tracing.evidence.retention')
      .execute();
    expect(audit).toHaveLength(1);
    await ensureDayPartitions(database.db, 'venue_scan', [ago(40)]);
    expect((await partitions('venue_scan')).map((p) => p.name)).toContain(name(ago(40)));
  });
});
