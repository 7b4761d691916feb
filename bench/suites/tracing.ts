import { sql } from 'kysely';
import { companionCandidates, venueCandidates } from '../../server/src/modules/tracing/evidence/discovery.service.ts';
import { DAY_MS, ensureDayPartitions } from '../../server/src/modules/tracing/evidence/partitions.ts';
import { activeTracingRules, type TracingRules } from '../../server/src/modules/tracing/rules.ts';
import { type Call, signedIn, startBenchApp } from '../lib/app.ts';
import { postBatches } from '../lib/batch-post.ts';
import type { BenchDatabase } from '../lib/database.ts';
import { median, type Metric, timed } from '../lib/results.ts';
import { chainMetrics } from '../lib/tracing-chains.ts';
import * as baseline from '../lib/tracing-baseline.ts';
import {
  type BenchScan,
  loadTracingCity,
  personDays,
  scansOf,
  SLOT_MINUTES,
  SLOTS_PER_DAY,
  slotAt,
  type TracingCity,
  type TracingCityOptions,
  venueScans,
} from '../lib/tracing-city.ts';

export interface TracingOptions extends TracingCityOptions {
  cases: number;
  /** HTTP clients posting at once. */
  clients: number;
  /** About this many location records go through the API (whole persons); the rest are loaded by COPY. */
  apiLocationRows: number;
  /** Runs whose median is reported. */
  rounds: number;
  baselineRounds: number;
  /** The outbreak whose chains and clusters are recomputed: cases, and contacts of each. */
  chainCases: number;
  contactsPerCase: number;
}

export const tracingSizes: Record<'full' | 'tiny', TracingOptions> = {
  full: {
    residents: 1_000_000,
    persons: 100_000,
    days: 14,
    scansPerDay: 20,
    cases: 100,
    clients: 4,
    apiLocationRows: 2_000_000,
    rounds: 5,
    baselineRounds: 1,
    chainCases: 10_000,
    contactsPerCase: 10,
  },
  tiny: {
    residents: 2_000,
    persons: 200,
    days: 2,
    scansPerDay: 20,
    cases: 5,
    clients: 2,
    apiLocationRows: 5_000,
    rounds: 3,
    baselineRounds: 1,
    chainCases: 40,
    contactsPerCase: 4,
  },
};

/** The loaded city with its cases, for measures added to this suite. */
export interface TracingBenchWorld {
  database: BenchDatabase;
  city: TracingCity;
  caseIds: number[];
  rules: TracingRules;
}

async function venueIngest(database: BenchDatabase, city: TracingCity, call: Call, clients: number): Promise<Metric[]> {
  const posting = { field: 'scans', size: 5_000, clients, persons: city.persons.length };
  const api = await postBatches(call, '/tracing/venue-scans', posting, function* (from, to) {
    for (const { at, ...scan } of venueScans(city, from, to)) yield { ...scan, scannedAt: new Date(at).toISOString() };
  });
  const copySeconds = await baseline.venueCopySeconds(database, city);
  const apiRate = api.stored / api.seconds;
  const copyRate = api.stored / copySeconds;
  return [
    { metric: 'venue_scans_stored', value: api.stored, unit: 'rows' },
    { metric: 'venue_scan_api_rows_per_s', value: Math.round(apiRate), unit: 'rows/s' },
    { metric: 'venue_scan_api_batch5000_p50', value: api.p50, unit: 'ms' },
    { metric: 'venue_scan_api_batch5000_p95', value: api.p95, unit: 'ms' },
    { metric: 'venue_scan_api_request_errors', value: api.errors, unit: 'requests' },
    { metric: 'venue_scan_copy_same_rows_per_s', value: Math.round(copyRate), unit: 'rows/s' },
    { metric: 'venue_scan_api_vs_copy', value: +(apiRate / copyRate).toFixed(3), unit: 'ratio' },
  ];
}

/** The bulk of the location records by COPY straight into the partitions, then a slice over the API. */
async function locationIngest(
  database: BenchDatabase,
  city: TracingCity,
  call: Call,
  o: TracingOptions,
): Promise<Metric[]> {
  const db = database.db;
  await ensureDayPartitions(db, 'location_record', city.days);
  const { rows: cells } = await sql<{ id: number; code: string }>`
    INSERT INTO location_cell (code) SELECT unnest(${city.cellCodes}::text[]) ORDER BY 1 RETURNING id, code`.execute(
    db,
  );
  const ids = new Map(cells.map((c) => [c.code, c.id]));
  const cellIds = city.cellCodes.map((code) => ids.get(code) ?? 0);
  const slotText = city.days.map((_, d) =>
    Array.from({ length: SLOTS_PER_DAY }, (_, s) => new Date(slotAt(city, d, s)).toISOString()),
  );
  const perPerson = city.days.length * SLOTS_PER_DAY;
  const apiPersons = Math.min(
    Math.max(o.clients, Math.ceil(o.apiLocationRows / perPerson)),
    Math.floor(city.persons.length / 2),
  );
  function* copyLines() {
    for (const { phone, d, cells } of personDays(city, apiPersons, city.persons.length)) {
      let text = '';
      for (let s = 0; s < SLOTS_PER_DAY; s += 1) text += `${phone}\t${slotText[d]?.[s]}\t${cellIds[cells[s] ?? 0]}\n`;
      yield text;
    }
  }
  const copyRows = (city.persons.length - apiPersons) * perPerson;
  const copySeconds = await baseline.copyText(
    database,
    'COPY location_record (phone, seen_at, cell_id) FROM STDIN',
    baseline.chunksOf(copyLines()),
  );
  // What ingest keeps alongside the records: the minutes of each phone in each cell per day.
  await sql`
    INSERT INTO location_cell_day (phone, cell_id, day, minutes)
    SELECT phone, cell_id, (seen_at AT TIME ZONE 'UTC')::date, count(*) * ${SLOT_MINUTES}::int FROM location_record
     GROUP BY 1, 2, 3`.execute(db);
  const posting = { field: 'records', size: 10_000, clients: o.clients, persons: apiPersons };
  const api = await postBatches(call, '/tracing/locations', posting, function* (from, to) {
    for (const { phone, d, cells } of personDays(city, from, to))
      for (let s = 0; s < SLOTS_PER_DAY; s += 1)
        yield { phone, cell: city.cellCodes[cells[s] ?? 0], seenAt: slotText[d]?.[s] };
  });
  const copyRate = copyRows / copySeconds;
  const apiRate = api.stored / api.seconds;
  return [
    { metric: 'location_rows_bulk_copy', value: copyRows, unit: 'rows' },
    { metric: 'location_bulk_copy_into_partitions_rows_per_s', value: Math.round(copyRate), unit: 'rows/s' },
    { metric: 'location_rows_api_slice', value: api.stored, unit: 'rows' },
    { metric: 'location_api_slice_rows_per_s', value: Math.round(apiRate), unit: 'rows/s' },
    { metric: 'location_api_batch10000_p50', value: api.p50, unit: 'ms' },
    { metric: 'location_api_request_errors', value: api.errors, unit: 'requests' },
    { metric: 'location_api_vs_copy', value: +(apiRate / copyRate).toFixed(3), unit: 'ratio' },
  ];
}

/**
 * Cases spread over the active persons, each with five trajectory entries of 40 minutes at places of its
 * own last two days' scans (as an investigation would find them).
 */
async function openCases(database: BenchDatabase, city: TracingCity, cases: number): Promise<number[]> {
  const ids: number[] = [];
  const last = city.days.length - 1;
  for (let j = 0; j < cases; j += 1) {
    const i = Math.floor(((j + 0.5) * city.persons.length) / cases);
    const p = city.persons[i];
    if (!p) continue;
    const { rows } = await sql<{ id: number }>`
      INSERT INTO tracing_case (code, resident_id, id_number, name, phone, path, classification, found_via, found_at, protocol_id)
      VALUES (${`BENCH-${j}`}, ${p.residentId}, ${p.idNumber}, ${p.name}, ${p.phone}, ${p.path}::ltree, 'confirmed',
              'fever_clinic', now(), (SELECT id FROM protocol WHERE active))
      RETURNING id`.execute(database.db);
    const caseId = rows[0]?.id ?? 0;
    const stays = [
      ...[2, 6, 10].map((k) => scansOf(city, i, last)[k]),
      ...[4, 12].map((k) => scansOf(city, i, Math.max(0, last - 1))[k]),
    ];
    for (const stay of stays.filter((s): s is BenchScan => s !== undefined)) {
      await sql`INSERT INTO case_trajectory (case_id, place_id, during)
                VALUES (${caseId}, ${stay.placeId}, tstzrange(${new Date(stay.at)}, ${new Date(stay.at + 40 * 60_000)}))`.execute(
        database.db,
      );
    }
    ids.push(caseId);
  }
  return ids;
}

/** Median ms of `rounds` runs of `work(round)`, and the value of the last. */
async function medianMs<T>(rounds: number, work: (round: number) => Promise<T>): Promise<{ ms: number; value: T }> {
  const runs: { ms: number; value: T }[] = [];
  for (let r = 0; r < rounds; r += 1) runs.push(await timed(() => work(r)));
  return { ms: median(runs.map((x) => x.ms)), value: (runs.at(-1) as { value: T }).value };
}

/** Suggestions from both sources for one new case and for every case, against the unindexed joins. */
async function discoveryMetrics(world: TracingBenchWorld, o: TracingOptions, asOf: Date): Promise<Metric[]> {
  const { database, caseIds, rules } = world;
  const db = database.db;
  const sources: Record<
    string,
    { find: (id: number) => Promise<unknown[]>; join: (ids: number[]) => Promise<number> }
  > = {
    venue: {
      find: (id: number) => venueCandidates(db, id, rules),
      join: (ids: number[]) => baseline.venueJoin(db, ids, rules.venueMarginMinutes),
    },
    companion: {
      find: (id: number) => companionCandidates(db, id, rules, asOf),
      join: (ids: number[]) => baseline.companionJoin(db, ids, rules.companion, asOf),
    },
  };
  await baseline.makeUnindexedCopies(db);
  const metrics: Metric[] = [];
  for (const [name, source] of Object.entries(sources)) {
    // A different case each round: "a new case" whose evidence nothing has read yet.
    const one = await medianMs(o.rounds, (r) => source.find(caseIds[r % caseIds.length] ?? 0));
    const all = await medianMs(Math.min(o.rounds, 3), async () => {
      let found = 0;
      for (const id of caseIds) found += (await source.find(id)).length;
      return found;
    });
    const oneJoin = await medianMs(o.baselineRounds, () => source.join(caseIds.slice(0, 1)));
    const allJoin = await medianMs(o.baselineRounds, () => source.join(caseIds));
    metrics.push(
      { metric: `${name}_candidates_per_case`, value: Math.round(all.value / caseIds.length), unit: 'persons' },
      { metric: `${name}_one_case_ms`, value: +one.ms.toFixed(1), unit: 'ms' },
      { metric: `${name}_all_cases_ms`, value: +all.ms.toFixed(1), unit: 'ms' },
      { metric: `${name}_one_case_unindexed_join_ms`, value: +oneJoin.ms.toFixed(1), unit: 'ms' },
      { metric: `${name}_all_cases_unindexed_join_ms`, value: +allJoin.ms.toFixed(1), unit: 'ms' },
      { metric: `${name}_one_case_join_over_indexed`, value: +(oneJoin.ms / one.ms).toFixed(1), unit: 'ratio' },
      { metric: `${name}_all_cases_join_over_indexed`, value: +(allJoin.ms / all.ms).toFixed(1), unit: 'ratio' },
      // The join is the specification in plain SQL: both must find the same (case, person) pairs.
      { metric: `${name}_join_agrees`, value: allJoin.value === all.value ? 1 : 0, unit: 'bool' },
    );
  }
  return metrics;
}

/**
 * Contact tracing at city scale: venue scans over the HTTP API against COPY of the same rows, location
 * records by COPY with a slice over the API, then the time to find every case's venue-scan and companion
 * candidates, against straightforward joins over unindexed copies of the same evidence.
 */
export async function tracingSuite(database: BenchDatabase, o: TracingOptions): Promise<Metric[]> {
  if (o.days > 28) throw new Error('--days: evidence older than the 28-day retention is refused');
  const app = await startBenchApp(database);
  try {
    const city = await loadTracingCity(database, o);
    const call = await signedIn(app.base, 'bench-tracing');
    const ingest = [
      ...(await venueIngest(database, city, call, o.clients)),
      ...(await locationIngest(database, city, call, o)),
    ];
    // As autovacuum would by the time anyone asks: statistics, and the visibility map index-only scans need.
    await sql`VACUUM (ANALYZE) venue_scan, location_record`.execute(database.db);
    const caseIds = await openCases(database, city, o.cases);
    const world = { database, city, caseIds, rules: (await activeTracingRules(database.db)).rules };
    // The evidence days end at today's UTC midnight: the companion window is exactly the loaded days.
    const asOf = new Date((city.days.at(-1) ?? 0) + DAY_MS);
    const discovery = await discoveryMetrics(world, o, asOf);
    const chains = await chainMetrics(database, {
      cases: o.chainCases,
      contactsPerCase: o.contactsPerCase,
      rounds: o.rounds,
    });
    return [
      { metric: 'residents', value: o.residents, unit: 'rows' },
      { metric: 'active_persons', value: city.persons.length, unit: 'persons' },
      { metric: 'days', value: city.days.length, unit: 'days' },
      { metric: 'venues', value: city.placeIds.length, unit: 'places' },
      { metric: 'cells', value: city.cellCodes.length, unit: 'cells' },
      { metric: 'cases', value: caseIds.length, unit: 'cases' },
      ...ingest,
      ...discovery,
      ...chains,
    ];
  } finally {
    await app.close();
  }
}
