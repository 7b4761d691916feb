import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../../test/world.ts';
import { type FixtureResident, residentsOfHouseholds, writeQuarantine } from './healthstatus.test-support.ts';
import { recomputeHealthStatus } from './recompute.ts';

describe('health status overrides: a reason, a second person, a trace', () => {
  let world: World;
  let people: FixtureResident[];
  const colourOf = async (r: FixtureResident) =>
    (await world.call('office', 'GET', `/health-status/residents/${r.id}`)).json();
  const propose = (who: string, r: FixtureResident, body: object = {}) =>
    world.call(who, 'POST', '/health-status/overrides', {
      residentId: r.id,
      colour: 'red',
      reason: '核查发现',
      ...body,
    });
  const audited = async (action: string) => {
    const { rows } = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM audit_log WHERE action = ${action}`.execute(world.t.db);
    return rows[0]?.n ?? 0;
  };

  beforeAll(async () => {
    world = await openWorld(
      { residents: 300, seed: 43 },
      { office: { roles: ['commander'] }, chief: { roles: ['commander'] }, grid: { roles: ['grid_worker'] } },
    );
    people = await residentsOfHouseholds(world.t.db, 6);
  });
  afterAll(() => world.t.close());

  it('should refuse a proposal without a reason, with a past expiry, or from someone without the permission', async () => {
    const noReason = await propose('office', people[0]!, { reason: '' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().code).toBe('VALIDATION_FAILED');
    const past = await propose('office', people[0]!, { expiresAt: new Date(Date.now() - 60_000).toISOString() });
    expect(past.statusCode).toBe(400);
    expect((await propose('grid', people[0]!)).statusCode).toBe(403);
    expect((await world.call('office', 'GET', '/health-status/overrides')).json().total).toBe(0);
  });

  it('should keep a proposal without effect until another person approves it', async () => {
    const proposed = await propose('office', people[0]!);
    expect(proposed.statusCode).toBe(201);
    expect(proposed.json()).toMatchObject({ state: 'pending', colour: 'red', reason: '核查发现', decidedBy: null });
    await recomputeHealthStatus(world.t.db, { all: true });
    expect(await colourOf(people[0]!)).toMatchObject({
      colour: 'green',
      history: [],
      overrides: [{ state: 'pending' }],
    });
    const again = await propose('chief', people[0]!, { colour: 'yellow' });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('PROPOSAL_STATE');
    const pending = (await world.call('chief', 'GET', '/health-status/overrides?state=pending')).json();
    expect(pending.items).toEqual([
      expect.objectContaining({ id: proposed.json().id, resident: { id: people[0]!.id, name: people[0]!.name } }),
    ]);
  });

  it('should refuse the proposer’s own approval, and change nothing', async () => {
    const [{ id }] = (await world.call('office', 'GET', '/health-status/overrides?state=pending')).json().items;
    const own = await world.call('office', 'POST', `/health-status/overrides/${id}/approve`);
    expect(own.statusCode).toBe(403);
    expect(own.json().code).toBe('SAME_PERSON_APPROVAL');
    expect(await colourOf(people[0]!)).toMatchObject({ colour: 'green', overrides: [{ state: 'pending' }] });
    expect((await world.call('grid', 'POST', `/health-status/overrides/${id}/approve`)).statusCode).toBe(403);
  });

  it('should apply an approved override at once, in the history, and refuse deciding it twice', async () => {
    const [{ id }] = (await world.call('chief', 'GET', '/health-status/overrides?state=pending')).json().items;
    const approvals = await audited('healthstatus.override.approve');
    const approved = await world.call('chief', 'POST', `/health-status/overrides/${id}/approve`);
    expect(approved.statusCode).toBe(200);
    expect(approved.json()).toMatchObject({
      state: 'approved',
      proposedBy: { name: 'office' },
      decidedBy: { name: 'chief' },
    });
    expect(await audited('healthstatus.override.approve')).toBe(approvals + 1);
    const status = await colourOf(people[0]!);
    expect(status).toMatchObject({
      colour: 'red',
      reasons: [{ reason: 'override', basis: null }],
      override: { id, reason: '核查发现' },
      history: [{ fromColour: 'green', toColour: 'red', reasons: ['override'], overrideId: id }],
    });
    for (const action of ['approve', 'reject']) {
      const twice = await world.call('office', 'POST', `/health-status/overrides/${id}/${action}`);
      expect(twice.json().code).toBe('PROPOSAL_STATE');
    }
    // Recomputation keeps an approved override in force.
    expect((await recomputeHealthStatus(world.t.db, { residentIds: [people[0]!.id] })).changed).toBe(0);
  });

  it('should record a rejection and leave the colour as the facts make it', async () => {
    await writeQuarantine(world.t.db, people[1]!);
    await recomputeHealthStatus(world.t.db, { residentIds: [people[1]!.id] });
    const { id } = (await propose('office', people[1]!, { colour: 'green' })).json();
    const rejected = await world.call('chief', 'POST', `/health-status/overrides/${id}/reject`);
    expect(rejected.json()).toMatchObject({ state: 'rejected', decidedBy: { name: 'chief' } });
    await recomputeHealthStatus(world.t.db, { all: true });
    expect(await colourOf(people[1]!)).toMatchObject({
      colour: 'yellow',
      reasons: [{ reason: 'quarantine' }],
      overrides: [{ state: 'rejected' }],
    });
    expect(await audited('healthstatus.override.reject')).toBe(1);
  });

  it('should let an expired override lapse back to the colour the facts give', async () => {
    const { id } = (
      await propose('office', people[1]!, {
        colour: 'green',
        expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
      })
    ).json();
    await world.call('chief', 'POST', `/health-status/overrides/${id}/approve`);
    expect(await colourOf(people[1]!)).toMatchObject({ colour: 'green', reasons: [{ reason: 'override' }] });
    // An hour later.
    await sql`UPDATE health_status_override SET proposed_at = proposed_at - interval '2 hours',
              decided_at = decided_at - interval '2 hours', expires_at = now() - interval '1 minute'
              WHERE id = ${id}`.execute(world.t.db);
    await recomputeHealthStatus(world.t.db, { residentIds: [people[1]!.id] });
    const status = await colourOf(people[1]!);
    expect(status).toMatchObject({
      colour: 'yellow',
      override: null,
      overrides: expect.arrayContaining([expect.objectContaining({ id, state: 'expired' })]),
    });
    expect(status.history.map((h: { toColour: string }) => h.toColour)).toEqual(['yellow', 'green', 'yellow']);
  });

  it('should refuse approving a proposal whose expiry has passed while it waited', async () => {
    const expiresAt = new Date(Date.now() + 3_600_000).toISOString();
    const { id } = (await propose('office', people[4]!, { expiresAt })).json();
    await sql`UPDATE health_status_override SET proposed_at = now() - interval '2 hours',
              expires_at = now() - interval '1 minute' WHERE id = ${id}`.execute(world.t.db);
    const late = await world.call('chief', 'POST', `/health-status/overrides/${id}/approve`);
    expect(late.statusCode).toBe(409);
    expect(late.json().code).toBe('PROPOSAL_STATE');
    expect(await colourOf(people[4]!)).toMatchObject({ colour: 'green', overrides: [{ state: 'pending' }] });
    expect((await world.call('chief', 'POST', `/health-status/overrides/${id}/reject`)).json().state).toBe('rejected');
  });

  it('should offer no way to set a colour but facts and approved overrides', async () => {
    const person = people[2]!;
    for (const method of ['PUT', 'PATCH', 'POST'] as const) {
      const set = await world.call('office', method, `/health-status/residents/${person.id}`, { colour: 'red' });
      expect(set.statusCode).toBe(404);
    }
    expect(
      (await world.call('office', 'POST', '/health-status', { residentId: person.id, colour: 'red' })).statusCode,
    ).toBe(404);
    expect(await colourOf(person)).toMatchObject({ colour: 'green', history: [] });
    // Even a write behind the platform's back leaves its trace, and the next recomputation puts the facts back.
    await sql`INSERT INTO health_status (resident_id, colour, protocol_id)
              VALUES (${person.id}, 'red', (SELECT id FROM protocol WHERE active))`.execute(world.t.db);
    await sql`UPDATE health_status SET colour = 'yellow' WHERE resident_id = ${person.id}`.execute(world.t.db);
    await recomputeHealthStatus(world.t.db, { residentIds: [person.id] });
    const after = await colourOf(person);
    expect(after.colour).toBe('green');
    expect(after.history.map((h: { fromColour: string; toColour: string }) => `${h.fromColour}→${h.toColour}`)).toEqual(
      ['yellow→green', 'red→yellow', 'green→red'],
    );
    // A stored green is an override's: a green row of no override is refused.
    await expect(
      sql`INSERT INTO health_status (resident_id, colour, protocol_id) VALUES (${person.id}, 'green', 1)`.execute(
        world.t.db,
      ),
    ).rejects.toThrow(/check constraint/);
  });

  it('should answer 404 for an override of a resident outside the jurisdiction', async () => {
    const { rows } = await sql<{ id: number }>`
      INSERT INTO region (parent_id, level_id, code, name) VALUES (${world.city}, 2, '439998', '外区')
      RETURNING id`.execute(world.t.db);
    await world.signInAs('outsider', ['commander'], [rows[0]!.id]);
    expect((await propose('outsider', people[3]!)).statusCode).toBe(404);
    const { id } = (await propose('office', people[3]!)).json();
    expect((await world.call('outsider', 'POST', `/health-status/overrides/${id}/approve`)).statusCode).toBe(404);
    expect((await world.call('outsider', 'GET', '/health-status/overrides')).json().total).toBe(0);
    expect(await colourOf(people[3]!)).toMatchObject({ colour: 'green' });
  });
});
