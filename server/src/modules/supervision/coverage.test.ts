import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Actor, actorByUserId } from '../../core/auth/actor.ts';
import {
  coverageFigures,
  coveredFindings,
  coveredInspections,
  type InspectionSet,
  reportedPlan,
  teamNames,
} from './coverage.service.ts';
import { openSupervisionWorld, type SupervisionWorld } from './supervision.test-support.ts';

let w: SupervisionWorld;
let planId: number;
let factoryTarget: number;
const as = {} as Record<'chief' | 'liaison' | 'outsider', Actor>;
const period: InspectionSet = { start: new Date(Date.now() - 86_400_000), end: new Date(Date.now() + 86_400_000) };

async function checkIn(body: object): Promise<number> {
  const response = await w.call('chief', 'POST', '/supervision/inspections', body);
  expect(response.statusCode, response.body).toBe(201);
  const { id } = response.json<{ id: number }>();
  const finding = await w.call('chief', 'POST', `/supervision/inspections/${id}/findings`, {
    description: '测温点无人值守',
    severity: 'minor',
  });
  expect(finding.statusCode, finding.body).toBe(200);
  return id;
}

/** What `who` is told of the set: figures, inspections listed and findings for the orders to join. */
async function told(who: keyof typeof as, set: InspectionSet) {
  const findings = await sql<{ id: number }>`SELECT id FROM (${coveredFindings(as[who], set)}) f`.execute(w.t.db);
  return {
    figures: await coverageFigures(w.t.db, as[who], set),
    inspections: (await coveredInspections(w.t.db, as[who], set, 10)).map((i) => i.target),
    findings: findings.rows.length,
  };
}

beforeAll(async () => {
  w = await openSupervisionWorld();
  for (const who of ['chief', 'liaison', 'outsider'] as const) as[who] = (await actorByUserId(w.t.db, w.ids[who]))!;
  const today = new Date().toISOString().slice(0, 10);
  const plan = await w.call('chief', 'POST', '/supervision/plans', {
    title: '四不两直督导',
    startsOn: today,
    endsOn: today,
    placeIds: [w.factory],
    regionIds: [w.tree.gridA],
    memberIds: [w.ids.teammate],
    leaderId: w.ids.teammate,
  });
  expect(plan.statusCode, plan.body).toBe(201);
  const detail = plan.json<{ id: number; targets: { id: number; placeId: number | null }[] }>();
  planId = detail.id;
  factoryTarget = detail.targets.find((t) => t.placeId === w.factory)!.id;
  // The grid is inspected first: the factory, aimed at by the same unannounced plan, is still to come.
  await checkIn({ planTargetId: detail.targets.find((t) => t.placeId === null)!.id });
  await checkIn({ regionId: w.tree.gridA });
});
afterAll(async () => {
  await w.t.close();
});

describe('what a report may say of plans and inspections', () => {
  it("should head a report with the plan and its team, the leader first, but not for the unit it's aimed at", async () => {
    expect(await reportedPlan(w.t.db, as.chief, planId)).toEqual({
      id: planId,
      code: expect.stringMatching(/^DC-/),
      title: '四不两直督导',
    });
    expect(await reportedPlan(w.t.db, as.liaison, planId)).toBeNull();
    expect(await teamNames(w.t.db, planId)).toEqual(['teammate', 'chief']);
  });

  it("should leave out the inspections of a plan hidden from the unit's people until their own check-in", async () => {
    expect(await told('chief', { planId })).toEqual({
      figures: { inspections: 1, findings: 1, fixedOnSpot: 0 },
      inspections: [expect.any(String)],
      findings: 1,
    });
    expect(await told('chief', period)).toMatchObject({ figures: { inspections: 2, findings: 2 }, findings: 2 });
    // The liaison belongs to the factory: only the inspection outside any plan is theirs to know of.
    expect(await told('liaison', { planId })).toMatchObject({ figures: { inspections: 0 }, findings: 0 });
    expect(await told('liaison', period)).toMatchObject({ figures: { inspections: 1, findings: 1 }, findings: 1 });

    await checkIn({ planTargetId: factoryTarget });
    expect(await reportedPlan(w.t.db, as.liaison, planId)).not.toBeNull();
    expect(await told('liaison', { planId })).toMatchObject({ figures: { inspections: 2, findings: 2 }, findings: 2 });
    expect((await told('liaison', period)).inspections).toHaveLength(3);
  });

  it("should cover only the actor's jurisdiction, and a team's inspections only", async () => {
    expect(await told('outsider', period)).toEqual({
      figures: { inspections: 0, findings: 0, fixedOnSpot: 0 },
      inspections: [],
      findings: 0,
    });
    // The chief inspected everything; the plan's team is the teammate and the chief.
    expect((await told('chief', { teamOfPlanId: planId })).figures.inspections).toBe(3);
    const later = { teamOfPlanId: planId, start: new Date(Date.now() + 3_600_000) };
    expect((await told('chief', later)).figures.inspections).toBe(0);
  });
});
