import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escalateKeyPersons } from './screening.jobs.ts';
import { openScreeningWorld, type ScreeningWorld, unknownIdNumber } from './screening.test-support.ts';

interface Item {
  id: number;
  name: string;
  status: string;
  escalation: number;
  overdue: boolean;
}

describe('key persons: outcomes, grids for the unmatched, and escalation of overdue items', () => {
  let world: ScreeningWorld;
  let items: Map<string, Item>;
  const call: ScreeningWorld['call'] = (...args) => world.call(...args);
  const idOf = (name: string) => items.get(name)?.id ?? 0;
  const outcome = (who: string, name: string, body: object) =>
    call(who, 'POST', `/screening/key-persons/${idOf(name)}/outcome`, body);
  const page = async (who: string, query = '') =>
    (await call(who, 'GET', `/screening/key-persons${query}`)).json<{ items: Item[]; total: number }>();

  beforeAll(async () => {
    world = await openScreeningWorld(23);
    await world.signInAs('gw', ['grid_worker'], [world.gridA]);
    const persons = [...world.inA, ...world.inB].map((r) => ({ idNumber: r.id_number, name: r.name }));
    const created = await call('office', 'POST', '/screening/lists', {
      name: '发热门诊推送',
      source: 'fever_clinic',
      regionId: world.city,
      persons: [...persons, { idNumber: unknownIdNumber(7), name: '未登记' }],
    });
    if (created.statusCode !== 201) throw new Error(created.body);
    items = new Map((await page('office')).items.map((i) => [i.name, i]));
  });
  afterAll(() => world.t.close());

  it("should let the grid worker record what they found, once, and only for their grid's persons", async () => {
    const [a0, a1] = world.inA;
    const [b0] = world.inB;
    const tested = await outcome('gw', a0?.name ?? '', { status: 'found_tested' });
    expect(tested.statusCode).toBe(200);
    expect(tested.json().keyPerson).toMatchObject({ status: 'found_tested', outcome: { note: null, by: 'gw' } });
    const again = await outcome('gw', a0?.name ?? '', { status: 'under_measure' });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'KEY_PERSON_CLOSED' });
    expect((await outcome('gw', b0?.name ?? '', { status: 'found_tested' })).statusCode).toBe(404);

    const noReason = await outcome('gw', a1?.name ?? '', { status: 'not_found', note: '  ' });
    expect(noReason.statusCode).toBe(422);
    expect(noReason.json()).toMatchObject({ code: 'OUTCOME_REASON_REQUIRED' });
    const notFound = await outcome('gw', a1?.name ?? '', { status: 'not_found', note: '已搬离，去向不明' });
    expect(notFound.json().keyPerson).toMatchObject({ status: 'not_found', outcome: { note: '已搬离，去向不明' } });
    const audit = await sql<{ entity_id: string; reason: string | null; summary: object }>`
      SELECT entity_id, reason, summary FROM audit_log WHERE action = 'screening.key_person.outcome' ORDER BY id`.execute(
      world.t.db,
    );
    expect(audit.rows).toEqual([
      { entity_id: String(idOf(a0?.name ?? '')), reason: null, summary: { status: 'found_tested' } },
      { entity_id: String(idOf(a1?.name ?? '')), reason: '已搬离，去向不明', summary: { status: 'not_found' } },
    ]);
    const list = (await call('gw', 'GET', '/screening/lists')).json().items[0];
    expect(list.counts).toMatchObject({ total: 3, pending: 1, foundTested: 1, notFound: 1 });
  });

  it('should show the grid worker a person of their grid in full, audited, and no one of another grid', async () => {
    const [a0] = world.inA;
    const [b0] = world.inB;
    const detail = await call('gw', 'GET', `/screening/key-persons/${idOf(a0?.name ?? '')}`);
    expect(detail.json().keyPerson.idNumber).toBe(a0?.id_number);
    expect((await call('gw', 'GET', `/screening/key-persons/${idOf(b0?.name ?? '')}`)).statusCode).toBe(404);
    const { rows } = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM audit_log WHERE action = 'screening.key_person.read'`.execute(world.t.db);
    expect(rows[0]?.n).toBe(1);
  });

  it('should give an unmatched person a grid, so its worker gets the item, and nobody else a second grid', async () => {
    const stranger = idOf('未登记');
    const assign = (who: string, id: number, gridId: number) =>
      call(who, 'POST', `/screening/key-persons/${id}/assign`, { gridId });
    expect((await assign('gw', stranger, world.gridA)).statusCode).toBe(403);
    const notGrid = await assign('office', stranger, world.city);
    expect(notGrid.statusCode).toBe(422);
    expect(notGrid.json()).toMatchObject({ code: 'NOT_A_GRID' });
    expect((await page('gw')).total).toBe(3);
    const assigned = await assign('office', stranger, world.gridA);
    expect(assigned.statusCode).toBe(200);
    expect(assigned.json().keyPerson).toMatchObject({ grid: { id: world.gridA }, matched: false });
    expect((await page('gw', '?status=pending')).items.map((i) => i.name)).toContain('未登记');
    const twice = await assign('office', stranger, world.gridB);
    expect(twice.statusCode).toBe(409);
    expect(twice.json()).toMatchObject({ code: 'KEY_PERSON_ASSIGNED' });
    const matched = await assign('office', idOf(world.inB[0]?.name ?? ''), world.gridA);
    expect(matched.json()).toMatchObject({ code: 'KEY_PERSON_ASSIGNED' });
  });

  it('should raise overdue pending persons to the community, then the street, and leave the rest', async () => {
    const [, , a2] = world.inA;
    const [b0, b1, b2] = world.inB;
    const dueAgo = (name: string, hours: number) =>
      sql`UPDATE key_person SET due_at = now() - make_interval(mins => ${hours * 60}) WHERE id = ${idOf(name)}`.execute(
        world.t.db,
      );
    await dueAgo(a2?.name ?? '', 1); // an hour late: to the community
    await dueAgo(b0?.name ?? '', 13); // past the 12 escalation hours as well: to the street
    await dueAgo(world.inA[0]?.name ?? '', 30); // late, but its outcome is recorded: nobody to chase
    await dueAgo(b1?.name ?? '', -1); // due in an hour
    expect(await escalateKeyPersons(world.t.db)).toEqual({ community: 1, street: 1 });
    const { rows: levels } = await sql<{ name: string; escalation: number; escalated_at: Date | null }>`
      SELECT name, escalation, escalated_at FROM key_person`.execute(world.t.db);
    const levelOf = new Map(levels.map((l) => [l.name, l]));
    expect(levelOf.get(a2?.name ?? '')).toMatchObject({ escalation: 1, escalated_at: expect.any(Date) });
    expect(levelOf.get(b0?.name ?? '')).toMatchObject({ escalation: 2 });
    expect(levelOf.get(world.inA[0]?.name ?? '')).toMatchObject({ escalation: 0, escalated_at: null });
    expect(levelOf.get(b1?.name ?? '')).toMatchObject({ escalation: 0 });
    expect(levelOf.get(b2?.name ?? '')).toMatchObject({ escalation: 0 });

    // A second run finds nothing new; the community item moves on once the escalation hours pass too.
    expect(await escalateKeyPersons(world.t.db)).toEqual({ community: 0, street: 0 });
    await dueAgo(a2?.name ?? '', 12.5);
    expect(await escalateKeyPersons(world.t.db)).toEqual({ community: 0, street: 1 });
    const audit = await sql<{ actor_name: string; summary: object }>`
      SELECT actor_name, summary FROM audit_log WHERE action = 'screening.escalate' ORDER BY id`.execute(world.t.db);
    expect(audit.rows.map((r) => r.summary)).toMatchObject([
      { community: 1, street: 1 },
      { community: 0, street: 1 },
    ]);
    expect(audit.rows[0]?.actor_name).toBe('system');

    // The longest overdue first.
    const overdue = await page('office', '?overdue=true');
    expect(overdue.items.map((i) => [i.name, i.escalation, i.overdue])).toEqual([
      [b0?.name, 2, true],
      [a2?.name, 2, true],
    ]);
    expect((await page('gw', '?escalation=2')).items.map((i) => i.name)).toEqual([a2?.name]);
    expect((await call('gw', 'GET', '/screening/lists')).json().items[0].counts.overdue).toBe(1);
  });
});
