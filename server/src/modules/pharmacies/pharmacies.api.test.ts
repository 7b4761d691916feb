import iconv from 'iconv-lite';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDate } from '../../core/time/local-time.ts';
import { type KeyPlaceWorld, openKeyPlaceWorld } from '../checkpoints/keyplaces.test-support.ts';
import { unknownIdNumber } from '../screening/screening.test-support.ts';

interface KeyPersonItem {
  id: number;
  name: string;
  list: { source: string };
  grid: { id: number } | null;
  dueAt: string;
}

describe('pharmacies: the drug-sales register and the buyers followed up in 24 h', () => {
  let w: KeyPlaceWorld;
  const soldAt = new Date(Date.now() - 2 * 3_600_000).toISOString();
  const dueAt = new Date(Date.parse(soldAt) + 24 * 3_600_000).toISOString();

  const sale = (buyer: { name: string; id_number: string }, change: Record<string, unknown> = {}) => ({
    buyerName: buyer.name,
    idNumber: buyer.id_number,
    phone: '13900139000',
    drugName: '布洛芬缓释胶囊',
    category: 'fever',
    quantity: 1,
    soldAt,
    ...change,
  });
  const record = (who: string, pharmacyId: number, sales: object[]) =>
    w.call(who, 'POST', '/pharmacies/sales', { pharmacyId, sales });
  const keyPersons = async (who: string) =>
    (await w.call(who, 'GET', '/screening/key-persons?pageSize=100')).json<{ items: KeyPersonItem[] }>().items;
  const importCsv = (who: string, pharmacyId: number, csv: string) => {
    const boundary = 'fangkong-boundary';
    return w.t.app.inject({
      method: 'POST',
      url: `/api/v1/pharmacies/${pharmacyId}/sales/import`,
      headers: { cookie: w.cookieOf(who), 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: Buffer.concat([
        Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="登记表.csv"\r\n\r\n`),
        iconv.encode(csv, 'gbk'),
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]),
    });
  };

  beforeAll(async () => {
    w = await openKeyPlaceWorld(72, 'pharmacy', { office: { roles: ['supervisor'] } });
    await w.signInMember('staffA', ['liaison'], w.placeA);
    await w.signInAs('workerA', ['grid_worker'], [w.gridA]);
    await w.signInAs('workerB', ['grid_worker'], [w.gridB]);
  });
  afterAll(async () => {
    await w?.t.close();
  });

  it("should make each buyer a key person of the pharmacy's day list, dispatched to the buyer's grid", async () => {
    const [buyerA] = w.inA;
    const [buyerB] = w.inB;
    const stranger = { name: '过路客', id_number: unknownIdNumber(7) };
    const response = await record('staffA', w.placeA, [
      sale(buyerA!),
      sale(buyerB!, { category: 'cough' }),
      sale(stranger),
    ]);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ created: 3, already: 0 });

    const lists = await sql<{ name: string; source: string }>`SELECT name, source FROM screening_list`.execute(w.t.db);
    const day = localDate(new Date(soldAt), w.t.config.timeZone);
    expect(lists.rows).toEqual([{ name: `仁和堂大药房 购药人员 ${day}`, source: 'pharmacy_purchase' }]);
    const stored = await sql<{ due_at: Date }>`SELECT due_at FROM pharmacy_sale`.execute(w.t.db);
    expect(stored.rows.map((r) => r.due_at.toISOString())).toEqual([dueAt, dueAt, dueAt]);

    // Grid A's worker gets the buyer living in grid A, and the stranger waiting at the pharmacy's grid.
    const ofA = await keyPersons('workerA');
    expect(ofA.map((k) => [k.name, k.grid?.id ?? null, k.list.source, k.dueAt]).sort()).toEqual(
      [
        [buyerA!.name, w.gridA, 'pharmacy_purchase', dueAt],
        ['过路客', null, 'pharmacy_purchase', dueAt],
      ].sort(),
    );
    const ofB = await keyPersons('workerB');
    expect(ofB.map((k) => [k.name, k.grid?.id])).toEqual([[buyerB!.name, w.gridB]]);
  });

  it('should store a batch sent again once, and keep one key person for a buyer of two drugs', async () => {
    const [buyerA] = w.inA;
    const again = await record('staffA', w.placeA, [
      sale(buyerA!),
      sale(buyerA!, { drugName: '阿莫西林胶囊', category: 'antibiotic' }),
    ]);
    expect(again.json()).toEqual({ created: 1, already: 1 });
    const keyPersonsOfA = await sql<{ n: number; k: number }>`
      SELECT count(*)::int AS n, count(DISTINCT key_person_id)::int AS k FROM pharmacy_sale
       WHERE id_number = ${buyerA!.id_number}`.execute(w.t.db);
    expect(keyPersonsOfA.rows[0]).toEqual({ n: 2, k: 1 });
    const lists = await sql<{ n: number }>`SELECT count(*)::int AS n FROM pharmacy_day_list`.execute(w.t.db);
    expect(lists.rows[0]?.n).toBe(1);
  });

  it('should refuse a batch with bad rows, naming each, and store nothing of it', async () => {
    const [, second] = w.inA;
    const before = await sql<{ n: number }>`SELECT count(*)::int AS n FROM pharmacy_sale`.execute(w.t.db);
    const response = await record('staffA', w.placeA, [
      sale(second!),
      sale(second!, { idNumber: second!.id_number.slice(0, 17) + (second!.id_number.endsWith('1') ? '2' : '1') }),
      sale(second!, { buyerName: ' ', phone: '12345', drugName: '' }),
    ]);
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([
      { path: 'rows[2].idNumber', message: 'id_checksum' },
      { path: 'rows[3].buyerName', message: 'required' },
      { path: 'rows[3].phone', message: 'invalid' },
      { path: 'rows[3].drugName', message: 'required' },
    ]);
    const after = await sql<{ n: number }>`SELECT count(*)::int AS n FROM pharmacy_sale`.execute(w.t.db);
    expect(after.rows[0]?.n).toBe(before.rows[0]?.n);
  });

  it('should import a GBK register, refusing one with bad rows whole and taking it once fixed', async () => {
    const [, , third, fourth] = w.inA;
    const header = '购药人姓名,身份证号,联系电话,药品名称,药品类别,数量,购药时间';
    const row = (p: { name: string; id_number: string }, category: string, quantity: string) =>
      `${p.name},${p.id_number},13700137000,连花清瘟胶囊,${category},${quantity},2022/4/1 09:30`;
    const bad = [header, row(third!, '止咳', '2'), row(fourth!, '保健品', '0')].join('\r\n');
    const refused = await importCsv('staffA', w.placeA, bad);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors).toEqual([
      { path: 'rows[3].category', message: 'invalid' },
      { path: 'rows[3].quantity', message: 'invalid' },
    ]);
    const good = [header, row(third!, '止咳', '2'), row(fourth!, '抗病毒', '1')].join('\r\n');
    expect((await importCsv('staffA', w.placeA, good)).json()).toEqual({ created: 2, already: 0 });
    expect((await importCsv('staffA', w.placeA, good)).json()).toEqual({ created: 0, already: 2 });
    // The sales of 2022-04-01 are long past due: their follow-ups are overdue at once.
    const list = (await w.call('staffA', 'GET', '/pharmacies/sales?from=2022-04-01&to=2022-04-01')).json();
    expect(
      list.items.map((s: { category: string; followUp: { overdue: boolean } }) => [s.category, s.followUp.overdue]),
    ).toEqual([
      ['antiviral', true],
      ['cough', true],
    ]);
  });

  it('should show the follow-up the grid worker records, with identifiers masked and the full view audited', async () => {
    const [buyerA] = w.inA;
    const mine = (await keyPersons('workerA')).find((k) => k.name === buyerA!.name)!;
    const outcome = await w.call('workerA', 'POST', `/screening/key-persons/${mine.id}/outcome`, {
      status: 'found_tested',
    });
    expect(outcome.statusCode).toBe(200);
    const register = (
      await w.call('office', 'GET', `/pharmacies/sales?pharmacyId=${w.placeA}&q=${buyerA!.id_number}`)
    ).json();
    expect(register.total).toBe(2);
    for (const item of register.items) {
      expect(item.followUp).toMatchObject({ status: 'found_tested', overdue: false, grid: { id: w.gridA } });
      expect(item.idNumber).toBe(`${buyerA!.id_number.slice(0, 3)}***********${buyerA!.id_number.slice(-4)}`);
      expect(item.phone).toBe('139****9000');
    }
    const full = await w.call('workerA', 'GET', `/pharmacies/sales/${register.items[0].id}`);
    expect(full.json().idNumber).toBe(buyerA!.id_number);
    const audits = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM audit_log WHERE action = 'pharmacy.sale.read'`.execute(w.t.db);
    expect(audits.rows[0]?.n).toBe(1);
  });

  it("should let a grid worker record at their grid's pharmacy only, and a pharmacy's staff at their own", async () => {
    const [buyer] = w.inB;
    expect((await record('workerB', w.placeB, [sale(buyer!, { drugName: '右美沙芬' })])).statusCode).toBe(200);
    expect((await record('workerA', w.placeB, [sale(buyer!)])).statusCode).toBe(404);
    expect((await record('staffA', w.placeB, [sale(buyer!)])).statusCode).toBe(404);
    expect((await record('office', w.placeA, [sale(buyer!)])).statusCode).toBe(403);
    const ofStaff = (await w.call('staffA', 'GET', '/pharmacies/sales')).json();
    expect(new Set(ofStaff.items.map((s: { pharmacy: { id: number } }) => s.pharmacy.id))).toEqual(new Set([w.placeA]));
    const places = (await w.call('staffA', 'GET', '/pharmacies')).json();
    expect(places.find((p: { id: number }) => p.id === w.placeA)?.canRecord).toBe(true);
    expect(places.some((p: { id: number }) => p.id === w.placeB)).toBe(false);
  });
});
