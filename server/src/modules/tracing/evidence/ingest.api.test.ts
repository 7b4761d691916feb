import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../../../test/world.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe('tracing evidence: venue scans and location records in', () => {
  let world: World;
  let place: { id: number; code: string };
  let people: { id_number: string; name: string }[];
  const scan = (overrides: Record<string, unknown> = {}) => ({
    scanId: randomUUID(),
    placeId: place.id,
    scannedAt: new Date(Date.now() - 2 * HOUR).toISOString(),
    idNumber: people[0]?.id_number,
    name: people[0]?.name,
    phone: '13800001111',
    ...overrides,
  });
  const postScans = (scans: object[], who = 'office') => world.call(who, 'POST', '/tracing/venue-scans', { scans });
  const postLocations = (records: object[]) => world.call('office', 'POST', '/tracing/locations', { records });
  const partitionsOf = async (table: string) =>
    (
      await sql<{ name: string }>`
        SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
         WHERE i.inhparent = ${table}::regclass ORDER BY 1`.execute(world.t.db)
    ).rows.map((r) => r.name);
  const auditCount = async (action: string) =>
    Number(
      (
        await world.t.db
          .selectFrom('audit_log')
          .select((eb) => eb.fn.countAll().as('n'))
          .where('action', '=', action)
          .executeTakeFirstOrThrow()
      ).n,
    );
  const upload = (url: string, filename: string, content: Buffer) => {
    const boundary = 'fangkong-boundary';
    return world.t.app.inject({
      method: 'POST',
      url: `/api/v1${url}`,
      headers: { cookie: world.cookieOf('office'), 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: Buffer.concat([
        Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\n\r\n`),
        content,
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]),
    });
  };
  // A wall-clock time in the platform's zone (Asia/Shanghai), as ledgers write it.
  const wall = (at: number) => new Date(at + 8 * HOUR).toISOString().slice(0, 19).replace('T', ' ');

  beforeAll(async () => {
    world = await openWorld({ residents: 300, seed: 5 }, { office: { roles: ['tracing_staff'] } });
    await world.signInAs('gw', ['grid_worker'], [world.city]);
    place = await world.t.db.selectFrom('place').select(['id', 'code']).orderBy('id').executeTakeFirstOrThrow();
    people = await world.t.db.selectFrom('resident').select(['id_number', 'name']).orderBy('id').limit(5).execute();
  });
  afterAll(() => world.t.close());

  it('should refuse callers without tracing.manage, and batches over 5,000 scans', async () => {
    expect((await postScans([scan()], 'gw')).statusCode).toBe(403);
    const big = Array.from({ length: 5_001 }, () => scan());
    expect((await postScans(big)).statusCode).toBe(400);
  });

  it('should store scans once, make their day partitions on demand, and audit each batch once', async () => {
    const days = [3, 1].map((d) => Date.now() - d * DAY);
    const scans = days.flatMap((at) =>
      people.map((p) => scan({ idNumber: p.id_number, name: p.name, scannedAt: new Date(at).toISOString() })),
    );
    const first = await postScans(scans);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toEqual({ stored: 10, duplicate: 0, rejected: [] });
    const names = days.map((at) => `venue_scan_d${new Date(at).toISOString().slice(0, 10).replaceAll('-', '')}`);
    expect(await partitionsOf('venue_scan')).toEqual(expect.arrayContaining(names));
    // The phone sends the batch again (its answer was lost): nothing new, and no second audit entry.
    expect((await postScans(scans)).json()).toEqual({ stored: 0, duplicate: 10, rejected: [] });
    expect(await auditCount('tracing.venue_scans')).toBe(1);
    const entry = await world.t.db
      .selectFrom('audit_log')
      .select('summary')
      .where('action', '=', 'tracing.venue_scans')
      .executeTakeFirstOrThrow();
    expect(entry.summary).toMatchObject({ stored: 10, duplicate: 0, digest: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });

  it('should reject unknown places, unreadable ID numbers and phones, and impossible times row by row', async () => {
    const response = await postScans([
      scan(),
      scan({ placeId: 999_999_999 }),
      scan({ idNumber: '110105194912310021' }), // wrong check character
      scan({ phone: '12345' }),
      scan({ scannedAt: new Date(Date.now() + HOUR).toISOString() }),
      scan({ scannedAt: new Date(Date.now() - 29 * DAY).toISOString() }),
    ]);
    expect(response.json()).toEqual({
      stored: 1,
      duplicate: 0,
      rejected: [
        { row: 2, field: 'placeId', reason: 'place_unknown' },
        { row: 3, field: 'idNumber', reason: 'id_number_invalid' },
        { row: 4, field: 'phone', reason: 'phone_invalid' },
        { row: 5, field: 'scannedAt', reason: 'time_in_future' },
        { row: 6, field: 'scannedAt', reason: 'time_too_old' },
      ],
    });
    const { rows } = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM venue_scan WHERE place_id = 999999999 OR scanned_at > now()`.execute(world.t.db);
    expect(rows[0]?.n).toBe(0);
  });

  it('should import a GBK venue-scan file by place code, and store nothing twice when it comes again', async () => {
    const at = Date.now() - 5 * HOUR;
    const csv = iconv.encode(
      `场所编码,扫码时间,身份证号,姓名,手机号\r\n` +
        `${place.code},${wall(at)},${people[1]?.id_number},${people[1]?.name},13800002222\r\n` +
        `${place.code},${wall(at + 60_000)},${people[2]?.id_number.toLowerCase()},,\r\n` +
        `NO-SUCH-PLACE,${wall(at)},${people[3]?.id_number},,\r\n` +
        `${place.code},2022-02-30 08:00,${people[3]?.id_number},,\r\n`,
      'gbk',
    );
    const first = await upload('/tracing/venue-scans/import', '扫码记录.csv', csv);
    expect(first.json()).toEqual({
      stored: 2,
      duplicate: 0,
      rejected: [
        { row: 4, field: 'placeCode', reason: 'place_unknown' },
        { row: 5, field: 'scannedAt', reason: 'time_invalid' },
      ],
    });
    const stored = await sql<{ scanned_at: Date; name: string | null }>`
      SELECT scanned_at, name FROM venue_scan WHERE id_number = ${people[1]?.id_number ?? ''}
         AND scanned_at > now() - interval '6 hours'`.execute(world.t.db);
    // The wall-clock time is read in the platform's zone.
    expect(stored.rows).toEqual([{ scanned_at: new Date(Math.floor(at / 1000) * 1000), name: people[1]?.name }]);
    expect((await upload('/tracing/venue-scans/import', '扫码记录.csv', csv)).json()).toMatchObject({
      stored: 0,
      duplicate: 2,
    });
  });

  it('should read scan times from .xlsx date cells in the platform zone', async () => {
    // Excel keeps the wall clock: 2 hours ago in Asia/Shanghai, written as a date cell.
    const at = Math.floor((Date.now() - 2 * HOUR) / 60_000) * 60_000;
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('扫码');
    sheet.addRow(['场所码', '扫码时间', '身份证号']);
    sheet.addRow([place.code, new Date(at + 8 * HOUR), people[4]?.id_number]);
    sheet.getCell('B2').numFmt = 'yyyy-mm-dd hh:mm';
    const file = Buffer.from(await workbook.xlsx.writeBuffer());
    expect((await upload('/tracing/venue-scans/import', '扫码.xlsx', file)).json()).toEqual({
      stored: 1,
      duplicate: 0,
      rejected: [],
    });
    const { rows } = await sql<{ scanned_at: Date }>`
      SELECT scanned_at FROM venue_scan WHERE id_number = ${people[4]?.id_number ?? ''} AND place_id = ${place.id}
         AND scanned_at > now() - interval '3 hours'`.execute(world.t.db);
    expect(rows).toEqual([{ scanned_at: new Date(at) }]);
  });

  it('should floor location records to the resolution, add new cells once, and take a slot once', async () => {
    const slot = Math.floor((Date.now() - 2 * DAY) / 600_000) * 600_000;
    const response = await postLocations([
      { phone: '13900001111', cell: 'CELL-A', seenAt: new Date(slot + 60_000).toISOString() },
      // Same phone, cell and 10-minute slot: the same record.
      { phone: '139 0000 1111', cell: 'CELL-A', seenAt: new Date(slot + 420_000).toISOString() },
      { phone: '13900002222', cell: 'CELL-B', seenAt: new Date(slot).toISOString() },
      { phone: 'not-a-phone', cell: 'CELL-A', seenAt: new Date(slot).toISOString() },
      { phone: '13900002222', cell: 'CELL-B', seenAt: new Date(Date.now() + DAY).toISOString() },
    ]);
    expect(response.json()).toEqual({
      stored: 2,
      duplicate: 1,
      rejected: [
        { row: 4, field: 'phone', reason: 'phone_invalid' },
        { row: 5, field: 'seenAt', reason: 'time_in_future' },
      ],
    });
    const { rows } = await sql<{ phone: string; seen_at: Date; code: string }>`
      SELECT r.phone, r.seen_at, l.code FROM location_record r JOIN location_cell l ON l.id = r.cell_id
       ORDER BY r.phone`.execute(world.t.db);
    expect(rows).toEqual([
      { phone: '13900001111', seen_at: new Date(slot), code: 'CELL-A' },
      { phone: '13900002222', seen_at: new Date(slot), code: 'CELL-B' },
    ]);
    // Each phone's minutes in each cell that day, kept as the records arrive (a duplicate adds nothing).
    const minutes = await sql<{ phone: string; minutes: number }>`
      SELECT phone, minutes FROM location_cell_day ORDER BY phone`.execute(world.t.db);
    expect(minutes.rows).toEqual([
      { phone: '13900001111', minutes: 10 },
      { phone: '13900002222', minutes: 10 },
    ]);
    expect(await partitionsOf('location_record')).toContain(
      `location_record_d${new Date(slot).toISOString().slice(0, 10).replaceAll('-', '')}`,
    );
    expect(await auditCount('tracing.locations')).toBe(1);
  });

  it('should import a carrier location file, new cells and all, idempotently', async () => {
    const at = Date.now() - 3 * HOUR;
    const csv = Buffer.from(
      `手机号,基站/网格编码,时间\n13900003333,CELL-C,${wall(at)}\n13900003333,CELL-A,${wall(at + 600_000)}\n` +
        `13900003333,CELL-A,yesterday\n`,
    );
    expect((await upload('/tracing/locations/import', 'locations.csv', csv)).json()).toEqual({
      stored: 2,
      duplicate: 0,
      rejected: [{ row: 4, field: 'seenAt', reason: 'time_invalid' }],
    });
    expect((await upload('/tracing/locations/import', 'locations.csv', csv)).json()).toMatchObject({
      stored: 0,
      duplicate: 2,
    });
    const missing = await upload('/tracing/locations/import', 'bad.csv', Buffer.from('手机号,时间\n13900003333,x\n'));
    expect(missing.statusCode).toBe(422);
  });
});
