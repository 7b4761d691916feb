import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { DAY_MS, utcDayOf } from '../../server/src/modules/tracing/evidence/partitions.ts';
import { buildUser } from '../../server/test/app.ts';
import { loadLedgerSetBased, loadRegions, writeLedger } from './city.ts';
import type { BenchDatabase } from './database.ts';

export interface TracingCityOptions {
  residents: number;
  /** Residents whose phones and scans the evidence holds. */
  persons: number;
  /** Days of evidence, the last ending at today's UTC midnight. */
  days: number;
  scansPerDay: number;
}

export interface ActivePerson {
  residentId: number;
  idNumber: string;
  name: string;
  phone: string;
  path: string;
}

export interface TracingCity {
  persons: ActivePerson[];
  placeIds: number[];
  cellCodes: string[];
  /** UTC midnights of the evidence days, oldest first. */
  days: number[];
  scansPerDay: number;
}

/** One venue scan of the synthetic city. */
export interface BenchScan {
  scanId: string;
  placeId: number;
  at: number;
  idNumber: string;
  name: string;
  phone: string;
}

const MINUTE = 60_000;
/** The carriers' resolution in the synthetic city: the protocol's default. */
export const SLOT_MINUTES = 10;
const SLOT = SLOT_MINUTES * MINUTE;
export const SLOTS_PER_DAY = DAY_MS / SLOT;

/** A 32-bit hash of small integers: every choice of the city, reproducible row by row in any order. */
export function mix(a: number, b = 0, c = 0, d = 0): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13) ^ b, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 16) ^ c, 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13) ^ d, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

const hex = (n: number, width: number) => n.toString(16).padStart(width, '0');

/**
 * Person i's scans on day d: spread over the 15 hours from 00:00 UTC (08:00 in Beijing), up to 40 minutes
 * late each; half at one of the person's five regular places, half anywhere in the city.
 */
export function scansOf(city: TracingCity, i: number, d: number): BenchScan[] {
  const person = city.persons[i];
  const day = city.days[d] ?? 0;
  if (!person) return [];
  const places = city.placeIds.length;
  const gap = Math.floor((15 * 60) / city.scansPerDay) * MINUTE;
  return Array.from({ length: city.scansPerDay }, (_, k) => {
    const h = mix(i, d, k, 1);
    const place = h % 2 === 0 ? mix(i, (h >>> 1) % 5, 2) % places : (h >>> 1) % places;
    return {
      scanId: `${hex(i, 8)}-${hex(d, 4)}-4000-8000-${hex(k, 12)}`,
      placeId: city.placeIds[place] ?? 0,
      at: day + k * gap + (mix(i, d, k, 3) % (40 * MINUTE)),
      idNumber: person.idNumber,
      name: person.name,
      phone: person.phone,
    };
  });
}

/** Every scan of persons [from, to), day by day. */
export function* venueScans(city: TracingCity, from = 0, to = city.persons.length): Generator<BenchScan> {
  for (let d = 0; d < city.days.length; d += 1) for (let i = from; i < to; i += 1) yield* scansOf(city, i, d);
}

/**
 * The cell (index into cellCodes) of person i in each 10-minute slot of day d: home from 22:00 to 07:00
 * (Beijing), at work from 09:00 to 17:00, and at home in the evening but for two hours of errands, each in a
 * cell anywhere in the city. Everyone shares a home and a work cell with about a hundred others.
 */
export function cellsOf(city: TracingCity, i: number, d: number): Uint32Array {
  const cells = city.cellCodes.length;
  const home = mix(i, 1) % cells;
  const work = mix(i, 2) % cells;
  const first = mix(i, d, 3) % 7;
  const errands = [first, (first + 1 + (mix(i, d, 4) % 6)) % 7];
  const slots = new Uint32Array(SLOTS_PER_DAY);
  for (let s = 0; s < SLOTS_PER_DAY; s += 1) {
    const hour = (Math.floor(s / 6) + 8) % 24;
    const evening = [7, 8, 17, 18, 19, 20, 21].indexOf(hour);
    if (hour >= 9 && hour < 17) slots[s] = work;
    else if (evening >= 0 && errands.includes(evening)) slots[s] = mix(i, d, 5, hour) % cells;
    else slots[s] = home;
  }
  return slots;
}

/** Persons [from, to) day by day, each with their cell in every slot of the day (see cellsOf). */
export function* personDays(
  city: TracingCity,
  from: number,
  to: number,
): Generator<{ phone: string; d: number; cells: Uint32Array }> {
  for (let d = 0; d < city.days.length; d += 1) {
    for (let i = from; i < to; i += 1) yield { phone: city.persons[i]?.phone ?? '', d, cells: cellsOf(city, i, d) };
  }
}

/** The instant of slot s of day d. */
export const slotAt = (city: TracingCity, d: number, s: number): number => (city.days[d] ?? 0) + s * SLOT;

/**
 * The city of the tracing bench: regions and residents of the demo generator (loaded set-based), a venue
 * per ten active persons, a cell per hundred, the active persons taken evenly from the residents (a phone
 * made up for those without one), and a tracing user.
 */
export async function loadTracingCity(database: BenchDatabase, options: TracingCityOptions): Promise<TracingCity> {
  const dir = await mkdtemp(path.join(tmpdir(), 'fangkong-tracing-bench-'));
  try {
    await loadRegions(database.db, options.residents);
    const file = path.join(dir, 'residents.csv');
    await writeLedger(file, options.residents);
    const client = await database.pool.connect();
    await loadLedgerSetBased(client, file).finally(() => client.release());
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  const db = database.db;
  const grid = await db
    .selectFrom('region')
    .select(['id', 'path'])
    .where('level_id', '=', 5)
    .orderBy('id')
    .executeTakeFirstOrThrow();
  const venues = Math.max(20, Math.round(options.persons / 10));
  await sql`
    INSERT INTO place (code, type, name, grid_id, path)
    SELECT 'BENCH-V-' || n, 'market', '基准场所' || n, ${grid.id}, ${grid.path}::ltree
      FROM generate_series(1, ${venues}) n`.execute(db);
  const placeIds = (
    await db.selectFrom('place').select('id').where('code', 'like', 'BENCH-V-%').orderBy('id').execute()
  ).map((p) => p.id);
  const stride = Math.max(1, Math.floor(options.residents / options.persons));
  const { rows } = await sql<{ id: number; id_number: string; name: string; phone: string | null; path: string }>`
    SELECT id, id_number, name, phone, path::text AS path FROM resident
     WHERE id % ${stride} = 0 ORDER BY id LIMIT ${options.persons}`.execute(db);
  const persons = rows.map((r, i) => ({
    residentId: r.id,
    idNumber: r.id_number,
    name: r.name,
    phone: r.phone ?? `170${String(i).padStart(8, '0')}`,
    path: r.path,
  }));
  const cells = Math.max(16, Math.round(options.persons / 100));
  const cellCodes = Array.from({ length: cells }, (_, k) => `CELL-${String(k).padStart(6, '0')}`);
  await buildUser(db, { username: 'bench-tracing', roles: ['tracing_staff'], scopeAll: true });
  const today = utcDayOf(Date.now());
  const days = Array.from({ length: options.days }, (_, d) => today - (options.days - d) * DAY_MS);
  return { persons, placeIds, cellCodes, days, scansPerDay: options.scansPerDay };
}
