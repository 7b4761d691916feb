import { type Expression, type SqlBool, sql } from 'kysely';
import type { Actor } from '../../core/auth/actor.ts';
import { inJurisdiction } from '../../core/auth/scope.ts';
import type { Executor } from '../../core/db/database.ts';
import type { PlaceQuery } from './registry.schema.ts';

export interface PlaceRow {
  id: number;
  code: string;
  type: string;
  name: string;
  grid_id: number;
  address: string | null;
  lng: number | null;
  lat: number | null;
  contact_name: string | null;
  contact_phone: string | null;
  attributes: Record<string, number | string>;
}

export async function searchPlaces(
  db: Executor,
  actor: Actor,
  f: PlaceQuery & { regionPath?: string },
): Promise<{ rows: PlaceRow[]; total: number }> {
  const query = db.selectFrom('place as p').where((eb) => {
    const conditions: Expression<SqlBool>[] = [inJurisdiction(actor, 'p.path')];
    if (f.q) conditions.push(eb('p.name', 'like', `%${f.q.replace(/[\\%_]/g, '\\$&')}%`));
    if (f.type) conditions.push(eb('p.type', '=', f.type));
    if (f.regionPath) conditions.push(sql<SqlBool>`(p.path <@ ${f.regionPath}::ltree)`);
    return eb.and(conditions);
  });
  const [rows, count] = await Promise.all([
    query
      .select([
        'p.id',
        'p.code',
        'p.type',
        'p.name',
        'p.grid_id',
        'p.address',
        'p.lng',
        'p.lat',
        'p.contact_name',
        'p.contact_phone',
        'p.attributes',
      ])
      .orderBy('p.type')
      .orderBy('p.code')
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize)
      .execute(),
    query.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: count.n };
}
