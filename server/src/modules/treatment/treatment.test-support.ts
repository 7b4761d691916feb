import { sql } from 'kysely';
import { openWorld, type World } from '../../../test/world.ts';

export interface Person {
  id: number;
  id_number: string;
  name: string;
  grid_id: number;
}

export interface TreatmentWorld extends World {
  /** The demo city's two grids: A holds hospital A, B holds hospital B. */
  gridA: number;
  gridB: number;
  hospitalA: number;
  hospitalB: number;
  /** Residents of each grid, in id order. */
  inA: Person[];
  inB: Person[];
  /** Opens a case through the tracing API (as the tracer) and returns its id. */
  openCase: (
    person: Person,
    facts?: { classification?: string; foundVia?: string; foundAt?: string },
  ) => Promise<number>;
  /** A quarantined person (at home) sent to a hospital, as quarantine's transfer workflow leaves it. */
  transfer: (person: Person, hospitalId: number) => Promise<number>;
}

async function insertHospital(world: World, gridId: number, name: string): Promise<number> {
  const { rows } = await sql<{ id: number }>`
    INSERT INTO place (code, type, name, grid_id, path)
    SELECT ${`T-${name}`}, 'hospital', ${name}, id, path FROM region WHERE id = ${gridId}
    RETURNING id`.execute(world.t.db);
  return Number(rows[0]?.id);
}

/**
 * A demo city of two grids (2,000 residents) with a hospital in each, `tracer` (tracing staff) to open
 * cases and the given staff, all over the whole city.
 */
export async function openTreatmentWorld(
  seed: number,
  staff: Parameters<typeof openWorld>[1],
): Promise<TreatmentWorld> {
  const world = await openWorld({ residents: 2_000, seed }, { tracer: { roles: ['tracing_staff'] }, ...staff });
  const grids = (
    await sql<{ id: number }>`
      SELECT r.id FROM region r JOIN region_level l ON l.id = r.level_id WHERE l.key = 'grid' ORDER BY r.id`.execute(
      world.t.db,
    )
  ).rows.map((r) => Number(r.id));
  const [gridA, gridB] = grids;
  if (gridA === undefined || gridB === undefined) throw new Error('the demo city has fewer than two grids');
  const residentsOf = async (gridId: number) =>
    (
      await sql<Person>`
        SELECT id, id_number, name, grid_id FROM resident WHERE grid_id = ${gridId} ORDER BY id LIMIT 30`.execute(
        world.t.db,
      )
    ).rows;
  const openCase: TreatmentWorld['openCase'] = async (person, facts = {}) => {
    const response = await world.call('tracer', 'POST', '/tracing/cases', {
      idNumber: person.id_number,
      name: person.name,
      classification: facts.classification ?? 'confirmed',
      foundVia: facts.foundVia ?? 'fever_clinic',
      foundAt: facts.foundAt ?? new Date(Date.now() - 3_600_000).toISOString(),
    });
    if (response.statusCode !== 201) throw new Error(`opening a case failed: ${response.body}`);
    return response.json<{ id: number }>().id;
  };
  const transfer: TreatmentWorld['transfer'] = async (person, hospitalId) => {
    const { rows } = await sql<{ id: number }>`
      WITH q AS (
        INSERT INTO quarantine (person_key, resident_id, id_number, name, grid_id, path, group_key, mode, starts_at,
                                planned_end, protocol_id, status, ended_at, end_reason)
        SELECT 'id:' || r.id_number, r.id, r.id_number, r.name, r.grid_id, r.path, 'close_contact', 'home',
               now() - interval '2 days', now() + interval '5 days', (SELECT id FROM protocol WHERE active), 'to_hospital',
               now(), '发热转诊'
          FROM resident r WHERE r.id = ${person.id}
        RETURNING id)
      INSERT INTO hospital_transfer (quarantine_id, hospital_id, reason)
      SELECT q.id, ${hospitalId}, '发热 38.2℃' FROM q RETURNING id`.execute(world.t.db);
    return Number(rows[0]?.id);
  };
  return {
    ...world,
    gridA,
    gridB,
    hospitalA: await insertHospital(world, gridA, '甲区定点医院'),
    hospitalB: await insertHospital(world, gridB, '乙区定点医院'),
    inA: await residentsOf(gridA),
    inB: await residentsOf(gridB),
    openCase,
    transfer,
  };
}
