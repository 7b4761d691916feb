import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, localDate } from '../../core/time/local-time.ts';
import { escalateOverdueOrders } from './rectification.jobs.ts';
import { openRectificationWorld, type RectificationWorld, unzip } from './rectification.test-support.ts';

// A 1×1 PNG: the smallest photo a phone could send.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
const inHours = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString();

describe('rectification: orders from findings to closing, escalation, the daily board and reports', () => {
  let w: RectificationWorld;
  let answered: { id: number; number: string; displayNumber: string };
  let overdue: { id: number; number: string; displayNumber: string };

  const issue = (body: object, who = 'supervisor') => w.call(who, 'POST', '/rectification/orders', body);
  const order = (id: number, who = 'supervisor') => w.call(who, 'GET', `/rectification/orders/${id}`);
  const board = async () => (await w.call('supervisor', 'GET', '/rectification/board')).json();
  const disposition = async (findingId: number) =>
    (await sql<{ d: string }>`SELECT disposition AS d FROM finding WHERE id = ${findingId}`.execute(w.t.db)).rows[0]?.d;
  const requirement = '立即落实入口测温、扫码、登记，专人值守';

  beforeAll(async () => {
    w = await openRectificationWorld(71);
  });
  afterAll(() => w.t.close());

  it('should issue a numbered order for an open finding, by default to the inspected unit with the severity deadline', async () => {
    const response = await issue({
      findingId: w.findings.open[0],
      responsibleName: '王联络',
      responsiblePhone: '13800138000',
      requirement,
    });
    expect(response.statusCode).toBe(201);
    const body = response.json();
    answered = body;
    expect(body.number).toMatch(/^\d{4}-\d{6}$/);
    expect(body.displayNumber).toMatch(/^交办〔\d{4}〕第\d{4}号$/);
    expect(body).toMatchObject({
      unit: { kind: 'place', id: w.factory, name: '湘江机械厂' },
      severity: 'major',
      status: 'issued',
      responsiblePhone: '13800138000',
      escalatedTo: null,
      finding: { id: w.findings.open[0], description: '厂区入口未落实测温登记' },
      events: [{ kind: 'issued', actor: 'supervisor' }],
      can: { respond: false, verify: false },
    });
    // A major problem: three days.
    expect(Date.parse(body.deadline) - Date.parse(body.issuedAt)).toBe(72 * 3_600_000);
    expect(await disposition(w.findings.open[0])).toBe('ordered');
  });

  it('should refuse a deadline in the past, a finding fixed on the spot and one ordered already, changing nothing', async () => {
    const past = await issue({
      findingId: w.findings.open[1],
      responsibleName: '王联络',
      requirement,
      deadline: inHours(-1),
    });
    expect(past.statusCode).toBe(422);
    expect(past.json()).toMatchObject({ code: 'DEADLINE_INVALID' });
    expect(await disposition(w.findings.open[1])).toBe('open');
    const fixed = await issue({ findingId: w.findings.fixed, responsibleName: '王联络', requirement });
    expect(fixed.statusCode).toBe(409);
    expect(fixed.json().detail).toContain('现场整改');
    const again = await issue({ findingId: w.findings.open[0], responsibleName: '王联络', requirement });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'ORDER_STATE' });
    expect(again.json().detail).toContain(answered.displayNumber);
    const unit = await issue({ findingId: w.findings.open[1], responsibleName: '李', requirement }, 'liaison');
    expect(unit.statusCode).toBe(403);
  });

  it("should let only the unit's own people answer, with photos, and show an order to its unit only", async () => {
    const second = await issue({
      findingId: w.findings.open[1],
      responsibleName: '王联络',
      requirement: '建立宿舍消毒通风台账，每日两次',
      deadline: inHours(1),
    });
    expect(second.statusCode).toBe(201);
    overdue = second.json();
    const outsider = await w.call('otherLiaison', 'POST', `/rectification/orders/${answered.id}/response`, {
      text: '已整改',
    });
    expect(outsider.statusCode).toBe(403);
    expect(outsider.json()).toMatchObject({ code: 'NOT_A_UNIT_MEMBER' });
    expect(outsider.json().detail).toContain('湘江机械厂');
    const text = '已在厂区入口设置测温点，安排两名专人值守并登记';
    const answer = await w.call('liaison', 'POST', `/rectification/orders/${answered.id}/response`, { text });
    expect(answer.statusCode).toBe(200);
    expect(answer.json()).toMatchObject({ status: 'answered', can: { respond: false } });
    const boundary = 'fk-photo';
    const payload = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="p.png"\r\nContent-Type: image/png\r\n\r\n`,
      ),
      PNG,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const photo = await w.t.app.inject({
      method: 'POST',
      url: `/api/v1/rectification/orders/${answered.id}/response/photos`,
      headers: { cookie: w.cookieOf('liaison'), 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload,
    });
    expect(photo.statusCode).toBe(201);
    const detail = (await order(answered.id, 'liaison')).json();
    expect(detail.events.map((e: { kind: string }) => e.kind)).toEqual(['issued', 'answered']);
    expect(detail.events[1]).toMatchObject({ note: text, actor: 'liaison', photos: [{ id: photo.json().id }] });
    const image = await w.call('supervisor', 'GET', `/rectification/orders/${answered.id}/photos/${photo.json().id}`);
    expect(image.rawPayload.equals(PNG)).toBe(true);
    const mine = (await w.call('liaison', 'GET', '/rectification/orders')).json();
    expect(mine.items.map((o: { id: number }) => o.id).sort()).toEqual([answered.id, overdue.id].sort());
    expect(mine.items.find((o: { id: number }) => o.id === answered.id).responsiblePhone).toBe('138****8000');
    expect((await w.call('otherLiaison', 'GET', '/rectification/orders')).json().total).toBe(0);
    expect((await w.call('communityWorker', 'GET', '/rectification/orders')).json().total).toBe(0);
  });

  it('should escalate an order past its deadline once to the community above its grid', async () => {
    // Time moves on: the second order was due a minute ago.
    await sql`
      UPDATE rectification_order SET issued_at = now() - interval '3 hours', deadline = now() - interval '1 minute'
       WHERE id = ${overdue.id}`.execute(w.t.db);
    const escalated = await escalateOverdueOrders(w.t.db);
    expect(escalated.map((o) => [o.id, o.escalated_region_id])).toEqual([[overdue.id, w.community]]);
    expect(await escalateOverdueOrders(w.t.db)).toEqual([]);
    const seen = (await w.call('communityWorker', 'GET', '/rectification/orders')).json();
    expect(seen.items).toMatchObject([{ id: overdue.id, overdue: true, escalatedTo: { id: w.community } }]);
    const detail = (await order(overdue.id)).json();
    expect(detail.events.map((e: { kind: string }) => e.kind)).toEqual(['issued', 'escalated']);
    const filtered = (await w.call('supervisor', 'GET', '/rectification/orders?overdue=true')).json();
    expect(filtered.items.map((o: { id: number }) => o.id)).toEqual([overdue.id]);
  });

  it('should show on the board and in its .xlsx exactly one answered, one overdue and escalated, none closed', async () => {
    const today = await board();
    expect(today.totals).toEqual({ open: 2, overdue: 1, closedToday: 0, uncarried: 2 });
    expect(today.units).toEqual([
      { unit: { kind: 'place', id: w.factory, name: '湘江机械厂' }, open: 2, overdue: 1, closedToday: 0, uncarried: 2 },
    ]);
    expect(today.regions).toHaveLength(1);
    const byId = new Map(today.rows.map((r: { orderId: number }) => [r.orderId, r]));
    expect(byId.get(answered.id)).toMatchObject({ status: 'answered', open: true, overdue: false, escalatedTo: null });
    expect(byId.get(overdue.id)).toMatchObject({ status: 'issued', open: true, overdue: true, closedAt: null });
    expect((byId.get(overdue.id) as { escalatedTo: string }).escalatedTo).toBeTruthy();
    const sheet = await readBoardSheet();
    expect(sheet.map((r) => [r[2], r[10], r[11], r[12] !== ''])).toEqual(
      today.rows.map((r: { displayNumber: string; status: string; overdue: boolean; escalatedTo: string | null }) => [
        r.displayNumber,
        r.status === 'answered' ? '已答复待核验' : '已交办',
        r.overdue ? '是' : '否',
        r.escalatedTo !== null,
      ]),
    );
    expect((await w.call('liaison', 'GET', '/rectification/board')).statusCode).toBe(403);
  });

  it('should close the answered order on verification and count it closed today; a closed order takes no answer', async () => {
    const refused = await w.call('supervisor', 'POST', `/rectification/orders/${overdue.id}/verification`, {
      verdict: 'close',
    });
    expect(refused.json()).toMatchObject({ code: 'ORDER_STATE' });
    const noNote = await w.call('supervisor', 'POST', `/rectification/orders/${answered.id}/verification`, {
      verdict: 'return',
    });
    expect(noNote.statusCode).toBe(400);
    const closed = await w.call('supervisor', 'POST', `/rectification/orders/${answered.id}/verification`, {
      verdict: 'close',
      note: '现场复核，测温登记已落实',
    });
    expect(closed.statusCode).toBe(200);
    expect(closed.json()).toMatchObject({ status: 'closed', closedBy: 'supervisor' });
    const today = await board();
    expect(today.totals).toEqual({ open: 1, overdue: 1, closedToday: 1, uncarried: 1 });
    expect(today.rows.find((r: { orderId: number }) => r.orderId === answered.id)).toMatchObject({
      open: false,
      status: 'closed',
    });
    expect((await readBoardSheet()).map((r) => r[2])).toEqual(
      today.rows.map((r: { displayNumber: string }) => r.displayNumber),
    );
    const late = await w.call('liaison', 'POST', `/rectification/orders/${answered.id}/response`, { text: '补充' });
    expect(late.statusCode).toBe(409);
    expect(late.json()).toMatchObject({ code: 'ORDER_STATE' });
  });

  it('should carry an open order to the next day only with a reason, once a day', async () => {
    const url = `/rectification/orders/${overdue.id}/carry`;
    expect((await w.call('supervisor', 'POST', url, { reason: '   ' })).statusCode).toBe(400);
    expect((await w.call('supervisor', 'POST', url, {})).statusCode).toBe(400);
    const carried = await w.call('supervisor', 'POST', url, { reason: '需采购消毒设备，明日到货' });
    expect(carried.statusCode).toBe(201);
    expect((await w.call('supervisor', 'POST', url, { reason: '再次' })).statusCode).toBe(409);
    const closed = await w.call('supervisor', 'POST', `/rectification/orders/${answered.id}/carry`, { reason: '无' });
    expect(closed.statusCode).toBe(409);
    const today = await board();
    expect(today.totals.uncarried).toBe(0);
    expect(today.rows.find((r: { orderId: number }) => r.orderId === overdue.id).carryReason).toBe(
      '需采购消毒设备，明日到货',
    );
  });

  it('should print the 交办单 as a PDF', async () => {
    const pdf = await w.call('liaison', 'GET', `/rectification/orders/${answered.id}/order.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 4).toString()).toBe('%PDF');
  });

  it('should report a plan, its team and a period with counts, rates and lists, as PDF and DOCX', async () => {
    const report = await w.call('commander', 'GET', `/rectification/reports?scope=plan&planId=${w.plan}`);
    expect(report.statusCode).toBe(200);
    expect(report.json().figures).toEqual({
      inspections: 1,
      findings: 3,
      fixedOnSpot: 1,
      orders: 2,
      closed: 1,
      closedOnTime: 1,
      overdue: 1,
      problemsPerInspection: 3,
      closedOnTimeShare: 0.5,
    });
    expect(report.json().orders.map((o: { displayNumber: string }) => o.displayNumber)).toEqual([
      answered.displayNumber,
      overdue.displayNumber,
    ]);
    const team = (await w.call('commander', 'GET', `/rectification/reports?scope=team&planId=${w.plan}`)).json();
    expect(team).toMatchObject({ team: ['supervisor'], figures: { inspections: 1, orders: 2 } });
    // The inspection was two hours ago: yesterday and today (in the platform's zone) hold it whatever the hour.
    const today = localDate(new Date(), w.t.config.timeZone);
    const period = `/rectification/reports?scope=period&from=${addDays(today, -1)}&to=${today}`;
    expect((await w.call('commander', 'GET', period)).json().figures.findings).toBe(3);
    expect((await w.call('commander', 'GET', '/rectification/reports?scope=plan')).statusCode).toBe(400);
    const pdf = await w.call('commander', 'GET', `/rectification/reports.pdf?scope=plan&planId=${w.plan}`);
    expect(pdf.rawPayload.subarray(0, 4).toString()).toBe('%PDF');
    const docx = await w.call('commander', 'GET', `/rectification/reports.docx?scope=plan&planId=${w.plan}`);
    expect(docx.statusCode).toBe(200);
    const document = (await unzip(docx.rawPayload)).get('word/document.xml')?.toString('utf8') ?? '';
    expect(document).toContain(answered.displayNumber);
    expect(document).toContain(overdue.displayNumber);
  });

  it('should audit every step', async () => {
    const { rows } = await sql<{ action: string; actor_name: string }>`
      SELECT action, actor_name FROM audit_log WHERE entity = 'rectification_order' AND entity_id = ANY(${[
        String(answered.id),
        String(overdue.id),
      ]}) ORDER BY id`.execute(w.t.db);
    const actions = rows.map((r) => r.action);
    for (const action of ['issue', 'answer', 'photo', 'escalate', 'close', 'carry'])
      expect(actions).toContain(`rectification.order.${action}`);
    expect(rows.find((r) => r.action === 'rectification.order.escalate')?.actor_name).toBe('system');
  });

  /** The data rows of the day's .xlsx list, as text cells (column 1 is 序号). */
  async function readBoardSheet(): Promise<string[][]> {
    const response = await w.call('supervisor', 'GET', '/rectification/board.xlsx');
    expect(response.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const rows: string[][] = [];
    workbook.getWorksheet('每日问题清单')?.eachRow((row, n) => {
      if (n > 1) rows.push(Array.from({ length: 15 }, (_, i) => (i === 0 ? '' : row.getCell(i).text)));
    });
    return rows;
  }
});
