import { type RawBuilder, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../../test/world.ts';

describe('the platform follows the lifting criteria and proposes each change when it is due', () => {
  let world: World;
  let areaId: number;
  let residents: { id: number; id_number: string; name: string }[];
  const ago = (hours: number) => new Date(Date.now() - hours * 3_600_000);
  const rows = async <R extends object>(statement: RawBuilder<R>) => (await statement.execute(world.t.db)).rows;
  const area = async () => (await world.call('approver', 'GET', `/risk-areas/${areaId}`)).json();
  const run = async () => (await world.call('proposer', 'POST', '/risk-areas/lifting/run')).json();

  /** A testing round that sampled these residents `hours` ago, with their results (null: awaited). */
  async function round(hours: number, results: (string | null)[]): Promise<number> {
    const [campaign] = await rows<{ id: number }>(sql`
      INSERT INTO test_campaign (name, pool_size, starts_at, ends_at)
      VALUES ('全员核酸', 10, ${ago(hours + 2)}, ${ago(hours - 10)}) RETURNING id`);
    for (const [i, result] of results.entries())
      await sql`
        INSERT INTO test_coverage (campaign_id, resident_id, grid_id, first_tube_id, first_sampled_at, result, result_at)
        SELECT ${campaign!.id}, r.id, r.grid_id, 1, ${ago(hours)}, ${result}, ${result === null ? null : ago(hours - 6)}
          FROM resident r WHERE r.id = ${residents[i]!.id}`.execute(world.t.db);
    return Number(campaign!.id);
  }

  beforeAll(async () => {
    world = await openWorld(
      { residents: 1_200, seed: 32 },
      {
        proposer: { roles: ['tracing_staff'] },
        approver: { roles: ['commander'] },
        worker: { roles: ['grid_worker'] },
      },
    );
    const [grid] = await rows<{ id: number }>(sql`SELECT id FROM region WHERE level_id = 5 ORDER BY id LIMIT 1`);
    residents = await rows(sql`
      SELECT id, id_number, name FROM resident WHERE grid_id = ${grid!.id} AND household_id IS NOT NULL
       ORDER BY id LIMIT 3`);
    const created = await world.call('proposer', 'POST', '/risk-areas', {
      level: 'high',
      regionId: grid!.id,
      startsAt: new Date().toISOString(),
      reason: '发现确诊病例',
    });
    areaId = created.json().id;
    await world.call('approver', 'POST', `/risk-areas/changes/${created.json().openChange.id}/approve`, {});
  });
  afterAll(() => world.t.close());

  it('should show when the area comes down and by which rule, and propose nothing before', async () => {
    const { lifting, levelSince } = await area();
    expect(lifting).toMatchObject({
      toLevel: 'medium',
      due: false,
      waitingFor: ['clean_days', 'negative_round'],
      basis: { protocol: 'v9', name: '第九版防控方案', version: 1, rule: 'riskAreas.levels.high.cleanDays' },
      facts: { lastCaseAt: null, lastNegativeRoundAt: null, reachedByDowngrade: false },
    });
    expect(Date.parse(lifting.dueAt) - Date.parse(levelSince)).toBe(7 * 86_400_000);
    expect(await run()).toEqual({ checked: 1, proposed: 0 });
  });

  it('should wait for a negative round once the clean days are over', async () => {
    await sql`UPDATE risk_area SET level_since = now() - interval '8 days' WHERE id = ${areaId}`.execute(world.t.db);
    expect((await area()).lifting.waitingFor).toEqual(['negative_round']);
    // A round with a result still awaited is not a negative round.
    const campaign = await round(12, ['negative', 'negative', null]);
    expect((await area()).lifting).toMatchObject({
      waitingFor: ['negative_round'],
      facts: { lastNegativeRoundAt: null },
    });
    expect((await run()).proposed).toBe(0);
    await sql`UPDATE test_coverage SET result = 'negative', result_at = now() WHERE campaign_id = ${campaign}`.execute(
      world.t.db,
    );
    const { facts } = (await area()).lifting;
    expect(Math.abs(Date.parse(facts.lastNegativeRoundAt) - ago(12).getTime())).toBeLessThan(60_000);
  });

  let caseId: number;
  it('should restart the clean days at a case in the area', async () => {
    const person = residents[0]!;
    const foundAt = ago(48).toISOString();
    const opened = await world.call('proposer', 'POST', '/tracing/cases', {
      idNumber: person.id_number,
      name: person.name,
      classification: 'confirmed',
      foundVia: 'fever_clinic',
      foundAt,
    });
    caseId = opened.json().id;
    const { lifting } = await area();
    expect(lifting).toMatchObject({ due: false, waitingFor: ['clean_days'], facts: { lastCaseAt: foundAt } });
    expect(Date.parse(lifting.dueAt)).toBe(Date.parse(lifting.facts.lastCaseAt) + 7 * 86_400_000);
    expect((await run()).proposed).toBe(0);
  });

  it('should propose the downgrade once due, with its rule and facts, and only once', async () => {
    await world.call('proposer', 'POST', `/tracing/cases/${caseId}/classification`, {
      classification: 'excluded',
      reason: '复核阴性',
    });
    expect((await area()).lifting).toMatchObject({ due: true, waitingFor: [] });
    expect(await run()).toEqual({ checked: 1, proposed: 1 });
    const { openChange } = await area();
    expect(openChange).toMatchObject({
      kind: 'level',
      fromLevel: 'high',
      toLevel: 'medium',
      proposedBy: null,
      basis: {
        protocol: 'v9',
        version: 1,
        rule: 'riskAreas.levels.high.cleanDays',
        facts: { level: 'high', lastCaseAt: null, lastNegativeRoundAt: expect.any(String) },
      },
    });
    expect(await run()).toEqual({ checked: 0, proposed: 0 });
    const audits = await rows<{ id: number }>(sql`SELECT id FROM audit_log WHERE action = 'riskarea.lifting.propose'`);
    expect(audits).toHaveLength(1);
  });

  it('should still need a person to approve the platform’s proposal', async () => {
    const pending = (await world.call('approver', 'GET', '/risk-areas/changes/pending')).json().items;
    expect(pending).toHaveLength(1);
    const approved = (
      await world.call('approver', 'POST', `/risk-areas/changes/${pending[0].change.id}/approve`, {})
    ).json();
    expect(approved).toMatchObject({
      level: 'medium',
      history: [{ kind: 'designation' }, { kind: 'level', proposedBy: null, decidedBy: { name: 'approver' } }],
      lifting: { toLevel: 'low', due: false, basis: { rule: 'riskAreas.levels.medium.cleanDaysAfterDowngrade' } },
    });
    expect(Date.parse(approved.lifting.dueAt) - Date.parse(approved.levelSince)).toBe(3 * 86_400_000);
  });

  it('should let only those who propose or decide changes ask for a run', async () => {
    const refused = await world.call('worker', 'POST', '/risk-areas/lifting/run');
    expect(refused.statusCode).toBe(403);
    expect((await world.call('approver', 'POST', '/risk-areas/lifting/run')).statusCode).toBe(200);
  });
});
