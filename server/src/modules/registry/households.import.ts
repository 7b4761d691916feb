import { sql } from 'kysely';
import type { Actor } from '../../core/auth/actor.ts';
import type { Executor } from '../../core/db/database.ts';
import { CountDeltas } from './counts.repository.ts';
import { classify } from './import/classify.ts';
import {
  type BatchOutcome,
  type ImportHandler,
  optional,
  type ParsedRow,
  type Rejection,
  required,
} from './import/handler.ts';
import type { FieldProblem } from './import/reasons.ts';
import { pinRows, type RegionCache } from './region-cache.ts';

export interface HouseholdInput {
  address: string;
  buildingAddress: string | null;
  gridCode: string;
}

export function parseHousehold(values: Record<string, string>): HouseholdInput | FieldProblem[] {
  const problems: FieldProblem[] = [];
  const address = required(values, 'address', problems);
  const gridCode = required(values, 'gridCode', problems);
  return problems.length ? problems : { address, buildingAddress: optional(values, 'buildingAddress'), gridCode };
}

interface Stored {
  address: string;
  building_id: number | null;
  grid_id: number;
  path: string;
}

/** Households keyed by address; a named building must exist already. */
export function householdImport(regions: RegionCache): ImportHandler<HouseholdInput> {
  return {
    parse: parseHousehold,
    key: (input) => input.address,
    async write(trx: Executor, actor: Actor, rows: ParsedRow<HouseholdInput>[]): Promise<BatchOutcome> {
      const { pinned, rejections } = await pinRows(trx, actor, regions, rows, 'gridCode', true);
      const buildingAddresses = pinned.flatMap((p) => (p.input.buildingAddress ? [p.input.buildingAddress] : []));
      const { rows: buildings } = await sql<{ id: number; address: string }>`
        SELECT id, address FROM building WHERE address = ANY(${buildingAddresses}::text[])`.execute(trx);
      const buildingIds = new Map(buildings.map((b) => [b.address, b.id]));
      const ready = pinned.flatMap((p) => {
        const buildingId = p.input.buildingAddress ? buildingIds.get(p.input.buildingAddress) : null;
        if (buildingId !== undefined) return [{ ...p, buildingId }];
        rejections.push({
          row: p.row,
          field: 'buildingAddress',
          value: p.input.buildingAddress ?? '',
          reason: 'unknown_building',
        } satisfies Rejection);
        return [];
      });
      const { rows: before } = await sql<Stored>`
        SELECT address, building_id, grid_id, path::text AS path FROM household
         WHERE address = ANY(${ready.map((p) => p.input.address)}::text[])`.execute(trx);
      const existing = new Map(before.map((h) => [h.address, h]));
      const same = (old: Stored, p: (typeof ready)[number]) =>
        old.building_id === p.buildingId && old.grid_id === p.region.id;
      const { writes, inserted, unchanged } = classify(ready, existing, (p) => p.input.address, same);
      const counts = new CountDeltas();
      for (const { input, region } of writes) {
        const old = existing.get(input.address);
        if (old) counts.add(old.grid_id, old.path, 'households', -1);
        counts.add(region.id, region.path, 'households', 1);
      }
      if (writes.length > 0) {
        await sql`
          INSERT INTO household (address, building_id, grid_id, path)
          SELECT a, b, g, p::ltree FROM unnest(${writes.map((w) => w.input.address)}::text[], ${writes.map((w) => w.buildingId)}::bigint[],
            ${writes.map((w) => w.region.id)}::bigint[], ${writes.map((w) => w.region.path)}::text[]) AS t(a, b, g, p)
          ON CONFLICT (address) DO UPDATE SET building_id = excluded.building_id, grid_id = excluded.grid_id,
            path = excluded.path, updated_at = now()`.execute(trx);
      }
      await counts.apply(trx);
      return { inserted, updated: writes.length - inserted, unchanged, rejections };
    },
  };
}
