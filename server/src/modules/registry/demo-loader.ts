import { type Actor, systemActor } from '../../core/auth/actor.ts';
import { type AuditContext, appendAudit, systemContext } from '../../core/audit/audit.ts';
import type { Db } from '../../core/db/database.ts';
import { buildingImport } from './buildings.import.ts';
import { type DemoCityOptions, type DemoPlace, type DemoResident, generateDemoCity } from './demo/index.ts';
import { householdImport } from './households.import.ts';
import { parseIdNumber } from './id-number.ts';
import type { ImportHandler } from './import/handler.ts';
import type { PlaceInput } from './places.import.ts';
import { placeImport } from './places.import.ts';
import { RegionCache } from './region-cache.ts';
import { regionImport } from './regions.import.ts';
import { type ResidentInput, residentImport } from './residents.import.ts';

export interface DemoLoadResult {
  regions: number;
  buildings: number;
  households: number;
  residents: number;
  places: number;
}

const BATCH = 5_000;

/** Writes generated rows through an import handler's own write path, a transaction per batch. */
async function feed<T>(
  db: Db,
  actor: Actor,
  handler: ImportHandler<T>,
  rows: Iterable<T>,
  onBatch?: (n: number) => void,
): Promise<number> {
  let batch: { row: number; input: T }[] = [];
  let written = 0;
  const flush = async (): Promise<void> => {
    const outcome = await db.transaction().execute((trx) => handler.write(trx, actor, batch));
    if (outcome.rejections.length > 0)
      throw new Error(`demo rows rejected: ${JSON.stringify(outcome.rejections.slice(0, 3))}`);
    written += batch.length;
    onBatch?.(written);
    batch = [];
  };
  for (const input of rows) {
    batch.push({ row: written + batch.length + 1, input });
    if (batch.length >= BATCH) await flush();
  }
  if (batch.length > 0) await flush();
  return written;
}

function* residentInputs(rows: Iterable<DemoResident>): Generator<ResidentInput> {
  for (const row of rows) {
    const id = parseIdNumber(row.idNumber);
    if (typeof id === 'string') throw new Error(`demo generated an invalid ID number ${row.idNumber}`);
    yield { ...row, ...id };
  }
}

const placeInput = (place: DemoPlace): PlaceInput => ({
  code: place.code,
  type: place.type,
  name: place.name,
  regionCode: place.gridCode,
  address: place.address,
  lng: place.lng,
  lat: place.lat,
  contactName: place.contactName,
  contactPhone: place.contactPhone,
  attributes: Object.fromEntries(
    Object.entries(place.attributes).filter((e): e is [string, number] => typeof e[1] === 'number'),
  ),
});

/**
 * Loads the synthetic demo city through the same write paths as ledger imports, so it exercises
 * validation, counts and idempotence (loading twice changes nothing). One audit entry per kind.
 */
export async function loadDemoCity(
  db: Db,
  options: DemoCityOptions,
  onProgress: (stage: keyof DemoLoadResult, rows: number) => void = () => {},
  audit: AuditContext = systemContext,
): Promise<DemoLoadResult> {
  const city = generateDemoCity(options);
  const regions = new RegionCache();
  const result: DemoLoadResult = {
    regions: await feed(db, systemActor, regionImport, city.regions, (n) => onProgress('regions', n)),
    buildings: await feed(db, systemActor, buildingImport(regions), city.buildings(), (n) =>
      onProgress('buildings', n),
    ),
    households: await feed(db, systemActor, householdImport(regions), city.households(), (n) =>
      onProgress('households', n),
    ),
    residents: await feed(db, systemActor, residentImport(regions), residentInputs(city.residents()), (n) =>
      onProgress('residents', n),
    ),
    places: await feed(db, systemActor, placeImport(regions), city.places.map(placeInput), (n) =>
      onProgress('places', n),
    ),
  };
  await appendAudit(db, audit, { action: 'registry.demo', entity: 'registry', summary: { ...options, ...result } });
  return result;
}

/** On a database with no regions yet, loads a small demo city so a first look shows something real. */
export async function loadDemoIfEmpty(db: Db, residents: number): Promise<void> {
  if (await db.selectFrom('region').select('id').limit(1).executeTakeFirst()) return;
  const started = performance.now();
  const loaded = await loadDemoCity(db, { residents, seed: 1 });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `Demo city 湘江市 loaded: ${loaded.residents} residents, ${loaded.households} households, ${loaded.places} places (${seconds} s)`,
  );
}
