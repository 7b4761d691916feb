import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InspectionDetail } from '../supervision/inspections.schema.ts';
import { jpeg, openSupervisionWorld, type SupervisionWorld } from '../supervision/supervision.test-support.ts';
import type { Board } from './board.schema.ts';
import { escalateOverdueOrders } from './rectification.jobs.ts';

// The acceptance path through the API, end to end: an unannounced plan the factory's liaison cannot
// see; three findings, one fixed on the spot and two handed over; one answered, one overdue and escalated.
let w: SupervisionWorld;
let planId: number;
let inspection: InspectionDetail;
const orders: { id: number; number: string }[] = [];
beforeAll(async () => {
  w = await openSupervisionWorld();
});
afterAll(async () => {
  await w.t.close();
});

const visiblePlanIds = async (who: string) =>
  (await w.call(who, 'GET', '/supervision/plans')).json<{ items: { id: number }[] }>().items.map((p) => p.id);

async function boardSheetRows(): Promise<string[][]> {
  const response = await w.call('chief', 'GET', '/rectification/board.xlsx');
  expect(response.statusCode).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
  const rows: string[][] = [];
  workbook.getWorksheet('每日问题清单')?.eachRow((row, n) => {
    if (n > 1) rows.push(Array.from({ length: row.cellCount }, (_, i) => row.getCell(i + 1).text));
  });
  return rows;
}

describe('supervision from an unannounced plan to the daily clearing board', () => {
  it('should hide the unannounced plan from the liaison of the inspected factory until check-in', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const plan = await w.call('chief', 'POST', '/supervision/plans', {
      title: '四不两直督导',
      unannounced: true,
      startsOn: today,
      endsOn: today,
      placeIds: [w.factory],
    });
    expect(plan.statusCode, plan.body).toBe(201);
    planId = plan.json<{ id: number }>().id;
    expect(await visiblePlanIds('liaison')).not.toContain(planId);
    expect((await w.call('liaison', 'GET', `/supervision/plans/${planId}`)).statusCode).toBe(404);
    const checkIn = await w.call('chief', 'POST', '/supervision/inspections', {
      planTargetId: plan.json<{ targets: { id: number }[] }>().targets[0]!.id,
      lng: 113.13,
      lat: 27.83,
    });
    expect(checkIn.statusCode, checkIn.body).toBe(201);
    inspection = checkIn.json();
    expect(await visiblePlanIds('liaison')).toContain(planId);
  });

  it('should yield three findings: one fixed on the spot, two handed to the factory', async () => {
    const url = `/supervision/inspections/${inspection.id}`;
    await w.call('chief', 'POST', `${url}/answers`, {
      answers: [
        { itemKey: 'closed_loop', value: false },
        { itemKey: 'canteen', value: false },
        { itemKey: 'dormitory', value: false },
      ],
    });
    const submitted = (await w.call('chief', 'POST', `${url}/submit`, {})).json<InspectionDetail>();
    expect(submitted.findings).toHaveLength(3);
    const [fixed, ...handed] = submitted.findings;
    await w.upload('chief', `/supervision/findings/${fixed!.id}/photos`, { type: 'image/jpeg', content: jpeg });
    const fix = await w.call('chief', 'POST', `/supervision/findings/${fixed!.id}/fixed-on-spot`, { note: '当场整改' });
    expect(fix.statusCode, fix.body).toBe(200);
    const past = await w.call('chief', 'POST', '/rectification/orders', {
      findingId: handed[0]!.id,
      responsibleName: '王厂长',
      requirement: 'x',
      deadline: '2020-01-01T00:00:00Z',
    });
    expect(past.statusCode).toBe(422);
    expect(past.json<{ code: string }>().code).toBe('DEADLINE_INVALID');
    for (const finding of handed) {
      const order = await w.call('chief', 'POST', '/rectification/orders', {
        findingId: finding.id,
        responsibleName: '王厂长',
        requirement: '立即整改并报送整改照片',
      });
      expect(order.statusCode, order.body).toBe(201);
      orders.push(order.json());
    }
  });

  it('should take the answer to one order and escalate the other once overdue', async () => {
    const [answered, overdue] = orders;
    const answer = await w.call('liaison', 'POST', `/rectification/orders/${answered!.id}/response`, {
      text: '已落实人不出厂，增设门岗',
    });
    expect(answer.statusCode, answer.body).toBe(200);
    await sql`UPDATE rectification_order SET issued_at = now() - interval '4 days', deadline = now() - interval '1 hour'
               WHERE id = ${overdue!.id}`.execute(w.t.db);
    await escalateOverdueOrders(w.t.db);
    const detail = (await w.call('chief', 'GET', `/rectification/orders/${overdue!.id}`)).json<{
      escalatedTo: { name: string } | null;
    }>();
    expect(detail.escalatedTo).not.toBeNull();
  });

  it('should show exactly that on the board and in the .xlsx list, and a close the same day', async () => {
    const board = (await w.call('chief', 'GET', '/rectification/board')).json<Board>();
    expect(board.totals).toMatchObject({ open: 2, overdue: 1, closedToday: 0 });
    expect(board.rows.map((r) => [r.orderId, r.status, r.overdue, r.escalatedTo !== null])).toEqual(
      expect.arrayContaining([
        [orders[0]!.id, 'answered', false, false],
        [orders[1]!.id, 'issued', true, true],
      ]),
    );
    expect(board.rows).toHaveLength(2);
    const sheet = await boardSheetRows();
    expect(sheet).toHaveLength(2);
    expect(sheet.map((cells) => cells.some((c) => c.includes(orders[1]!.number.slice(-4))))).toContain(true);

    const close = await w.call('chief', 'POST', `/rectification/orders/${orders[0]!.id}/verification`, {
      verdict: 'close',
    });
    expect(close.statusCode, close.body).toBe(200);
    const after = (await w.call('chief', 'GET', '/rectification/board')).json<Board>();
    expect(after.totals).toMatchObject({ open: 1, overdue: 1, closedToday: 1 });
    const late = await w.call('liaison', 'POST', `/rectification/orders/${orders[0]!.id}/response`, { text: '补充' });
    expect(late.json<{ code: string }>().code).toBe('ORDER_STATE');
  });
});
