import type { Actor } from '../../core/auth/actor.ts';
import { pathInJurisdiction } from '../../core/auth/scope.ts';
import type { Executor } from '../../core/db/database.ts';
import { type RegionByCode, regionsByCodes } from '../regions/regions.service.ts';
import type { ParsedRow, Rejection } from './import/handler.ts';
import type { RejectionReason } from './import/reasons.ts';

/** Region lookups by code for one import run: each code is fetched once, then served from memory. */
export class RegionCache {
  private readonly known = new Map<string, RegionByCode | null>();

  async load(db: Executor, codes: Iterable<string>): Promise<void> {
    const missing = [...new Set(codes)].filter((code) => !this.known.has(code));
    if (missing.length === 0) return;
    const found = await regionsByCodes(db, missing);
    for (const code of missing) this.known.set(code, null);
    for (const region of found) this.known.set(region.code, region);
  }

  get(code: string): RegionByCode | null {
    return this.known.get(code) ?? null;
  }

  /** The region a row is pinned to, or why it cannot be: unknown, not a grid, outside the importer's reach. */
  pin(actor: Actor, code: string, gridOnly: boolean): RegionByCode | RejectionReason {
    const region = this.get(code);
    if (!region) return 'unknown_region';
    if (gridOnly && region.levelKey !== 'grid') return 'not_a_grid';
    if (!pathInJurisdiction(actor, region.path)) return 'outside_jurisdiction';
    return region;
  }
}

/**
 * Loads and pins each row's region (`field` names the code in the input); rows that cannot be pinned
 * become rejections.
 */
export async function pinRows<T extends Record<K, string>, K extends string>(
  db: Executor,
  actor: Actor,
  regions: RegionCache,
  rows: ParsedRow<T>[],
  field: K,
  gridOnly: boolean,
): Promise<{ pinned: (ParsedRow<T> & { region: RegionByCode })[]; rejections: Rejection[] }> {
  await regions.load(
    db,
    rows.map((r) => r.input[field]),
  );
  const rejections: Rejection[] = [];
  const pinned = rows.flatMap((r) => {
    const region = regions.pin(actor, r.input[field], gridOnly);
    if (typeof region !== 'string') return [{ ...r, region }];
    rejections.push({ row: r.row, field, value: r.input[field], reason: region });
    return [];
  });
  return { pinned, rejections };
}
