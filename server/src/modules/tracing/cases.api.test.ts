import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestingWorld, sampleScan, sealScan, type TestingWorld } from '../testing/testing.test-support.ts';

interface Person {
  id: number;
  id_number: string;
  name: string;
  grid_id: number;
  household_id: number | null;
}

describe('cases: opened by hand or from a positive tube, classified, and timed against the protocol', () => {
  let world: TestingWorld;
  let people: Person[];
  let caseId: number;
  const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();

  beforeAll(async () => {
    world = await openTestingWorld({ residents: 4_000, seed: 21 });
    people = await world.t.db
      .selectFrom('resident')
      .select(['id', 'id_number', 'name', 'grid_id', 'household_id'])
      .orderBy('id')
      .limit(40)
      .execute();
  });
  afterAll(() => world.t.close());

  it('should open a case for a resident with its first classification, and refuse a second live case', async () => {
    const person = people[0];
    const created = await world.call('office', 'POST', '/tracing/cases', {
      idNumber: person?.id_number,
      name: person?.name,
      classification: 'confirmed',
      foundVia: 'fever_clinic',
      onsetDate: '2022-05-01',
      foundAt: hoursAgo(3),
    });
    expect(created.statusCode).toBe(201);
    const detail = created.json();
    caseId = detail.id;
    expect(detail).toMatchObject({
      code: expect.stringMatching(/^BL\d{4}\d{5}$/),
      residentId: person?.id,
      region: { id: person?.grid_id },
      classification: 'confirmed',
      history: [{ classification: 'confirmed' }],
      protocol: { name: '第九版防控方案', version: 1 },
    });
    // Found three hours ago with no report: the 2-hour report clock is overdue, the others wait for the report.
    expect(detail.timers.map((t: { state: string }) => t.state)).toEqual(['overdue', 'waiting', 'waiting', 'waiting']);
    const again = await world.call('office', 'POST', '/tracing/cases', {
      idNumber: person?.id_number,
      name: person?.name,
      classification: 'asymptomatic',
      foundVia: 'self_report',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().detail).toContain(detail.code);
  });

  it('should ask where a person outside the registry belongs', async () => {
    const body = { idNumber: 'E12345678', name: '入境人员', classification: 'asymptomatic', foundVia: 'key_person' };
    const refused = await world.call('office', 'POST', '/tracing/cases', body);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().code).toBe('PERSON_REGION_REQUIRED');
    const placed = await world.call('office', 'POST', '/tracing/cases', { ...body, regionId: world.city });
    expect(placed.json()).toMatchObject({ residentId: null, region: { id: world.city } });
  });

  it('should record milestones once, never before discovery, and keep the classification history', async () => {
    const reported = await world.call('office', 'POST', `/tracing/cases/${caseId}/milestones`, {
      milestone: 'reported',
      at: hoursAgo(2),
    });
    expect(reported.json().timers.map((t: { state: string }) => t.state)).toEqual([
      'done',
      'overdue',
      'running',
      'running',
    ]);
    const twice = await world.call('office', 'POST', `/tracing/cases/${caseId}/milestones`, { milestone: 'reported' });
    expect(twice.statusCode).toBe(409);
    const early = await world.call('office', 'POST', `/tracing/cases/${caseId}/milestones`, {
      milestone: 'isolated',
      at: hoursAgo(10),
    });
    expect(early.json().code).toBe('MILESTONE_INVALID');
    const classified = await world.call('office', 'POST', `/tracing/cases/${caseId}/classification`, {
      classification: 'asymptomatic',
      reason: '复核无症状',
    });
    expect(classified.json().history.map((h: { classification: string }) => h.classification)).toEqual([
      'confirmed',
      'asymptomatic',
    ]);
    const list = (await world.call('office', 'GET', '/tracing/cases?classification=asymptomatic')).json();
    expect(list.items.find((c: { id: number }) => c.id === caseId)).toMatchObject({
      idNumber: expect.stringContaining('***'),
      breached: ['onSite'],
    });
  });

  it('should open a case from a positive tube in one action, with the sample and result times', async () => {
    const round = await world.openRound({ name: '阳性轮次', poolSize: 1 });
    const person = people[5];
    await world.scan(round, [sampleScan('POS-0001', person?.id_number), sealScan('POS-0001')]);
    await world.call('lab', 'POST', '/testing/results', { results: [{ tube: 'POS-0001', result: 'positive' }] });
    const positives = (await world.call('office', 'GET', '/tracing/positives')).json().items;
    expect(positives).toEqual([
      expect.objectContaining({
        resident: expect.objectContaining({ id: person?.id }),
        tube: 'POS-0001',
        kind: 'single_positive',
        caseId: null,
      }),
    ]);
    const opened = await world.call('office', 'POST', '/tracing/cases/from-positive', {
      residentId: person?.id,
      tube: 'POS-0001',
      classification: 'confirmed',
    });
    expect(opened.statusCode).toBe(201);
    expect(opened.json()).toMatchObject({ foundVia: 'mass_testing', sourceTube: 'POS-0001', name: person?.name });
    expect(opened.json().foundAt).toBe(positives[0].resultAt);
    const after = (await world.call('office', 'GET', '/tracing/positives')).json().items;
    expect(after[0].caseId).toBe(opened.json().id);
    const notPositive = await world.call('office', 'POST', '/tracing/cases/from-positive', {
      residentId: people[6]?.id,
      tube: 'POS-0001',
      classification: 'confirmed',
    });
    expect(notPositive.statusCode).toBe(404);
  });

  it('should hide a case outside the jurisdiction and audit every read of one', async () => {
    // A region that neither holds nor lies under the case's grid.
    const { rows: elsewhere } = await sql<{ id: number }>`
      SELECT r.id FROM region r, region g
       WHERE g.id = ${people[0]?.grid_id} AND NOT g.path <@ r.path AND NOT r.path <@ g.path LIMIT 1`.execute(
      world.t.db,
    );
    const otherGrid = elsewhere[0]?.id ?? 0;
    await world.signInAs('gw', ['tracing_staff'], [otherGrid]);
    expect((await world.call('gw', 'GET', `/tracing/cases/${caseId}`)).statusCode).toBe(404);
    expect((await world.call('gw', 'GET', '/tracing/cases')).json().items).toEqual([]);
    const { rows } = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM audit_log WHERE action = 'tracing.case.read' AND entity_id = ${String(caseId)}`.execute(
      world.t.db,
    );
    expect(rows[0]?.n).toBeGreaterThan(0);
  });

  it('should list reported cases in the golden 24 hours with the share of contacts under a measure in time', async () => {
    const golden = (await world.call('office', 'GET', '/tracing/golden24')).json().items;
    expect(golden.find((g: { caseId: number }) => g.caseId === caseId)).toMatchObject({
      contacts: 0,
      shareInTime: 1,
      breaching: false,
    });
  });

  it('should revise the rules as a new protocol version while old cases keep theirs', async () => {
    const rules = (await world.call('office', 'GET', '/tracing/rules')).json();
    const revised = await world.call('office', 'PUT', '/tracing/rules', { ...rules.rules, reportWithinHours: 4 });
    expect(revised.json()).toMatchObject({ protocol: { version: 2 }, rules: { reportWithinHours: 4 } });
    const old = (await world.call('office', 'GET', `/tracing/cases/${caseId}`)).json();
    expect(old.protocol.version).toBe(1);
  });
});
