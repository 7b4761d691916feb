import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../../test/world.ts';

const MINUTE = 60_000;

describe('contact discovery from venue scans and location records, each suggestion with its evidence', () => {
  let world: World;
  let caseId: number;
  let people: { id: number; id_number: string; name: string }[];
  const foundAt = new Date(Math.floor(Date.now() / (10 * MINUTE)) * 10 * MINUTE - 60 * MINUTE);
  const at = (minutesBeforeFound: number) => new Date(foundAt.getTime() - minutesBeforeFound * MINUTE).toISOString();

  beforeAll(async () => {
    world = await openWorld({ residents: 1_000, seed: 24 }, { office: { roles: ['tracing_staff'], scopeAll: true } });
    people = await world.t.db
      .selectFrom('resident')
      .select(['id', 'id_number', 'name'])
      .orderBy('id')
      .limit(5)
      .execute();
    const market = (
      await world.t.db.selectFrom('place').select('id').where('type', '=', 'market').executeTakeFirstOrThrow()
    ).id;
    const created = await world.call('office', 'POST', '/tracing/cases', {
      idNumber: people[0]?.id_number,
      name: people[0]?.name,
      phone: '13900000001',
      classification: 'confirmed',
      foundVia: 'mass_testing',
      foundAt: foundAt.toISOString(),
    });
    caseId = created.json().id;
    // The case was at the market for an hour, a day before it was found.
    await world.call('office', 'POST', `/tracing/cases/${caseId}/trajectory`, {
      placeId: market,
      from: at(24 * 60),
      to: at(23 * 60),
    });
    const scan = (person: { id_number: string; name: string } | undefined, minutes: number) => ({
      scanId: randomUUID(),
      placeId: market,
      scannedAt: at(minutes),
      idNumber: person?.id_number ?? '',
      name: person?.name,
    });
    const scans = await world.call('office', 'POST', '/tracing/venue-scans', {
      // Inside the stay; within the 30-minute margin after it; two hours before it (too early); the case itself.
      scans: [
        scan(people[1], 23.5 * 60),
        scan(people[2], 23 * 60 - 20),
        scan(people[3], 26 * 60),
        scan(people[0], 23.5 * 60),
      ],
    });
    expect(scans.json()).toMatchObject({ stored: 4 });
    // The case's phone lived 31 hours in cell A; one phone shared three 10-minute slots with it, another one.
    const slots = Array.from({ length: 31 * 6 }, (_, i) => ({
      phone: '13900000001',
      cell: 'CELL-A',
      seenAt: at(10 + i * 10),
    }));
    const companion = [30, 40, 50].map((m) => ({ phone: '13900000002', cell: 'CELL-A', seenAt: at(m) }));
    const passerBy = [{ phone: '13900000003', cell: 'CELL-A', seenAt: at(30) }];
    const records = await world.call('office', 'POST', '/tracing/locations', {
      records: [...slots, ...companion, ...passerBy],
    });
    expect(records.statusCode).toBe(200);
  });
  afterAll(() => world.t.close());

  it('should suggest who scanned in at the case’s places within the margin, and companions over the thresholds', async () => {
    const discovered = (await world.call('office', 'POST', `/tracing/cases/${caseId}/discover`)).json();
    expect(discovered.found).toMatchObject({ venue_scan: 2, companion: 1 });
    const items = (await world.call('office', 'GET', `/tracing/cases/${caseId}/suggestions`)).json().items;
    const venue = items.filter((s: { via: string }) => s.via === 'venue_scan');
    expect(venue.map((s: { residentId: number }) => s.residentId).sort()).toEqual(
      [people[1]?.id, people[2]?.id].sort(),
    );
    expect(venue[0].evidence.places[0]).toMatchObject({ placeId: expect.any(Number), scannedAt: [expect.any(String)] });
    const [companion] = items.filter((s: { via: string }) => s.via === 'companion');
    expect(companion).toMatchObject({ phone: '139****0002', residentId: null });
    expect(companion.evidence.cells[0]).toMatchObject({ cell: 'CELL-A', minutesTogether: 30 });
  });

  it('should make a phone-only companion a contact once a name is given, in the case’s region', async () => {
    const [companion] = (await world.call('office', 'GET', `/tracing/cases/${caseId}/suggestions?status=open`))
      .json()
      .items.filter((s: { via: string }) => s.via === 'companion');
    const nameless = await world.call('office', 'POST', `/tracing/suggestions/${companion.id}/confirm`, {});
    expect(nameless.statusCode).toBe(400);
    const confirmed = await world.call('office', 'POST', `/tracing/suggestions/${companion.id}/confirm`, {
      name: '机主甲',
      kind: 'general',
    });
    const contact = (await world.call('office', 'GET', `/tracing/contacts/${confirmed.json().contactId}`)).json();
    expect(contact).toMatchObject({ name: '机主甲', kind: 'general', foundVia: 'companion', phone: '13900000002' });
  });
});
