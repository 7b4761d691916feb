import { sql } from 'kysely';
import { openWorld, type World } from '../../../test/world.ts';

export interface RectificationWorld extends World {
  /** A grid of the demo city and the community above it. */
  grid: number;
  community: number;
  /** A factory in the grid (the unit) and a pharmacy in it (another unit). */
  factory: number;
  pharmacy: number;
  /** An announced plan with `supervisor` as its team, aimed at the factory. */
  plan: number;
  /** The plan's inspection of the factory by `supervisor`, with three findings: two open, one fixed on the spot. */
  inspection: number;
  findings: { open: [number, number]; fixed: number };
  /** One more open finding of the inspection. */
  addFinding: (description: string, severity?: string) => Promise<number>;
}

const one = async <T>(query: Promise<{ rows: T[] }>): Promise<T> => {
  const row = (await query).rows[0];
  if (!row) throw new Error('no row');
  return row;
};

/**
 * A small demo city; `supervisor` (supervisor, whole city); `liaison`, a member of the factory, and `otherLiaison`,
 * of the pharmacy, both over the grid; `communityWorker` (grid worker) over the community; `commander` (city).
 * The inspection and its findings are written in SQL, as the supervision module would leave them.
 */
export async function openRectificationWorld(seed: number): Promise<RectificationWorld> {
  const world = await openWorld({ residents: 200, seed }, { supervisor: { roles: ['supervisor'] } });
  const db = world.t.db;
  const { grid, community } = await one(
    sql<{ grid: number; community: number }>`
      SELECT r.id AS grid, r.parent_id AS community FROM region r JOIN region_level l ON l.id = r.level_id
       WHERE l.key = 'grid' ORDER BY r.id LIMIT 1`.execute(db),
  );
  const place = (code: string, type: string, name: string) =>
    one(
      sql<{ id: number }>`
        INSERT INTO place (code, type, name, grid_id, path, contact_name, contact_phone)
        SELECT ${code}, ${type}, ${name}, id, path, '王联络', '13800138000' FROM region WHERE id = ${grid}
        RETURNING id`.execute(db),
    ).then((r) => r.id);
  const factory = await place('R-FACTORY', 'enterprise', '湘江机械厂');
  const pharmacy = await place('R-PHARMACY', 'pharmacy', '仁和大药房');
  await world.signInAs('liaison', ['liaison'], [grid]);
  await world.signInAs('otherLiaison', ['liaison'], [grid]);
  await world.signInAs('communityWorker', ['grid_worker'], [community]);
  await world.signInAs('commander', ['commander'], [world.city]);
  await sql`
    INSERT INTO place_member (place_id, user_id)
    SELECT ${factory}::bigint, id FROM app_user WHERE username = 'liaison'
    UNION ALL SELECT ${pharmacy}::bigint, id FROM app_user WHERE username = 'otherLiaison'`.execute(db);
  const { plan, target } = await one(
    sql<{ plan: number; target: number }>`
      WITH p AS (INSERT INTO inspection_plan (code, title, unannounced, starts_on, ends_on, path, created_by)
                 SELECT 'R-PLAN-1', '企业复工复产专项督导', false, current_date, current_date, r.path, u.id
                   FROM region r, app_user u WHERE r.id = ${grid} AND u.username = 'supervisor' RETURNING id),
           m AS (INSERT INTO plan_member (plan_id, user_id, leader)
                 SELECT p.id, u.id, true FROM p, app_user u WHERE u.username = 'supervisor')
      INSERT INTO plan_target (plan_id, place_id, path) SELECT p.id, ${factory}::bigint, pl.path FROM p, place pl
       WHERE pl.id = ${factory} RETURNING plan_id AS plan, id AS target`.execute(db),
  );
  const { inspection } = await one(
    sql<{ inspection: number }>`
      WITH t AS (INSERT INTO checklist_template (code, name, target_kind) VALUES ('R-ENT', '企业检查表', 'enterprise')
                 RETURNING id),
           v AS (INSERT INTO checklist_version (template_id, version, items) SELECT id, 1, '[]'::jsonb FROM t RETURNING id)
      INSERT INTO inspection (plan_target_id, place_id, path, checklist_version_id, inspector_id, checked_in_at,
                              submitted_at)
      SELECT ${target}::bigint, ${factory}::bigint, p.path, v.id, u.id, now() - interval '2 hours', now() - interval '1 hour'
        FROM v, place p, app_user u WHERE p.id = ${factory} AND u.username = 'supervisor'
      RETURNING id AS inspection`.execute(db),
  );
  const addFinding = async (description: string, severity = 'major', fixed = false) =>
    (
      await one(
        sql<{ id: number }>`
          INSERT INTO finding (inspection_id, description, severity, path, disposition, fixed_note, fixed_at, created_by)
          SELECT ${inspection}::bigint, ${description}, ${severity}, p.path, ${fixed ? 'fixed_on_spot' : 'open'},
                 ${fixed ? '已当场补齐' : null}, ${fixed ? sql`now()` : null}, u.id
            FROM place p, app_user u WHERE p.id = ${factory} AND u.username = 'supervisor'
          RETURNING id`.execute(db),
      )
    ).id;
  const first = await addFinding('厂区入口未落实测温登记', 'major');
  const second = await addFinding('员工宿舍未落实消毒通风记录', 'minor');
  const fixed = await addFinding('门岗未张贴防疫须知', 'minor', true);
  return {
    ...world,
    grid,
    community,
    factory,
    pharmacy,
    plan,
    inspection,
    findings: { open: [first, second], fixed },
    addFinding: (description, severity) => addFinding(description, severity),
  };
}

/** The entries of a zip file (an .xlsx, a .docx) by name, inflated. */
export async function unzip(buffer: Buffer): Promise<Map<string, Buffer>> {
  const { inflateRawSync } = await import('node:zlib');
  const entries = new Map<string, Buffer>();
  // The central directory lists every entry with its sizes, even when local headers defer them.
  const end = buffer.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let at = buffer.readUInt32LE(end + 16);
  for (let n = buffer.readUInt16LE(end + 10); n > 0; n -= 1) {
    const method = buffer.readUInt16LE(at + 10);
    const size = buffer.readUInt32LE(at + 20);
    const nameLength = buffer.readUInt16LE(at + 28);
    const skip = nameLength + buffer.readUInt16LE(at + 30) + buffer.readUInt16LE(at + 32);
    const local = buffer.readUInt32LE(at + 42);
    const name = buffer.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const start = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28);
    const data = buffer.subarray(start, start + size);
    entries.set(name, method === 8 ? inflateRawSync(data) : data);
    at += 46 + skip;
  }
  return entries;
}
