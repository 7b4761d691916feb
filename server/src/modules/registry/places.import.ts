import { sql } from 'kysely';
import type { Actor } from '../../core/auth/actor.ts';
import type { Executor } from '../../core/db/database.ts';
import { CountDeltas } from './counts.repository.ts';
import { parsePhone } from './id-number.ts';
import { classify } from './import/classify.ts';
import { type BatchOutcome, type ImportHandler, optional, type ParsedRow, required } from './import/handler.ts';
import type { FieldProblem } from './import/reasons.ts';
import { pinRows, type RegionCache } from './region-cache.ts';
import { placeAttributeKeys, type PlaceType, placeTypeLabels, placeTypes } from './vocabulary.ts';

export interface PlaceInput {
  code: string;
  type: PlaceType;
  name: string;
  regionCode: string;
  address: string | null;
  lng: number | null;
  lat: number | null;
  contactName: string | null;
  contactPhone: string | null;
  attributes: Record<string, number>;
}

const typeByLabel = new Map<string, PlaceType>(
  placeTypes.flatMap(
    (t) =>
      [
        [t, t],
        [placeTypeLabels[t], t],
      ] as const,
  ),
);

/** An optional number within a range (coordinates, counts), or the problem with it. */
export function numberField(
  values: Record<string, string>,
  key: string,
  range: [number, number],
  problems: FieldProblem[],
): number | null {
  const raw = optional(values, key);
  if (raw === null) return null;
  const value = Number(raw);
  if (!Number.isFinite(value)) problems.push({ field: key, value: raw, reason: 'invalid_number' });
  else if (value < range[0] || value > range[1]) problems.push({ field: key, value: raw, reason: 'out_of_range' });
  return value;
}

export function parsePlace(values: Record<string, string>): PlaceInput | FieldProblem[] {
  const problems: FieldProblem[] = [];
  const code = required(values, 'code', problems);
  const name = required(values, 'name', problems);
  const regionCode = required(values, 'regionCode', problems);
  const rawType = required(values, 'type', problems);
  const type = typeByLabel.get(rawType);
  if (rawType && !type) problems.push({ field: 'type', value: rawType, reason: 'unknown_type' });
  const lng = numberField(values, 'lng', [-180, 180], problems);
  const lat = numberField(values, 'lat', [-90, 90], problems);
  const rawPhone = optional(values, 'contactPhone');
  const contactPhone = rawPhone === null ? null : parsePhone(rawPhone);
  if (rawPhone !== null && !contactPhone)
    problems.push({ field: 'contactPhone', value: rawPhone, reason: 'phone_invalid' });
  const attributes: Record<string, number> = {};
  for (const key of placeAttributeKeys) {
    const value = numberField(values, key, [0, 10_000_000], problems);
    if (value !== null) attributes[key] = value;
  }
  if (problems.length > 0 || !type) return problems;
  return {
    code,
    type,
    name,
    regionCode,
    address: optional(values, 'address'),
    lng,
    lat,
    contactName: optional(values, 'contactName'),
    contactPhone,
    attributes,
  };
}

interface Stored {
  code: string;
  type: string;
  name: string;
  grid_id: number;
  path: string;
  address: string | null;
  lng: number | null;
  lat: number | null;
  contact_name: string | null;
  contact_phone: string | null;
  attributes: Record<string, number>;
}

const sortedEntries = (record: Record<string, number>): string =>
  JSON.stringify(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));

function isSame(old: Stored, input: PlaceInput, regionId: number): boolean {
  const stored = [old.type, old.name, old.grid_id, old.address, old.lng, old.lat, old.contact_name, old.contact_phone];
  const incoming = [
    input.type,
    input.name,
    regionId,
    input.address,
    input.lng,
    input.lat,
    input.contactName,
    input.contactPhone,
  ];
  return (
    stored.every((value, i) => value === incoming[i]) &&
    sortedEntries(old.attributes) === sortedEntries(input.attributes)
  );
}

/** Places keyed by code, pinned to a region of any level. */
export function placeImport(regions: RegionCache): ImportHandler<PlaceInput> {
  return {
    parse: parsePlace,
    key: (input) => input.code,
    async write(trx: Executor, actor: Actor, rows: ParsedRow<PlaceInput>[]): Promise<BatchOutcome> {
      const { pinned, rejections } = await pinRows(trx, actor, regions, rows, 'regionCode', false);
      const { rows: before } = await sql<Stored>`
        SELECT code, type, name, grid_id, path::text AS path, address, lng, lat, contact_name, contact_phone, attributes
          FROM place WHERE code = ANY(${pinned.map((p) => p.input.code)}::text[])`.execute(trx);
      const existing = new Map(before.map((p) => [p.code, p]));
      const same = (old: Stored, p: (typeof pinned)[number]) => isSame(old, p.input, p.region.id);
      const { writes, inserted, unchanged } = classify(pinned, existing, (p) => p.input.code, same);
      const counts = new CountDeltas();
      for (const { input, region } of writes) {
        const old = existing.get(input.code);
        if (old) counts.add(old.grid_id, old.path, 'places', -1);
        counts.add(region.id, region.path, 'places', 1);
      }
      if (writes.length > 0) {
        const col = <K extends keyof PlaceInput>(key: K) => writes.map((w) => w.input[key]);
        await sql`
          INSERT INTO place (code, type, name, grid_id, path, address, lng, lat, contact_name, contact_phone, attributes)
          SELECT c, ty, n, g, p::ltree, a, x, y, cn, cp, at::jsonb
            FROM unnest(${col('code')}::text[], ${col('type')}::text[], ${col('name')}::text[], ${writes.map((w) => w.region.id)}::bigint[],
                        ${writes.map((w) => w.region.path)}::text[], ${col('address')}::text[], ${col('lng')}::float8[], ${col('lat')}::float8[],
                        ${col('contactName')}::text[], ${col('contactPhone')}::text[], ${writes.map((w) => JSON.stringify(w.input.attributes))}::text[])
                 AS t(c, ty, n, g, p, a, x, y, cn, cp, at)
          ON CONFLICT (code) DO UPDATE SET type = excluded.type, name = excluded.name, grid_id = excluded.grid_id, path = excluded.path,
            address = excluded.address, lng = excluded.lng, lat = excluded.lat, contact_name = excluded.contact_name,
            contact_phone = excluded.contact_phone, attributes = excluded.attributes, updated_at = now()`.execute(trx);
      }
      await counts.apply(trx);
      return { inserted, updated: writes.length - inserted, unchanged, rejections };
    },
  };
}
