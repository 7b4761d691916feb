import { sql } from 'kysely';
import type { Actor } from '../../core/auth/actor.ts';
import { inJurisdiction } from '../../core/auth/scope.ts';
import type { Executor } from '../../core/db/database.ts';

export interface UnitRow {
  kind: 'place' | 'region';
  id: number;
  name: string;
  path: string;
}

/** The responsible unit, a place or a region node, if it lies in the actor's jurisdiction. */
export async function unitInJurisdiction(
  db: Executor,
  actor: Actor,
  unit: { placeId: number } | { regionId: number },
): Promise<UnitRow | null> {
  const { rows } =
    'placeId' in unit
      ? await sql<UnitRow>`
          SELECT 'place' AS kind, id, name, path::text AS path FROM place p
           WHERE id = ${unit.placeId} AND ${inJurisdiction(actor, 'p.path')}`.execute(db)
      : await sql<UnitRow>`
          SELECT 'region' AS kind, id, name, path::text AS path FROM region r
           WHERE id = ${unit.regionId} AND ${inJurisdiction(actor, 'r.path')}`.execute(db);
  return rows[0] ?? null;
}
