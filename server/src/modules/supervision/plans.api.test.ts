import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSupervisionWorld, type SupervisionWorld } from './supervision.test-support.ts';

let w: SupervisionWorld;
beforeAll(async () => {
  w = await openSupervisionWorld();
});
afterAll(async () => {
  await w.t.close();
});

const today = new Date().toISOString().slice(0, 10);
const planOf = (targets: { placeIds?: number[]; regionIds?: number[] }, more: object = {}) => ({
  title: '四不两直督导',
  startsOn: today,
  endsOn: today,
  ...targets,
  ...more,
});

async function createPlan(who: string, body: object): Promise<{ id: number; code: string; targets: { id: number }[] }> {
  const response = await w.call(who, 'POST', '/supervision/plans', body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

async function seesPlan(who: string, planId: number): Promise<boolean> {
  const list = await w.call(who, 'GET', '/supervision/plans?pageSize=100');
  expect(list.statusCode, list.body).toBe(200);
  const listed = list.json<{ items: { id: number }[] }>().items.some((p) => p.id === planId);
  const detail = await w.call(who, 'GET', `/supervision/plans/${planId}`);
  expect(detail.statusCode === 200).toBe(listed);
  return listed;
}

describe('inspection plans', () => {
  it('should number the plan and reach the deepest region above its targets', async () => {
    const single = await createPlan('chief', planOf({ placeIds: [w.factory] }));
    expect(single.code).toMatch(/^DC-\d{6}$/);
    const both = await createPlan('chief', planOf({ placeIds: [w.factory, w.school] }));
    const { rows } = await sql<{ id: number; path: string }>`
      SELECT p.id::int AS id, (p.path = r.path) AS path FROM inspection_plan p, region r
       WHERE (p.id = ${single.id} AND r.id = ${w.tree.gridA}) OR (p.id = ${both.id} AND r.id = ${w.tree.communityA})`.execute(
      w.t.db,
    );
    expect(rows.map((r) => r.path)).toEqual([true, true]);
    expect((await w.audits('supervision.plan.create')).map((a) => Number(a.entity_id))).toEqual(
      expect.arrayContaining([single.id, both.id]),
    );
  });

  it("should hide an unannounced plan from the target unit's liaison until the check-in, then show it", async () => {
    const plan = await createPlan('chief', planOf({ placeIds: [w.factory] }));
    expect(await seesPlan('liaison', plan.id)).toBe(false);
    // Its inspections cannot reveal it either (none exist yet), nor can the liaison check in to it.
    const checkIn = await w.call('liaison', 'POST', '/supervision/inspections', { planTargetId: plan.targets[0]!.id });
    expect(checkIn.statusCode).toBe(403);

    const inspected = await w.call('chief', 'POST', '/supervision/inspections', {
      planTargetId: plan.targets[0]!.id,
      lng: 113.13,
      lat: 27.83,
    });
    expect(inspected.statusCode, inspected.body).toBe(201);
    expect(await seesPlan('liaison', plan.id)).toBe(true);
    const detail = await w.call('liaison', 'GET', `/supervision/plans/${plan.id}`);
    expect(detail.json<{ targets: { inspection: { id: number } | null }[] }>().targets[0]!.inspection?.id).toBe(
      inspected.json<{ id: number }>().id,
    );
  });

  it('should show an announced plan to the unit at once', async () => {
    const plan = await createPlan('chief', planOf({ placeIds: [w.factory] }, { unannounced: false }));
    expect(await seesPlan('liaison', plan.id)).toBe(true);
  });

  it('should hide a plan aimed at a region from the users assigned within it', async () => {
    const plan = await createPlan('chief', planOf({ regionIds: [w.tree.communityA] }));
    expect(await seesPlan('communityCadre', plan.id)).toBe(false);
    // The liaison's grid lies under the community too: they are one of its people.
    expect(await seesPlan('liaison', plan.id)).toBe(false);
    expect(await seesPlan('chief', plan.id)).toBe(true);
    const school = await createPlan('chief', planOf({ placeIds: [w.school] }));
    // A school's inspection is no secret to the grid's cadre, who is not one of the school's people.
    expect(await seesPlan('communityCadre', school.id)).toBe(true);
  });

  it('should show the plan to its creator and team only beyond the jurisdiction rule', async () => {
    const plan = await createPlan('chief', planOf({ placeIds: [w.factory] }, { memberIds: [w.ids.teammate] }));
    expect(await seesPlan('teammate', plan.id)).toBe(true);
    expect(await seesPlan('outsider', plan.id)).toBe(false);
    const detail = await w.call('chief', 'GET', `/supervision/plans/${plan.id}`);
    expect(detail.json<{ members: { id: number; leader: boolean }[] }>().members).toEqual([
      expect.objectContaining({ id: w.ids.chief, leader: true }),
      expect.objectContaining({ id: w.ids.teammate, leader: false }),
    ]);
  });

  it('should refuse targets outside the jurisdiction and dates out of order, naming the field', async () => {
    const outside = await w.call(
      'teammate',
      'POST',
      '/supervision/plans',
      planOf({ placeIds: [w.pharmacy, w.factory] }),
    );
    expect(outside.statusCode).toBe(400);
    expect(outside.json<{ errors: { path: string }[] }>().errors.map((e) => e.path)).toEqual(['/placeIds/1']);
    const backwards = await w.call('chief', 'POST', '/supervision/plans', {
      ...planOf({ placeIds: [w.factory] }),
      endsOn: '2000-01-01',
    });
    expect(backwards.statusCode).toBe(400);
    const empty = await w.call('chief', 'POST', '/supervision/plans', planOf({}));
    expect(empty.statusCode).toBe(400);
  });

  it('should cancel a plan, after which its targets take no check-in', async () => {
    const plan = await createPlan('chief', planOf({ placeIds: [w.school] }));
    const cancelled = await w.call('chief', 'POST', `/supervision/plans/${plan.id}/cancel`, { reason: '改期' });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    expect(cancelled.json<{ status: string }>().status).toBe('cancelled');
    const checkIn = await w.call('chief', 'POST', '/supervision/inspections', { planTargetId: plan.targets[0]!.id });
    expect(checkIn.statusCode).toBe(409);
    expect(checkIn.json<{ code: string }>().code).toBe('INSPECTION_STATE');
    expect((await w.audits('supervision.plan.cancel')).map((a) => Number(a.entity_id))).toContain(plan.id);
  });
});
