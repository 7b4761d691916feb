import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { loadConfig } from '../../core/config.ts';
import type { Db } from '../../core/db/database.ts';
import { addDays, localDate } from '../../core/time/local-time.ts';
import type { HealthFact } from '../protocol/document.ts';

/** A resident of the demo city, as the fixtures need one. */
export interface FixtureResident {
  id: number;
  id_number: string;
  name: string;
  household_id: number;
  path: string;
}

/** One resident of each of `count` households (a closed area covers their housemates too). */
export async function residentsOfHouseholds(db: Db, count: number): Promise<FixtureResident[]> {
  const { rows } = await sql<FixtureResident>`
    SELECT DISTINCT ON (r.household_id) r.id, r.id_number, r.name, r.household_id, r.path::text AS path
      FROM resident r WHERE r.household_id IS NOT NULL ORDER BY r.household_id, r.id LIMIT ${count}`.execute(db);
  if (rows.length < count) throw new Error(`only ${rows.length} households in the fixture city`);
  return rows;
}

const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000);

/** A case of the resident (matched by ID number only when `byIdNumber`, as for a case opened before registration). */
export async function writeCase(
  db: Db,
  r: FixtureResident,
  options: { classification?: string; byIdNumber?: boolean } = {},
): Promise<number> {
  const { rows } = await sql<{ id: number }>`
    INSERT INTO tracing_case (code, resident_id, id_number, name, path, classification, found_via, found_at, protocol_id)
    VALUES ('HS-' || ${r.id}, ${options.byIdNumber ? null : r.id}, ${r.id_number}, ${r.name}, ${r.path}::ltree,
            ${options.classification ?? 'confirmed'}, 'fever_clinic', now(), (SELECT id FROM protocol WHERE active))
    RETURNING id`.execute(db);
  return rows[0]!.id;
}

/** A home quarantine of the resident, active unless `status` says otherwise. */
export async function writeQuarantine(db: Db, r: FixtureResident, status = 'active'): Promise<number> {
  const { rows } = await sql<{ id: number }>`
    INSERT INTO quarantine (person_key, resident_id, id_number, name, household_id, path, group_key, mode, starts_at,
                            planned_end, protocol_id, status, ended_at)
    VALUES ('id:' || ${r.id_number}, ${r.id}, ${r.id_number}, ${r.name}, ${r.household_id}, ${r.path}::ltree,
            'close_contact', 'home', now() - interval '3 days', now() + interval '7 days',
            (SELECT id FROM protocol WHERE active), ${status}, ${status === 'active' ? null : new Date()})
    RETURNING id`.execute(db);
  return rows[0]!.id;
}

/** A health check of a quarantine, `hours` ago, with or without fever. */
export async function writeCheck(db: Db, quarantineId: number, hours: number, fever: boolean): Promise<void> {
  const at = hoursAgo(hours);
  await sql`
    INSERT INTO health_check (check_id, quarantine_id, day, slot, checked_at, temperature, fever, via)
    VALUES (${randomUUID()}, ${quarantineId}, ${at}::date, 0, ${at}, ${fever ? 38.2 : 36.6}, ${fever}, 'staff')`.execute(
    db,
  );
}

/** A scheduled test of a quarantine due `daysAgo` days ago (local days of the platform), sampled or not. */
export async function writeTest(db: Db, quarantineId: number, daysAgo: number, sampled: boolean): Promise<void> {
  const due = addDays(localDate(new Date(), loadConfig().timeZone), -daysAgo);
  await sql`
    INSERT INTO quarantine_test (quarantine_id, due_date, stage, day, basis, sampled_at)
    VALUES (${quarantineId}, ${due}::date, 'centralized',
            (SELECT count(*) + 1 FROM quarantine_test WHERE quarantine_id = ${quarantineId}), '{}'::jsonb,
            ${sampled ? new Date() : null})`.execute(db);
}

/** An area at `level` of the active protocol over the given households (the area's own region: the city). */
export async function writeArea(
  db: Db,
  households: number[],
  options: { level?: string; status?: string } = {},
): Promise<number> {
  const { rows } = await sql<{ id: number }>`
    INSERT INTO risk_area (code, name, level, region_id, path, status, reason, starts_at, level_since, protocol_id)
    SELECT 'HS-' || nextval('risk_area_code_seq'), '测试风险区', ${options.level ?? 'high'}, r.id, r.path,
           ${options.status ?? 'active'}, '测试', now(), now(), (SELECT id FROM protocol WHERE active)
      FROM region r WHERE r.parent_id IS NULL ORDER BY r.id LIMIT 1
    RETURNING id`.execute(db);
  const areaId = rows[0]!.id;
  await sql`
    INSERT INTO risk_area_household (area_id, household_id)
    SELECT ${areaId}, unnest(${households}::bigint[])`.execute(db);
  return areaId;
}

/**
 * Makes the given facts hold for a resident, the way the other modules record them: fever and overdue tests
 * belong to a quarantine (a fever alone: a quarantine already ended, the fever of the last hours).
 */
export async function writeFacts(db: Db, r: FixtureResident, facts: ReadonlySet<HealthFact>): Promise<void> {
  if (facts.has('case')) await writeCase(db, r);
  if (facts.has('quarantine') || facts.has('fever') || facts.has('overdue_test')) {
    const quarantine = await writeQuarantine(db, r, facts.has('quarantine') ? 'active' : 'released');
    await writeCheck(db, quarantine, 2, facts.has('fever'));
    if (facts.has('overdue_test')) await writeTest(db, quarantine, 1, false);
  }
  if (facts.has('closed_area')) await writeArea(db, [r.household_id]);
}

/** Residents sharing a household with the given ones (not themselves). */
export async function housematesOf(db: Db, residents: FixtureResident[]): Promise<number[]> {
  const { rows } = await sql<{ id: number }>`
    SELECT id FROM resident WHERE household_id = ANY (${residents.map((r) => r.household_id)}::bigint[])
       AND id <> ALL (${residents.map((r) => r.id)}::bigint[]) ORDER BY id`.execute(db);
  return rows.map((row) => row.id);
}

/** The stored status of residents, green for those without a row. */
export async function statusesOf(db: Db, ids: number[]): Promise<Map<number, { colour: string; reasons: string[] }>> {
  const { rows } = await sql<{ id: number; colour: string; reasons: string[] }>`
    SELECT r.id, coalesce(hs.colour, 'green') AS colour, coalesce(hs.reasons, '{}') AS reasons
      FROM resident r LEFT JOIN health_status hs ON hs.resident_id = r.id WHERE r.id = ANY (${ids}::bigint[])`.execute(
    db,
  );
  return new Map(rows.map((row) => [row.id, { colour: row.colour, reasons: row.reasons }]));
}
