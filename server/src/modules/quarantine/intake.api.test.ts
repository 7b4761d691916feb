import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openQuarantineWorld, protocolId, type QuarantineWorld, type Resident } from './quarantine.test-support.ts';

interface Outcome {
  ref: { residentId: number | null; contactId: number | null; idNumber: string | null };
  outcome: 'placed' | 'refused';
  room: { id: number; number: string } | null;
  reason: string | null;
  notes: string[];
  existingQuarantineId: number | null;
  quarantineId: number | null;
}

describe('room suggestions and bulk intake: households together, each person placed or refused with the reason', () => {
  let world: QuarantineWorld;
  let family: Resident[];
  let others: Resident[];
  const intake = (body: object) => world.call('office', 'POST', '/quarantines/intake', body);
  const activate = async (code: string) => {
    const id = await protocolId(world, code);
    expect((await world.call('office', 'POST', `/protocols/${id}/activate`)).statusCode).toBe(200);
  };

  beforeAll(async () => {
    world = await openQuarantineWorld(63);
    // A household of three or four with a child under 14.
    const { rows } = await sql<{ household_id: number }>`
      SELECT household_id FROM resident WHERE household_id IS NOT NULL
       GROUP BY household_id
      HAVING count(*) BETWEEN 3 AND 4 AND bool_or(birth_date > current_date - interval '13 years')
         AND bool_or(birth_date BETWEEN current_date - interval '60 years' AND current_date - interval '20 years')
       ORDER BY household_id LIMIT 1`.execute(world.t.db);
    family = world.residents.filter((r) => r.household_id === rows[0]?.household_id);
    others = world.residents.filter((r) => r.household_id !== rows[0]?.household_id).slice(0, 6);
    expect(family.length).toBeGreaterThanOrEqual(3);
    // Six single rooms on floor 5 and one family room with four beds.
    await world.addRooms(world.otherSiteId, { fromFloor: 5, toFloor: 5, roomsPerFloor: 6, kind: 'single', beds: 1 });
    await world.addRooms(world.otherSiteId, {
      fromFloor: 5,
      toFloor: 5,
      roomsPerFloor: 1,
      firstRoom: 7,
      kind: 'multi',
      beds: 4,
    });
  });
  afterAll(() => world.t.close());

  it('should suggest one family room for a household with a child, and single rooms for the others', async () => {
    const ids = [...family, others[0]!].map((r) => r.id).join(',');
    const response = await world.call(
      'office',
      'GET',
      `/quarantines/room-suggestions?siteId=${world.otherSiteId}&residentIds=${ids}`,
    );
    expect(response.statusCode, response.body).toBe(200);
    const items = response.json().items;
    const familyRooms = new Set(items.slice(0, family.length).map((s: { room: { number: string } }) => s.room.number));
    expect([...familyRooms]).toEqual(['507']);
    expect(items[0].notes).toContain('household_room');
    expect(items.find((s: { notes: string[] }) => s.notes.includes('with_carer'))).toBeDefined();
    expect(items.at(-1).room.number).toBe('501');
    const unknown = await world.call(
      'office',
      'GET',
      `/quarantines/room-suggestions?siteId=${world.otherSiteId}&residentIds=999999`,
    );
    expect(unknown.statusCode).toBe(404);
  });

  it('should place a list in one go and refuse, each with its reason, the rest', async () => {
    const already = await world.call('office', 'POST', '/quarantines', {
      person: { residentId: others[1]!.id },
      group: 'close_contact',
      mode: 'home',
      homeConditions: { singleRoom: true, ownBathroom: true, noVulnerableCohabitants: true, caregiverIfNeeded: true },
    });
    expect(already.statusCode).toBe(201);
    const residentIds = [...family.map((r) => r.id), others[1]!.id, others[0]!.id, others[0]!.id];
    const response = await intake({ residentIds, group: 'close_contact', siteId: world.otherSiteId });
    expect(response.statusCode, response.body).toBe(200);
    const reply = response.json();
    const outcomes: Outcome[] = reply.outcomes;
    expect(outcomes.slice(0, family.length).every((o) => o.outcome === 'placed' && o.room?.number === '507')).toBe(
      true,
    );
    expect(outcomes.slice(family.length)).toMatchObject([
      { outcome: 'refused', reason: 'already_in_quarantine', existingQuarantineId: already.json().id },
      { outcome: 'placed', room: { number: '501' } },
      { outcome: 'refused', reason: 'duplicate' },
    ]);
    expect(reply).toMatchObject({
      placed: family.length + 1,
      refused: 2,
      plan: { basis: { rule: 'quarantine.groups.close_contact', version: 1 } },
    });
    const { rows } = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM audit_log WHERE action = 'quarantine.intake'`.execute(world.t.db);
    expect(rows[0]?.n).toBe(1);
  });

  it('should refuse when rooms run out, and take contacts (moving them under a measure) and ID numbers', async () => {
    const [source, ...rest] = others.slice(2);
    const opened = await world.call('office', 'POST', '/tracing/cases', {
      idNumber: source!.id_number,
      name: source!.name,
      classification: 'confirmed',
      foundVia: 'fever_clinic',
    });
    const contactIds: number[] = [];
    for (const r of rest) {
      const contact = await world.call('office', 'POST', '/tracing/contacts', {
        sourceCaseId: opened.json().id,
        idNumber: r.id_number,
        name: r.name,
        kind: 'close',
      });
      contactIds.push(contact.json().id);
    }
    // Five free single rooms are left (502-506) for three contacts, then two ID numbers for two rooms… and one more.
    const contacts = (await intake({ contactIds, group: 'close_contact', siteId: world.otherSiteId })).json();
    expect(contacts.outcomes.map((o: Outcome) => o.outcome)).toEqual(['placed', 'placed', 'placed']);
    const contact = (await world.call('office', 'GET', `/tracing/contacts/${contactIds[0]}`)).json();
    expect(contact.status).toBe('under_measure');
    const more = world.residents.filter((r) => !family.includes(r) && !others.includes(r)).slice(0, 3);
    const byNumber = (
      await intake({
        idNumbers: [...more.map((r) => r.id_number), '110101199001011234'],
        group: 'close_contact',
        siteId: world.otherSiteId,
      })
    ).json();
    expect(byNumber.outcomes.map((o: Outcome) => o.reason)).toEqual([null, null, 'no_room', 'not_found']);
    const occupied = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM isolation_room WHERE site_id = ${world.otherSiteId} AND status = 'occupied'`.execute(
      world.t.db,
    );
    expect(occupied.rows[0]?.n).toBe(7);
  });

  it('should refuse every person of a group the protocol in force does not quarantine, and write nothing', async () => {
    await world.addRooms(world.siteId, { fromFloor: 8, toFloor: 8, roomsPerFloor: 3, kind: 'single', beds: 1 });
    await activate('twenty');
    try {
      const before = await sql<{ n: number }>`SELECT count(*)::int AS n FROM quarantine`.execute(world.t.db);
      const ids = world.residents.slice(-2).map((r) => r.id);
      const reply = (await intake({ residentIds: ids, group: 'secondary_contact', siteId: world.siteId })).json();
      expect(reply).toMatchObject({ placed: 0, refused: 2, plan: null });
      expect(reply.outcomes.map((o: Outcome) => o.reason)).toEqual(['group_missing', 'group_missing']);
      const after = await sql<{ n: number }>`SELECT count(*)::int AS n FROM quarantine`.execute(world.t.db);
      expect(after.rows[0]?.n).toBe(before.rows[0]?.n);
    } finally {
      await activate('v9');
    }
  });

  it('should take exactly one list of persons', async () => {
    const both = await intake({
      residentIds: [others[0]!.id],
      contactIds: [1],
      group: 'close_contact',
      siteId: world.siteId,
    });
    expect(both.statusCode).toBe(400);
    const outside = await intake({ residentIds: [others[0]!.id], group: 'close_contact', siteId: 999_999 });
    expect(outside.statusCode).toBe(404);
  });
});
