import type { Actor } from '../../core/auth/actor.ts';
import { type AuditContext, appendAudit } from '../../core/audit/audit.ts';
import type { Db, Executor } from '../../core/db/database.ts';
import { AppError, notFound } from '../../core/errors.ts';
import { pathInScope, regionRefs } from '../regions/regions.service.ts';
import { maskPhone, parsePhone } from './id-number.ts';
import * as repo from './places.repository.ts';
import { CountDeltas } from './counts.repository.ts';
import type { CreatePlaceBody, Place, PlaceQuery, UpdatePlaceBody } from './registry.schema.ts';
import { type PlaceType, placeTypes } from './vocabulary.ts';

const asType = (type: string): PlaceType => placeTypes.find((t) => t === type) ?? 'enterprise';

async function toPlaces(db: Executor, rows: repo.PlaceRow[], unmasked = false): Promise<Place[]> {
  const names = new Map((await regionRefs(db, [...new Set(rows.map((r) => r.grid_id))])).map((r) => [r.id, r.name]));
  return rows.map((row) => ({
    id: row.id,
    code: row.code,
    type: asType(row.type),
    name: row.name,
    region: { id: row.grid_id, name: names.get(row.grid_id) ?? '' },
    address: row.address,
    lng: row.lng,
    lat: row.lat,
    contactName: row.contact_name,
    contactPhone: row.contact_phone && (unmasked ? row.contact_phone : maskPhone(row.contact_phone)),
    attributes: row.attributes,
  }));
}

async function regionFilter(
  db: Executor,
  actor: Actor,
  regionId: number | undefined,
): Promise<{ regionPath?: string }> {
  if (regionId === undefined) return {};
  const region = await pathInScope(db, actor, regionId);
  if (!region) throw notFound();
  return { regionPath: region.path };
}

/** Places within the jurisdiction, filtered by name, type and region; contact phones masked. */
export async function searchPlaces(
  db: Db,
  actor: Actor,
  query: PlaceQuery,
): Promise<{ items: Place[]; total: number }> {
  const { rows, total } = await repo.searchPlaces(db, actor, {
    ...query,
    ...(await regionFilter(db, actor, query.regionId)),
  });
  return { items: await toPlaces(db, rows), total };
}

/** How many places a search matches: the total an export's progress bar counts towards. */
export async function countPlacesMatching(
  db: Db,
  actor: Actor,
  query: Omit<PlaceQuery, 'page' | 'pageSize'>,
): Promise<number> {
  return repo.countPlaces(db, actor, { ...query, ...(await regionFilter(db, actor, query.regionId)) });
}

/** Every place matching a search, page by page (for exports). */
export async function* placesForExport(
  db: Db,
  actor: Actor,
  query: Omit<PlaceQuery, 'page' | 'pageSize'>,
  unmasked: boolean,
): AsyncGenerator<Place[]> {
  const filter = { ...query, ...(await regionFilter(db, actor, query.regionId)) };
  for (let after = 0; ;) {
    const rows = await repo.placesAfter(db, actor, filter, after, 5_000);
    if (rows.length === 0) return;
    yield await toPlaces(db, rows, unmasked && actor.permissions.has('registry.read_full'));
    after = rows.at(-1)?.id ?? after;
  }
}

/** The contact phone normalised (as the import does), or the request refused naming the field. */
function contactPhoneOf(body: { contactPhone?: string | null }): string | null | undefined {
  if (body.contactPhone === undefined || body.contactPhone === null) return body.contactPhone;
  const phone = parsePhone(body.contactPhone);
  if (phone !== null) return phone;
  throw new AppError('VALIDATION_FAILED', { details: 'body.contactPhone: not a valid phone number' }, [
    { path: 'body.contactPhone', message: 'not a valid phone number' },
  ]);
}

/** Registers one place in a region of the jurisdiction; counted and audited like an imported one. */
export async function createPlace(db: Db, actor: Actor, audit: AuditContext, body: CreatePlaceBody): Promise<Place> {
  const contactPhone = contactPhoneOf(body) ?? null;
  return db.transaction().execute(async (trx) => {
    const region = await pathInScope(trx, actor, body.regionId);
    if (!region) throw notFound();
    const row = await repo.insertPlace(trx, {
      code: body.code,
      type: body.type,
      name: body.name,
      grid_id: body.regionId,
      path: region.path,
      address: body.address ?? null,
      lng: body.lng ?? null,
      lat: body.lat ?? null,
      contact_name: body.contactName ?? null,
      contact_phone: contactPhone,
      attributes: body.attributes ?? {},
    });
    if (!row) throw new AppError('PLACE_CODE_TAKEN', { code: body.code });
    const counts = new CountDeltas();
    counts.add(body.regionId, region.path, 'places', 1);
    await counts.apply(trx);
    const summary = { code: body.code, type: body.type, name: body.name };
    await appendAudit(trx, audit, { action: 'place.create', entity: 'place', entityId: row.id, summary });
    const [place] = await toPlaces(trx, [row]);
    if (!place) throw new Error('created place vanished');
    return place;
  });
}

/** Edits a place's details with a reason; the change is audited (contact phone masked in the log). */
export async function updatePlace(
  db: Db,
  actor: Actor,
  audit: AuditContext,
  id: number,
  body: UpdatePlaceBody,
): Promise<Place> {
  const phone = contactPhoneOf(body);
  const { reason, ...change } = body;
  await db.transaction().execute(async (trx) => {
    const before = await repo.findPlace(trx, actor, id, true);
    if (!before) throw notFound();
    await repo.updatePlace(trx, id, {
      name: change.name,
      address: change.address,
      contact_name: change.contactName,
      contact_phone: phone,
      lng: change.lng,
      lat: change.lat,
      attributes: change.attributes ? { ...before.attributes, ...change.attributes } : undefined,
    });
    const summary = { changed: Object.keys(change), contactPhone: phone ? maskPhone(phone) : phone };
    await appendAudit(trx, audit, { action: 'place.update', entity: 'place', entityId: id, reason, summary });
  });
  const row = await repo.findPlace(db, actor, id);
  if (!row) throw notFound();
  const [place] = await toPlaces(db, [row]);
  if (!place) throw notFound();
  return place;
}
