import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../../../test/world.ts';
import { checkCharacter } from '../../registry/id-number.ts';
import { activeTracingRules, type TracingRules } from '../rules.ts';
import { companionCandidates, venueCandidates } from './discovery.service.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

interface Person {
  id: number;
  id_number: string;
  name: string;
  phone: string;
  path: string;
}

/** A valid ID number of nobody in the registry. */
const stranger = (n: number) => {
  const first17 = `11010519800101${String(n).padStart(3, '0')}`;
  return first17 + checkCharacter(first17);
};

describe('evidence discovery: who scanned in with a case, and who kept it company', () => {
  let world: World;
  let rules: TracingRules;
  let people: Person[];
  let places: { id: number; name: string }[];
  const person = (i: number): Person => {
    const p = people[i];
    if (!p) throw new Error(`no person ${i}`);
    return p;
  };

  /** A case of resident `who`, its trajectory entries inserted as an investigator would record them. */
  async function openCase(who: Person, phone: string | null, entries: { placeId: number; from: number; to: number }[]) {
    const { rows } = await sql<{ id: number }>`
      INSERT INTO tracing_case (code, resident_id, id_number, name, phone, path, classification, found_via, found_at,
                                protocol_id)
      VALUES (${`BL-${randomUUID()}`}, ${who.id}, ${who.id_number}, ${who.name}, ${phone}, ${who.path}::ltree,
              'confirmed', 'fever_clinic', now(), (SELECT id FROM protocol WHERE active))
      RETURNING id`.execute(world.t.db);
    const caseId = rows[0]?.id ?? 0;
    for (const e of entries) {
      await sql`INSERT INTO case_trajectory (case_id, place_id, during)
                VALUES (${caseId}, ${e.placeId}, tstzrange(${new Date(e.from)}, ${new Date(e.to)}))`.execute(
        world.t.db,
      );
    }
    return caseId;
  }

  const post = async (url: string, body: object) => {
    const response = await world.call('office', 'POST', url, body);
    expect(response.json().rejected).toEqual([]);
  };

  beforeAll(async () => {
    world = await openWorld({ residents: 400, seed: 9 }, { office: { roles: ['tracing_staff'] } });
    rules = (await activeTracingRules(world.t.db)).rules;
    // Residents whose phone is theirs alone, so a phone names them.
    people = (
      await sql<Person>`
        SELECT id, id_number, name, phone, path::text AS path FROM resident r
         WHERE phone IS NOT NULL AND NOT EXISTS (SELECT 1 FROM resident o WHERE o.phone = r.phone AND o.id <> r.id)
         ORDER BY id LIMIT 12`.execute(world.t.db)
    ).rows;
    places = await world.t.db.selectFrom('place').select(['id', 'name']).orderBy('id').limit(2).execute();
  });
  afterAll(() => world.t.close());

  it('should find everyone who scanned in within the margin of a stay, both ends included, but never the case', async () => {
    const [here, elsewhere] = places;
    if (!here || !elsewhere) throw new Error('the demo city has no places');
    const from = Math.floor((Date.now() - 2 * DAY) / HOUR) * HOUR;
    const to = from + HOUR;
    const margin = rules.venueMarginMinutes * MINUTE;
    const theCase = person(0);
    const caseId = await openCase(theCase, null, [{ placeId: here.id, from, to }]);
    const scanOf = (idNumber: string, placeId: number, at: number) => ({
      scanId: randomUUID(),
      placeId,
      scannedAt: new Date(at).toISOString(),
      idNumber,
    });
    await post('/tracing/venue-scans', {
      scans: [
        scanOf(theCase.id_number, here.id, from + 5 * MINUTE),
        scanOf(person(1).id_number, here.id, from - margin), // the first instant that counts
        scanOf(person(1).id_number, here.id, from + 40 * MINUTE),
        scanOf(person(2).id_number, here.id, from - margin - 1_000), // a second too early
        { ...scanOf(stranger(1), here.id, to + margin), name: '过路人', phone: '13700000001' }, // the last instant
        scanOf(stranger(2), here.id, to + margin + 1_000), // a second too late
        scanOf(person(3).id_number, elsewhere.id, from + 10 * MINUTE), // same time, another place
      ],
    });
    const found = await venueCandidates(world.t.db, caseId, rules);
    expect(found.map((c) => c.idNumber).sort()).toEqual([person(1).id_number, stranger(1)].sort());
    const resident = found.find((c) => c.idNumber === person(1).id_number);
    expect(resident).toMatchObject({
      name: person(1).name,
      resident: { id: person(1).id, path: person(1).path },
      evidence: {
        places: [
          {
            placeId: here.id,
            placeName: here.name,
            scannedAt: [new Date(from - margin).toISOString(), new Date(from + 40 * MINUTE).toISOString()],
          },
        ],
      },
      // Nobody scans out: whoever came before the case left may have stayed until it left.
      lastExposureAt: new Date(to).toISOString(),
    });
    expect(found.find((c) => c.idNumber === stranger(1))).toMatchObject({
      name: '过路人',
      phone: '13700000001',
      resident: null,
      lastExposureAt: new Date(to + margin).toISOString(),
    });
  });

  it('should find phones together with the case over minTogetherMinutes where either spent over minCellHours in the cell', async () => {
    const slot = rules.companion.resolutionMinutes * MINUTE;
    const base = Math.floor((Date.now() - 10 * DAY) / slot) * slot;
    const theCase = person(4);
    const casePhone = '13600000000';
    const caseId = await openCase(theCase, casePhone, []);
    const at = (start: number, k: number) => new Date(start + k * slot).toISOString();
    const stay = (phone: string, cell: string, start: number, slots: number[]) =>
      slots.map((k) => ({ phone, cell, seenAt: at(start, k) }));
    const range = (from: number, n: number) => Array.from({ length: n }, (_, k) => from + k);
    const work = base + 2 * DAY;
    const elsewhere = base + 5 * DAY;
    const stale = Date.now() - 15 * DAY;
    // The case: 181 slots at home (30 h 10 min: over 30 h) and 180 at work (30 h exactly: not over).
    await post('/tracing/locations', {
      records: [
        ...stay(casePhone, 'HOME', base, range(0, 181)),
        ...stay(casePhone, 'WORK', work, range(0, 180)),
        ...stay(casePhone, 'HOME', stale, [0, 1, 2]),
      ],
    });
    const [q1, q2, q3, q4, q5, q6] = [5, 6, 7, 8, 9, 10].map((i) => person(i).phone);
    await post('/tracing/locations', {
      records: [
        ...stay(q1 ?? '', 'HOME', base, [10, 11]), // 20 min together: over 10
        ...stay(q2 ?? '', 'HOME', base, [20]), // 10 min together: not over 10
        ...stay(q3 ?? '', 'WORK', work, [0, 1, 2]), // together, but neither over 30 h at work
        ...stay(q4 ?? '', 'WORK', work, [5, 6, 7]), // together, and 3 + 178 slots at work: over 30 h
        ...stay(q4 ?? '', 'WORK', elsewhere, range(0, 178)),
        ...stay(q5 ?? '', 'WORK', work, [10, 11, 12]), // together, and 3 + 177 slots: 30 h exactly
        ...stay(q5 ?? '', 'WORK', elsewhere, range(0, 177)),
        ...stay(q6 ?? '', 'HOME', stale, [0, 1, 2]), // together, but before the 14-day window
        ...stay(theCase.phone, 'HOME', base, range(0, 181)), // the case's own registered phone
      ],
    });
    const found = await companionCandidates(world.t.db, caseId, rules);
    expect(found.map((c) => c.phone).sort()).toEqual([q1, q4].sort());
    expect(found.find((c) => c.phone === q1)).toEqual({
      phone: q1,
      resident: expect.objectContaining({ id: person(5).id, idNumber: person(5).id_number }),
      evidence: {
        cells: [
          { cell: 'HOME', minutesTogether: 20, caseHours: 30.17, otherHours: 0.33, lastTogetherAt: at(base, 11) },
        ],
      },
      lastExposureAt: at(base, 11),
    });
    expect(found.find((c) => c.phone === q4)?.evidence.cells).toEqual([
      { cell: 'WORK', minutesTogether: 30, caseHours: 30, otherHours: 30.17, lastTogetherAt: at(work, 7) },
    ]);
    // As of the first work day, the window holds the home days and the stale ones, not the work days.
    const earlier = await companionCandidates(world.t.db, caseId, rules, new Date(work));
    expect(earlier.map((c) => c.phone).sort()).toEqual([q1, q6].sort());
    // As of 100 of q4's 178 slots elsewhere, it has 3 + 100 slots at work in the window: not over 30 h.
    const midway = await companionCandidates(world.t.db, caseId, rules, new Date(elsewhere + 100 * slot));
    expect(midway.map((c) => c.phone).sort()).toEqual([q1, q6].sort());
  });

  it('should find nothing for a case without a phone or without places in its trajectory', async () => {
    const caseId = await openCase(person(11), null, []);
    await sql`UPDATE resident SET phone = NULL WHERE id = ${person(11).id}`.execute(world.t.db);
    expect(await companionCandidates(world.t.db, caseId, rules)).toEqual([]);
    expect(await venueCandidates(world.t.db, caseId, rules)).toEqual([]);
  });
});
