import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../../test/world.ts';
import type { HealthFact } from '../protocol/document.ts';
import { type FixtureResident, residentsOfHouseholds, writeFacts } from './healthstatus.test-support.ts';
import { recomputeHealthStatus } from './recompute.ts';

describe('health status: colours from facts, by the protocol in force, read within the jurisdiction', () => {
  let world: World;
  let people: FixtureResident[];
  // One resident per fact, in this order.
  const facts: HealthFact[] = ['case', 'fever', 'quarantine', 'closed_area', 'overdue_test'];
  const byFact = (fact: HealthFact) => people[facts.indexOf(fact)]!;
  const detail = async (r: FixtureResident, who = 'office') =>
    world.call(who, 'GET', `/health-status/residents/${r.id}`);

  beforeAll(async () => {
    world = await openWorld(
      { residents: 800, seed: 41 },
      { office: { roles: ['commander'] }, admin: { roles: ['administrator'] } },
    );
    people = await residentsOfHouseholds(world.t.db, facts.length + 1);
    for (const [i, fact] of facts.entries()) {
      const held = new Set<HealthFact>([fact]);
      // An overdue test belongs to an active quarantine; a fever here to one already ended.
      if (fact === 'overdue_test') held.add('quarantine');
      await writeFacts(world.t.db, people[i]!, held);
    }
    await recomputeHealthStatus(world.t.db, { all: true });
  });
  afterAll(() => world.t.close());

  it('should colour each fact by the rule of 第九版 and name the rule behind each reason', async () => {
    const expected: [HealthFact, string, string[]][] = [
      ['case', 'red', ['case']],
      ['fever', 'red', ['fever']],
      ['quarantine', 'yellow', ['quarantine']],
      ['closed_area', 'yellow', ['closed_area']],
      ['overdue_test', 'yellow', ['quarantine', 'overdue_test']],
    ];
    for (const [fact, colour, reasons] of expected) {
      const body = (await detail(byFact(fact))).json();
      expect({ fact, colour: body.colour }).toEqual({ fact, colour });
      expect(body.reasons).toEqual(
        reasons.map((reason) => ({
          reason,
          basis: expect.objectContaining({ protocol: 'v9', version: 1, rule: `healthStatus.${colour}` }),
        })),
      );
      expect(body.history).toEqual([
        expect.objectContaining({ fromColour: 'green', toColour: colour, reasons, overrideId: null }),
      ]);
    }
  });

  it('should show the records behind the facts', async () => {
    const facts = async (fact: HealthFact) => (await detail(byFact(fact))).json().facts;
    expect((await facts('case')).cases).toEqual([expect.objectContaining({ code: `HS-${byFact('case').id}` })]);
    expect((await facts('fever')).fevers).toEqual([expect.objectContaining({ temperature: 38.2 })]);
    expect((await facts('quarantine')).quarantines).toEqual([expect.objectContaining({ group: 'close_contact' })]);
    expect((await facts('closed_area')).areas).toEqual([expect.objectContaining({ level: 'high', closure: 'sealed' })]);
    expect((await facts('overdue_test')).overdueTests).toHaveLength(1);
  });

  it('should show a resident with no facts as green, with no history', async () => {
    const body = (await detail(people[facts.length]!)).json();
    expect(body).toMatchObject({ colour: 'green', reasons: [], since: null, history: [], overrides: [] });
  });

  it('should audit every full read of a resident’s status', async () => {
    const before = await reads(world, people[0]!.id);
    await detail(people[0]!);
    expect(await reads(world, people[0]!.id)).toBe(before + 1);
  });

  it('should count residents per colour under a region and list the yellow and red ones, masked', async () => {
    const summary = (await world.call('office', 'GET', `/health-status/summary?regionId=${world.city}`)).json();
    const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM resident`.execute(world.t.db);
    const housemates = await closedHousemates(world, byFact('closed_area'));
    expect(summary).toEqual({
      region: { id: world.city, name: expect.any(String) },
      residents: rows[0]?.n,
      red: 2,
      yellow: 3 + housemates,
      green: rows[0]!.n - 5 - housemates,
    });
    const whole = (await world.call('office', 'GET', '/health-status/summary')).json();
    expect(whole).toMatchObject({ region: null, red: 2, residents: rows[0]?.n });
    const red = (
      await world.call('office', 'GET', `/health-status/residents?colour=red&regionId=${world.city}`)
    ).json();
    expect(red.total).toBe(2);
    expect(red.items.map((i: { id: number }) => i.id).sort()).toEqual([byFact('case').id, byFact('fever').id].sort());
    expect(red.items[0].idNumber).toContain('*');
    const all = (await world.call('office', 'GET', '/health-status/residents?pageSize=200')).json();
    expect(all.total).toBe(5 + housemates);
  });

  it('should answer 404 for a resident or region outside the jurisdiction', async () => {
    // A district of its own, with nobody in it: its worker sees none of the residents.
    const { rows } = await sql<{ id: number }>`
      INSERT INTO region (parent_id, level_id, code, name) VALUES (${world.city}, 2, '439999', '测试区')
      RETURNING id`.execute(world.t.db);
    await world.signInAs('grid', ['grid_worker'], [rows[0]!.id]);
    expect((await detail(byFact('case'), 'grid')).statusCode).toBe(404);
    expect((await world.call('grid', 'GET', `/health-status/summary?regionId=${world.city}`)).statusCode).toBe(404);
    const own = (await world.call('grid', 'GET', '/health-status/residents')).json();
    expect(own.items.map((i: { id: number }) => i.id)).not.toContain(byFact('case').id);
  });

  it('should follow a revised rule: when a closed area is no longer yellow, its residents turn green', async () => {
    const active = (await world.call('admin', 'GET', '/protocols/active')).json();
    const document = {
      ...active.document,
      healthStatus: { ...active.document.healthStatus, yellow: ['quarantine', 'overdue_test'] },
    };
    const revised = await world.call('admin', 'PUT', '/protocols/v9', document);
    expect(revised.statusCode).toBe(200);
    const figures = await recomputeHealthStatus(world.t.db, { all: true });
    expect(figures.changed).toBe(1 + (await closedHousemates(world, byFact('closed_area'))));
    const body = (await detail(byFact('closed_area'))).json();
    expect(body).toMatchObject({ colour: 'green', reasons: [], protocol: { code: 'v9', version: 2 } });
    expect(body.history[0]).toMatchObject({
      fromColour: 'yellow',
      toColour: 'green',
      protocol: { version: 2 },
    });
    // The other residents keep their colour, still decided under version 1.
    expect((await detail(byFact('quarantine'))).json()).toMatchObject({ colour: 'yellow', protocol: { version: 1 } });
  });
});

async function reads(world: World, residentId: number): Promise<number> {
  const { rows } = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM audit_log WHERE action = 'healthstatus.read' AND entity_id = ${String(residentId)}`.execute(
    world.t.db,
  );
  return rows[0]?.n ?? 0;
}

async function closedHousemates(world: World, r: FixtureResident): Promise<number> {
  const { rows } = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM resident WHERE household_id = ${r.household_id} AND id <> ${r.id}`.execute(
    world.t.db,
  );
  return rows[0]?.n ?? 0;
}
