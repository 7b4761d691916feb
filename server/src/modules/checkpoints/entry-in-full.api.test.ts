import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type KeyPlaceWorld, openKeyPlaceWorld } from './keyplaces.test-support.ts';

describe('checkpoints: the audited full view of one entry', () => {
  let w: KeyPlaceWorld;
  let entryA: number;
  let entryB: number;
  const phone = '13800138000';

  /** Stores a walk-in of two named people at `checkpointId` as `keeper`; its id. */
  async function walkIn(keeper: string, checkpointId: number, person: { name: string; id_number: string }) {
    const entryId = randomUUID();
    const reply = await w.call(keeper, 'POST', '/checkpoints/entries', {
      entries: [
        {
          entryId,
          checkpointId,
          at: new Date(Date.now() - 60_000).toISOString(),
          direction: 'in',
          vehicleKind: 'pedestrian',
          persons: 2,
          people: [{ name: person.name, idNumber: person.id_number, phone }, { name: '随行儿童' }],
          healthCode: 'green',
          testProof: 'h24',
          action: 'passed',
        },
      ],
    });
    expect(reply.json()).toMatchObject({ created: 1, rejected: [] });
    const { rows } = await sql<{ id: number }>`
      SELECT id FROM checkpoint_entry WHERE entry_id = ${entryId}::uuid`.execute(w.t.db);
    return rows[0]!.id;
  }

  const readsOf = async (id: number) =>
    (
      await sql<{ actor_name: string; summary: Record<string, unknown> }>`
        SELECT actor_name, summary FROM audit_log
         WHERE action = 'checkpoint.entry.read' AND entity = 'checkpoint_entry' AND entity_id = ${String(id)}
         ORDER BY id`.execute(w.t.db)
    ).rows;

  beforeAll(async () => {
    w = await openKeyPlaceWorld(72, 'checkpoint', { office: { roles: ['supervisor'] } });
    await w.signInMember('keeperA', ['gatekeeper'], w.placeA);
    await w.signInMember('keeperB', ['gatekeeper'], w.placeB);
    await w.signInAs('outsiderA', ['commander'], [w.gridA]);
    await w.signInAs('tracer', ['commander', 'tracing_staff'], [w.gridA]); // reads ledgers and identifiers
    entryA = await walkIn('keeperA', w.placeA, w.inA[0]!);
    entryB = await walkIn('keeperB', w.placeB, w.inB[0]!);
  });
  afterAll(async () => {
    await w?.t.close();
  });

  it('should show the people of an entry in full to one who may read identifiers, and audit the read', async () => {
    const response = await w.call('tracer', 'GET', `/checkpoints/entries/${entryA}`);
    expect(response.statusCode, response.body).toBe(200);
    const resident = w.inA[0]!;
    expect(response.json()).toMatchObject({
      id: entryA,
      checkpoint: { id: w.placeA, name: '东环卡口' },
      vehicleKind: 'pedestrian',
      people: [
        { name: resident.name, idNumber: resident.id_number, phone },
        { name: '随行儿童', idNumber: null, phone: null },
      ],
    });
    expect(await readsOf(entryA)).toEqual([
      { actor_name: 'tracer', summary: { checkpointId: w.placeA, people: 2, full: true } },
    ]);
  });

  it("should let a keeper read their own checkpoint's entry masked, audited each time", async () => {
    const resident = w.inA[0]!;
    for (let i = 0; i < 2; i++) {
      const response = await w.call('keeperA', 'GET', `/checkpoints/entries/${entryA}`);
      expect(response.json().people[0]).toEqual({
        name: resident.name,
        idNumber: `${resident.id_number.slice(0, 3)}***********${resident.id_number.slice(-4)}`,
        phone: '138****8000',
      });
    }
    const reads = (await readsOf(entryA)).filter((r) => r.actor_name === 'keeperA');
    expect(reads.map((r) => r.summary.full)).toEqual([false, false]);
  });

  it('should answer 404 for an entry outside the jurisdiction or unknown, and audit neither', async () => {
    const otherKeeper = await w.call('keeperB', 'GET', `/checkpoints/entries/${entryA}`);
    expect(otherKeeper.statusCode).toBe(404);
    expect(otherKeeper.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect((await w.call('outsiderA', 'GET', `/checkpoints/entries/${entryB}`)).statusCode).toBe(404);
    expect((await w.call('office', 'GET', '/checkpoints/entries/999999999')).statusCode).toBe(404);
    expect(await readsOf(entryB)).toEqual([]);
    const bad = await w.call('office', 'GET', '/checkpoints/entries/abc');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe('VALIDATION_FAILED');
  });

  it('should describe the full view in the OpenAPI document', async () => {
    const document = (await w.t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const view = document.paths['/api/v1/checkpoints/entries/{id}'].get;
    expect(view.parameters).toEqual([expect.objectContaining({ name: 'id', in: 'path', required: true })]);
    expect(Object.keys(view.responses)).toContain('200');
  });

  it('should keep the list masked', async () => {
    const list = await w.call('office', 'GET', `/checkpoints/entries?checkpointId=${w.placeA}`);
    const resident = w.inA[0]!;
    expect(list.json().items.find((e: { id: number }) => e.id === entryA).people[0]).toEqual({
      name: resident.name,
      idNumber: `${resident.id_number.slice(0, 3)}***********${resident.id_number.slice(-4)}`,
      phone: '138****8000',
    });
    expect(list.body).not.toContain(resident.id_number);
  });
});
