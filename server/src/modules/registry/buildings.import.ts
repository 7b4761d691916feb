import { sql } from 'kysely';
import type { Actor } from '../../core/auth/actor.ts';
import type { Executor } from '../../core/db/database.ts';
import { CountDeltas } from './counts.repository.ts';
import { classify } from './import/classify.ts';
import { type BatchOutcome, type ImportHandler, optional, type ParsedRow, required } from './import/handler.ts';
import type { FieldProblem } from './import/reasons.ts';
import { numberField } from './places.import.ts';
import { pinRows, type RegionCache } from './region-cache.ts';

export interface BuildingInput {
  address: string;
  name: string | null;
  gridCode: string;
  /** The building's point (WGS 84), which places it in areas drawn on a map; absent keeps the stored one. */
  lng?: number | null;
  lat?: number | null;
}

export function parseBuilding(values: Record<string, string>): BuildingInput | FieldProblem[] {
  const problems: FieldProblem[] = [];
  const address = required(values, 'address', problems);
  const gridCode = required(values, 'gridCode', problems);
  const lng = numberField(values, 'lng', [-180, 180], problems);
  const lat = numberField(values, 'lat', [-90, 90], problems);
  if ((lng === null) !== (lat === null))
    problems.push({ field: lng === null ? 'lng' : 'lat', value: '', reason: 'required' });
  return problems.length ? problems : { address, name: optional(values, 'name'), gridCode, lng, lat };
}

/** Buildings keyed by address; a changed grid moves the building (its counts follow). */
export function buildingImport(regions: RegionCache): ImportHandler<BuildingInput> {
  return {
    parse: parseBuilding,
    key: (input) => input.address,
    async write(trx: Executor, actor: Actor, rows: ParsedRow<BuildingInput>[]): Promise<BatchOutcome> {
      const { pinned, rejections } = await pinRows(trx, actor, regions, rows, 'gridCode', true);
      if (pinned.length === 0) return { inserted: 0, updated: 0, unchanged: 0, rejections };
      const { rows: before } = await sql<{
        address: string;
        name: string | null;
        grid_id: number;
        path: string;
        lng: number | null;
        lat: number | null;
      }>`
        SELECT address, name, grid_id, path::text AS path, lng, lat FROM building
         WHERE address = ANY(${pinned.map((p) => p.input.address)}::text[])`.execute(trx);
      const existing = new Map(before.map((b) => [b.address, b]));
      const {
        writes: changed,
        inserted,
        unchanged,
      } = classify(
        pinned,
        existing,
        (p) => p.input.address,
        (old, p) =>
          old.name === p.input.name &&
          old.grid_id === p.region.id &&
          old.lng === (p.input.lng ?? old.lng) &&
          old.lat === (p.input.lat ?? old.lat),
      );
      const counts = new CountDeltas();
      for (const { input, region } of changed) {
        const old = existing.get(input.address);
        if (old) counts.add(old.grid_id, old.path, 'buildings', -1);
        counts.add(region.id, region.path, 'buildings', 1);
      }
      if (changed.length > 0) {
        await sql`
          INSERT INTO building (address, name, grid_id, path, lng, lat)
          SELECT a, n, g, p::ltree, x, y FROM unnest(${changed.map((c) => c.input.address)}::text[], ${changed.map((c) => c.input.name)}::text[],
            ${changed.map((c) => c.region.id)}::bigint[], ${changed.map((c) => c.region.path)}::text[],
            ${changed.map((c) => c.input.lng ?? null)}::float8[], ${changed.map((c) => c.input.lat ?? null)}::float8[]) AS t(a, n, g, p, x, y)
          ON CONFLICT (address) DO UPDATE SET name = excluded.name, grid_id = excluded.grid_id, path = excluded.path,
            lng = coalesce(excluded.lng, building.lng), lat = coalesce(excluded.lat, building.lat), updated_at = now()`.execute(
          trx,
        );
      }
      await counts.apply(trx);
      return { inserted, updated: changed.length - inserted, unchanged, rejections };
    },
  };
}
