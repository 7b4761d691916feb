import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDate } from '../../core/time/local-time.ts';
import { type KeyPlaceWorld, openKeyPlaceWorld } from './keyplaces.test-support.ts';

describe('checkpoints: the vehicle and person ledger', () => {
  let w: KeyPlaceWorld;
  let today: string;
  let yesterdayNoon: string;

  /** A car entering checkpoint `checkpointId`, with whatever `change` says differently. */
  const car = (checkpointId: number, change: Record<string, unknown> = {}) => ({
    entryId: randomUUID(),
    checkpointId,
    at: new Date(Date.now() - 60_000).toISOString(),
    direction: 'in',
    plate: '粤B 12345',
    vehicleKind: 'car',
    origin: '深圳市南山区',
    destination: '本市',
    persons: 2,
    healthCode: 'green',
    testProof: 'h48',
    action: 'passed',
    ...change,
  });
  const post = (who: string, entries: object[]) => w.call(who, 'POST', '/checkpoints/entries', { entries });

  beforeAll(async () => {
    w = await openKeyPlaceWorld(71, 'checkpoint', { office: { roles: ['supervisor'] } });
    await w.signInMember('keeperA', ['gatekeeper'], w.placeA);
    await w.signInMember('keeperB', ['gatekeeper'], w.placeB);
    await w.signInAs('tracer', ['tracing_staff'], [w.city]);
    today = localDate(new Date(), w.t.config.timeZone);
    yesterdayNoon = new Date(Date.parse(`${today}T12:00:00+08:00`) - 86_400_000).toISOString();
  });
  afterAll(async () => {
    await w?.t.close();
  });

  it('should store good entries and name the bad ones by row, field and reason', async () => {
    const [resident] = w.inA;
    const good = [
      car(w.placeA, {
        people: [{ name: resident!.name, idNumber: resident!.id_number, phone: '13800138000' }],
      }),
      car(w.placeA, { plate: '粤BD12345', vehicleKind: 'car', direction: 'out', action: 'turned_back' }),
      car(w.placeA, { plate: null, vehicleKind: 'pedestrian', persons: 1, action: 'tested', at: yesterdayNoon }),
    ];
    const bad = [
      car(w.placeA, { plate: '粤12345' }),
      car(w.placeA, { people: [{ name: '王五', idNumber: resident!.id_number.slice(0, 17) + 'Y' }] }),
      car(w.placeA, { plate: '粤B12345', vehicleKind: 'pedestrian' }),
      car(w.placeA, { plate: '', vehicleKind: 'truck' }),
      car(w.placeB),
      car(w.placeA, { at: new Date(Date.now() + 3_600_000).toISOString() }),
    ];
    const response = await post('keeperA', [...good, ...bad]);
    expect(response.statusCode).toBe(200);
    const reply = response.json();
    expect(reply.created).toBe(3);
    expect(reply.rejected).toEqual([
      { row: 4, entryId: bad[0]!.entryId, field: 'plate', reason: 'plate_format' },
      { row: 5, entryId: bad[1]!.entryId, field: 'people[0].idNumber', reason: 'id_format' },
      { row: 6, entryId: bad[2]!.entryId, field: 'plate', reason: 'plate_for_pedestrian' },
      { row: 7, entryId: bad[3]!.entryId, field: 'plate', reason: 'required' },
      { row: 8, entryId: bad[4]!.entryId, field: 'checkpointId', reason: 'checkpoint_unknown' },
      { row: 9, entryId: bad[5]!.entryId, field: 'at', reason: 'in_future' },
    ]);
    expect(reply.outcomes.map((o: { status: string }) => o.status)).toEqual([
      ...['created', 'created', 'created'],
      ...Array(6).fill('rejected'),
    ]);
    const stored = await sql<{ plate: string | null }>`
      SELECT plate FROM checkpoint_entry ORDER BY id`.execute(w.t.db);
    expect(stored.rows.map((r) => r.plate)).toEqual(['粤B12345', '粤BD12345', null]);
  });

  it('should store a batch sent twice only once, and say which entries were there already', async () => {
    const batch = [car(w.placeB, { plate: '浙A88888' }), car(w.placeB, { plate: '浙A99999', direction: 'out' })];
    expect((await post('keeperB', batch)).json()).toMatchObject({ created: 2, duplicates: 0 });
    const again = (await post('keeperB', [...batch, car(w.placeB, { plate: '浙AD12345' })])).json();
    expect(again).toMatchObject({ created: 1, duplicates: 2, rejected: [] });
    expect(again.outcomes.map((o: { status: string }) => o.status)).toEqual(['duplicate', 'duplicate', 'created']);
    const audits = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM audit_log WHERE action = 'checkpoint.entries.record'`.execute(w.t.db);
    expect(audits.rows[0]?.n).toBe(3);
  });

  it('should count per day and checkpoint: in and out, vehicles, persons and actions', async () => {
    const response = await w.call('office', 'GET', `/checkpoints/counts?to=${today}&from=${today}`);
    expect(response.statusCode).toBe(200);
    const days = response.json().days;
    expect(days).toEqual([
      {
        day: today,
        checkpoint: { id: w.placeA, name: '东环卡口' },
        entries: 2,
        in: 1,
        out: 1,
        vehicles: 2,
        persons: 4,
        byAction: { passed: 1, turned_back: 1, quarantined: 0, tested: 0 },
      },
      {
        day: today,
        checkpoint: { id: w.placeB, name: '西环卡口' },
        entries: 3,
        in: 2,
        out: 1,
        vehicles: 3,
        persons: 6,
        byAction: { passed: 3, turned_back: 0, quarantined: 0, tested: 0 },
      },
    ]);
    const twoDays = (
      await w.call(
        'office',
        'GET',
        `/checkpoints/counts?checkpointId=${w.placeA}&from=${yesterdayNoon.slice(0, 10)}&to=${today}`,
      )
    ).json();
    expect(twoDays.days.map((d: { day: string; persons: number }) => [d.day, d.persons])).toEqual([
      [localDate(new Date(yesterdayNoon), w.t.config.timeZone), 1],
      [today, 4],
    ]);
  });

  it('should list entries with ID numbers and phones masked, each keeper seeing only their checkpoint', async () => {
    const list = (
      await w.call('keeperA', 'GET', `/checkpoints/entries?from=${yesterdayNoon.slice(0, 10)}&to=${today}`)
    ).json();
    expect(list.total).toBe(3);
    const [resident] = w.inA;
    const withPeople = list.items.find((e: { people: unknown[] }) => e.people.length > 0);
    expect(withPeople.people).toEqual([
      {
        name: resident!.name,
        idNumber: `${resident!.id_number.slice(0, 3)}***********${resident!.id_number.slice(-4)}`,
        phone: '138****8000',
      },
    ]);
    expect(JSON.stringify(list)).not.toContain(resident!.id_number);
    const ofB = (await w.call('keeperB', 'GET', '/checkpoints/entries')).json();
    expect(ofB.items.map((e: { checkpoint: { id: number } }) => e.checkpoint.id)).toEqual([
      w.placeB,
      w.placeB,
      w.placeB,
    ]);
    const filtered = (await w.call('office', 'GET', '/checkpoints/entries?plate=浙a8&direction=in')).json();
    expect(filtered.items.map((e: { plate: string }) => e.plate)).toEqual(['浙A88888']);
    const places = (await w.call('keeperB', 'GET', '/checkpoints')).json();
    expect(places).toEqual([
      {
        id: w.placeB,
        code: expect.any(String),
        name: '西环卡口',
        grid: { id: w.gridB, name: expect.any(String) },
        canRecord: true,
      },
    ]);
  });

  it('should export the ledger as .xlsx with identifiers masked, and audit the export', async () => {
    const response = await w.t.app.inject({
      method: 'GET',
      url: `/api/v1/checkpoints/entries.xlsx?checkpointId=${w.placeA}&from=${yesterdayNoon.slice(0, 10)}&to=${today}`,
      headers: { cookie: w.cookieOf('office') },
    });
    expect(response.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('卡口登记台账')!;
    expect(sheet.rowCount).toBe(4);
    const cells = sheet.getSheetValues().flat().map(String).join('|');
    expect(cells).toContain('现场采样');
    expect(cells).toContain('138****8000');
    expect(cells).not.toContain(w.inA[0]!.id_number);
    const audit = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM audit_log WHERE action = 'checkpoint.entries.export'`.execute(w.t.db);
    expect(audit.rows[0]?.n).toBe(1);
  });

  it('should refuse recording to whoever lacks checkpoint.record, and show them no checkpoint', async () => {
    expect((await post('tracer', [car(w.placeA)])).statusCode).toBe(403);
    expect((await w.call('tracer', 'GET', '/checkpoints')).json()).toEqual([]);
    expect((await w.call('tracer', 'GET', '/checkpoints/entries')).json().total).toBe(0);
    const supervisor = (await w.call('office', 'GET', '/checkpoints')).json();
    // The supervisor reads every checkpoint of the city (the demo city's own too) and records at none.
    expect(supervisor.map((c: { id: number }) => c.id)).toEqual(expect.arrayContaining([w.placeA, w.placeB]));
    expect(supervisor.every((c: { canRecord: boolean }) => !c.canRecord)).toBe(true);
  });
});
