import type { Actor } from '../../core/auth/actor.ts';
import type { Db } from '../../core/db/database.ts';
import { notFound } from '../../core/errors.ts';
import { pathInScope, regionRefs } from '../regions/regions.service.ts';
import { maskPhone } from './id-number.ts';
import * as repo from './places.repository.ts';
import type { Place, PlaceQuery } from './registry.schema.ts';
import { type PlaceType, placeTypes } from './vocabulary.ts';

const asType = (type: string): PlaceType => placeTypes.find((t) => t === type) ?? 'enterprise';

/** Places within the jurisdiction, filtered by name, type and region; contact phones masked. */
export async function searchPlaces(
  db: Db,
  actor: Actor,
  query: PlaceQuery,
): Promise<{ items: Place[]; total: number }> {
  const region = query.regionId === undefined ? null : await pathInScope(db, actor, query.regionId);
  if (query.regionId !== undefined && !region) throw notFound();
  const { rows, total } = await repo.searchPlaces(db, actor, {
    ...query,
    ...(region ? { regionPath: region.path } : {}),
  });
  const names = new Map((await regionRefs(db, [...new Set(rows.map((r) => r.grid_id))])).map((r) => [r.id, r.name]));
  return {
    total,
    items: rows.map((row) => ({
      id: row.id,
      code: row.code,
      type: asType(row.type),
      name: row.name,
      region: { id: row.grid_id, name: names.get(row.grid_id) ?? '' },
      address: row.address,
      lng: row.lng,
      lat: row.lat,
      contactName: row.contact_name,
      contactPhone: row.contact_phone && maskPhone(row.contact_phone),
      attributes: row.attributes,
    })),
  };
}
