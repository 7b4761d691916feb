import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/db.ts';
import { loadDemoCity } from '../registry/demo-loader.ts';
import { type HealthStatusRules, healthFacts } from '../protocol/document.ts';
import { healthColour } from '../protocol/health-colour.ts';
import { activeProtocol } from '../protocol/protocol.repository.ts';
import {
  type FixtureResident,
  housematesOf,
  residentsOfHouseholds,
  statusesOf,
  writeArea,
  writeCase,
  writeCheck,
  writeFacts,
  writeQuarantine,
  writeTest,
} from './healthstatus.test-support.ts';
import { loadConfig } from '../../core/config.ts';
import { startJobQueue, stopJobQueue } from '../../core/jobs.ts';
import { ALL_QUEUE, AREA_QUEUE, healthStatusJobs, requestHealthStatusRecompute } from './healthstatus.jobs.ts';
import { colourTable, factBit } from './recompute.repository.ts';
import { recomputeDirty, recomputeHealthStatus } from './recompute.ts';

const factsOf = (mask: number) => new Set(healthFacts.filter((fact) => (mask & factBit(fact)) !== 0));
const masks = [...Array(1 << healthFacts.length).keys()];
// An overdue test is one of an active quarantine: that fact never holds alone.
const possible = masks.filter((mask) => {
  const facts = factsOf(mask);
  return !facts.has('overdue_test') || facts.has('quarantine');
});

describe('health status recomputation: the SQL applies the same rule as healthColour', () => {
  let database: TestDatabase;
  let v9: HealthStatusRules;

  beforeAll(async () => {
    database = await createTestDatabase();
    await loadDemoCity(database.db, { residents: 600, seed: 31 });
    v9 = (await activeProtocol(database.db)).document.healthStatus;
  });
  afterAll(() => database.drop());

  const rulesToTry = (): [string, HealthStatusRules][] => [
    ['第九版', v9],
    [
      'reversed order, closed area red',
      { red: ['closed_area', 'fever', 'case'], yellow: ['overdue_test'], feverWithinHours: 24 },
    ],
    ['nothing red', { red: [], yellow: ['quarantine', 'case'], feverWithinHours: 48 }],
    ['no rule at all', { red: [], yellow: [], feverWithinHours: 24 }],
  ];

  it('should give every combination of facts the colour and reasons healthColour gives, under any rule', async () => {
    for (const [, rules] of rulesToTry()) {
      const { rows } = await sql<{ mask: number; colour: string; reasons: string[] }>`
        SELECT * FROM (${colourTable(rules)}) t ORDER BY mask`.execute(database.db);
      expect(rows.map((r) => r.mask)).toEqual(masks);
      for (const row of rows)
        expect({ colour: row.colour, reasons: row.reasons }).toEqual(healthColour(rules, factsOf(row.mask)));
    }
  });

  describe('on residents with every combination of facts', () => {
    let fixture: FixtureResident[];
    let bystanders: FixtureResident[];

    beforeAll(async () => {
      const residents = await residentsOfHouseholds(database.db, possible.length + 10);
      fixture = residents.slice(0, possible.length);
      bystanders = residents.slice(possible.length);
      for (const [i, mask] of possible.entries()) await writeFacts(database.db, fixture[i]!, factsOf(mask));
    });

    it('should store for each resident what healthColour says, and nothing for those with no facts', async () => {
      const figures = await recomputeHealthStatus(database.db, { all: true });
      const stored = await statusesOf(
        database.db,
        fixture.map((r) => r.id),
      );
      for (const [i, mask] of possible.entries())
        expect({ mask, ...stored.get(fixture[i]!.id) }).toEqual({ mask, ...healthColour(v9, factsOf(mask)) });
      // A closed area holds for the whole household; every other resident has no row.
      const housemates = await housematesOf(
        database.db,
        fixture.filter((_, i) => factsOf(possible[i]!).has('closed_area')),
      );
      const closedOnly = await statusesOf(database.db, housemates);
      expect(new Set([...closedOnly.values()].map((s) => JSON.stringify(s)))).toEqual(
        new Set([JSON.stringify({ colour: 'yellow', reasons: ['closed_area'] })]),
      );
      expect(figures).toMatchObject({ residents: 600, changed: possible.length - 1 + housemates.length });
      const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM health_status`.execute(database.db);
      expect(rows[0]?.n).toBe(figures.changed);
    });

    it('should change nothing when recomputed again, by any scope', async () => {
      const ids = fixture.map((r) => r.id);
      expect((await recomputeHealthStatus(database.db, { all: true })).changed).toBe(0);
      expect(await recomputeHealthStatus(database.db, { residentIds: ids })).toMatchObject({
        residents: ids.length,
        changed: 0,
      });
    });

    it('should leave out excluded cases, old fevers, tests not yet overdue or sampled, and open or idle areas', async () => {
      const [excluded, byIdNumber, oldFever, dueToday, sampled, openArea, proposedArea] = bystanders;
      await writeCase(database.db, excluded!, { classification: 'excluded' });
      await writeCase(database.db, byIdNumber!, { byIdNumber: true });
      await writeCheck(database.db, await writeQuarantine(database.db, oldFever!, 'released'), 30, true);
      await writeTest(database.db, await writeQuarantine(database.db, dueToday!), 0, false);
      await writeTest(database.db, await writeQuarantine(database.db, sampled!), 2, true);
      const open = await writeArea(database.db, [openArea!.household_id], { level: 'low' });
      await writeArea(database.db, [proposedArea!.household_id], { status: 'proposed' });
      await recomputeHealthStatus(database.db, { residentIds: bystanders.map((r) => r.id) });
      const stored = await statusesOf(
        database.db,
        bystanders.map((r) => r.id),
      );
      expect(bystanders.slice(0, 7).map((r) => stored.get(r.id))).toEqual([
        { colour: 'green', reasons: [] },
        { colour: 'red', reasons: ['case'] }, // found by ID number
        { colour: 'green', reasons: [] }, // fever 30 h ago, the rule counts 24
        { colour: 'yellow', reasons: ['quarantine'] },
        { colour: 'yellow', reasons: ['quarantine'] },
        { colour: 'green', reasons: [] }, // a low-risk area is not closed
        { colour: 'green', reasons: [] },
      ]);
      expect((await recomputeHealthStatus(database.db, { areaId: open })).residents).toBeGreaterThan(0);
    });

    it('should recompute an area by its households and the rest of the city in resident batches alike', async () => {
      const closed = fixture.filter((_, i) => factsOf(possible[i]!).has('closed_area'));
      const households = closed.map((r) => r.household_id);
      const area = await writeArea(database.db, households);
      const byArea = await recomputeHealthStatus(database.db, { areaId: area });
      const { rows } = await sql<{ n: number }>`
        SELECT count(*)::int AS n FROM resident WHERE household_id = ANY (${households}::bigint[])`.execute(
        database.db,
      );
      expect(byArea).toMatchObject({ residents: rows[0]?.n, changed: 0 });
    });
  });

  it('should fold requests into one run per city and per area', async () => {
    const jobs = await startJobQueue(database.url);
    try {
      await healthStatusJobs({ db: database.db, config: loadConfig(), jobs });
      for (let i = 0; i < 3; i += 1) {
        await requestHealthStatusRecompute(jobs, { all: true });
        await requestHealthStatusRecompute(jobs, { areaId: 1 });
        await requestHealthStatusRecompute(jobs, { areaId: 2 });
      }
      expect(await jobs.getQueueSize(ALL_QUEUE)).toBe(1);
      expect(await jobs.getQueueSize(AREA_QUEUE)).toBe(2);
    } finally {
      await stopJobQueue(jobs, 1_000);
    }
  });

  it('should mark residents whose facts change, in the same transaction, and recompute the marked', async () => {
    const [someone, another] = await residentsOfHouseholds(database.db, 200).then((rs) => rs.slice(-2));
    await writeCase(database.db, someone!);
    await writeQuarantine(database.db, another!);
    const marked = await sql<{ id: string }>`SELECT resident_id AS id FROM health_status_dirty`.execute(database.db);
    expect(marked.rows.map((row) => Number(row.id))).toEqual(expect.arrayContaining([someone!.id, another!.id]));
    const figures = await recomputeDirty(database.db, loadConfig().timeZone);
    expect(figures.residents).toBe(marked.rows.length);
    const stored = await statusesOf(database.db, [someone!.id, another!.id]);
    expect([stored.get(someone!.id)?.colour, stored.get(another!.id)?.colour]).toEqual(['red', 'yellow']);
    const left = await sql<{ n: number }>`SELECT count(*)::int AS n FROM health_status_dirty`.execute(database.db);
    expect(left.rows[0]?.n).toBe(0);
  });
});
