import { sql } from 'kysely';
import type { Db } from '../../../core/db/database.ts';
import { openWorld, type World } from '../../../../test/world.ts';
import { activeProtocol } from '../../protocol/protocol.repository.ts';
import { planQuarantine } from '../../protocol/quarantine-plan.ts';
import type { QuarantineGroup } from '../../protocol/document.ts';
import { insertCampaign } from '../../testing/campaigns.repository.ts';
import { scheduleQuarantineTests } from './schedule.ts';

export interface Resident {
  id: number;
  id_number: string;
  name: string;
  grid_id: number;
}

export interface NewQuarantines {
  residentIds: number[];
  /** An isolation site (each person gets a room of their own there), or null for home quarantine. */
  siteId: number | null;
  startsAt: Date;
  group?: QuarantineGroup;
  timeZone: string;
  /** Fill each one's test schedule (tests); the bench leaves it out. */
  schedule?: boolean;
}

/**
 * Puts residents under quarantine with plain SQL (a room each at the site, the first stay, the planned end
 * from the active protocol), set-based so a bench can place 20,000 at once. Returns the quarantine ids in
 * the order of `residentIds`.
 */
export async function insertQuarantines(db: Db, q: NewQuarantines): Promise<number[]> {
  const protocol = await activeProtocol(db);
  const group = q.group ?? 'close_contact';
  const mode = q.siteId === null ? 'home' : 'centralized';
  const plan = planQuarantine(protocol, group, q.startsAt, mode, q.timeZone);
  if (!plan) throw new Error(`the active protocol does not quarantine ${group}`);
  const prefix = `T${Date.now().toString(36).slice(-5)}`;
  const { rows } = await sql<{ id: number }>`
    WITH person AS (
      SELECT r.*, p.ord FROM unnest(${q.residentIds}::bigint[]) WITH ORDINALITY AS p(resident_id, ord)
      JOIN resident r ON r.id = p.resident_id),
    room AS (
      INSERT INTO isolation_room (site_id, floor, number, kind, path)
      SELECT s.id, 1 + (person.ord / 100)::int, ${prefix} || '-' || person.ord, 'single', s.path
        FROM person JOIN place s ON s.id = ${q.siteId}
      RETURNING id, number),
    inserted AS (
      INSERT INTO quarantine (person_key, resident_id, id_number, name, phone, household_id, grid_id, path, group_key,
                              mode, site_id, room_id, starts_at, centralized_until, planned_end, protocol_id)
      SELECT 'id:' || person.id_number, person.id, person.id_number, person.name, person.phone, person.household_id,
             person.grid_id, person.path, ${group}, ${mode}, ${q.siteId}, room.id, ${q.startsAt},
             ${plan.centralizedUntil}, ${plan.plannedEnd}, ${protocol.id}
        FROM person LEFT JOIN room ON room.number = ${prefix} || '-' || person.ord
       ORDER BY person.ord
      RETURNING id, site_id, room_id, mode, starts_at),
    stay AS (
      INSERT INTO quarantine_stay (quarantine_id, site_id, room_id, mode, since)
      SELECT id, site_id, room_id, mode, starts_at FROM inserted)
    SELECT id FROM inserted ORDER BY id`.execute(db);
  const ids = rows.map((r) => r.id);
  if (q.schedule ?? true) for (const id of ids) await scheduleQuarantineTests(db, id, q.timeZone);
  return ids;
}

export interface CheckWorld extends World {
  timeZone: string;
  siteId: number;
  hospitalId: number;
  residents: Resident[];
  /** Quarantines `count` residents not used before, at the site (or at home), from `startsAt`. */
  quarantine: (
    count: number,
    startsAt: Date,
    options?: { home?: boolean; group?: QuarantineGroup },
  ) => Promise<number[]>;
}

/** A demo city with `staff` (isolation site staff over the city), its first isolation site and hospital. */
export async function openCheckWorld(seed: number): Promise<CheckWorld> {
  const world = await openWorld({ residents: 300, seed }, { staff: { roles: ['isolation_site_staff'] } });
  const db = world.t.db;
  const place = (type: string) =>
    db.selectFrom('place').select('id').where('type', '=', type).orderBy('id').executeTakeFirstOrThrow();
  const [site, hospital] = await Promise.all([place('isolation_site'), place('hospital')]);
  const residents = await db
    .selectFrom('resident')
    .select(['id', 'id_number', 'name', 'grid_id'])
    .orderBy('id')
    .execute();
  const timeZone = world.t.config.timeZone;
  let used = 0;
  const quarantine: CheckWorld['quarantine'] = (count, startsAt, options = {}) => {
    const chosen = residents.slice(used, used + count).map((r) => r.id);
    used += count;
    return insertQuarantines(db, {
      residentIds: chosen,
      siteId: options.home ? null : site.id,
      startsAt,
      timeZone,
      ...(options.group ? { group: options.group } : {}),
    });
  };
  return { ...world, timeZone, siteId: site.id, hospitalId: hospital.id, residents, quarantine };
}

/**
 * A mass-testing sample of a resident, collected at `at`, in a single tube with `result` (null: pending):
 * what linking reads. Returns the tube's barcode.
 */
export async function sampleOf(
  db: Db,
  residentId: number,
  at: Date,
  result: 'negative' | 'positive' | null,
): Promise<string> {
  const day = new Date(at.getTime() - 86_400_000).toISOString();
  const campaignId = await insertCampaign(db, {
    name: `隔离人员核酸 ${residentId} ${at.toISOString()}`,
    poolSize: 1,
    targetKind: 'list',
    startsAt: day,
    endsAt: new Date(at.getTime() + 86_400_000).toISOString(),
    createdBy: null,
  });
  const barcode = `QT${campaignId}R${residentId}`;
  await sql`
    WITH tube AS (
      INSERT INTO test_tube (barcode, campaign_id, place_id, table_no, capacity, pooling, members, status, opened_at,
                             resulted_at, result)
      SELECT ${barcode}, ${campaignId}, (SELECT id FROM place ORDER BY id LIMIT 1), 1, 1, 'single', 1,
             ${result ? 'resulted' : 'sealed'}, ${at}, ${result ? at : null}, ${result}
      RETURNING id)
    INSERT INTO test_sample (campaign_id, scan_id, tube_id, resident_id, grid_id, collected_at)
    SELECT ${campaignId}, gen_random_uuid(), tube.id, r.id, r.grid_id, ${at} FROM tube, resident r
     WHERE r.id = ${residentId}`.execute(db);
  return barcode;
}

/** Who a quarantine is about: its resident and name. */
export async function personOf(db: Db, quarantineId: number): Promise<{ residentId: number; name: string }> {
  const { rows } = await sql<{ resident_id: number; name: string }>`
    SELECT resident_id, name FROM quarantine WHERE id = ${quarantineId}`.execute(db);
  if (!rows[0]) throw new Error(`no quarantine ${quarantineId}`);
  return { residentId: rows[0].resident_id, name: rows[0].name };
}
