import { sql } from 'kysely';
import type { Actor } from '../../core/auth/actor.ts';
import type { Executor } from '../../core/db/database.ts';
import { notFound } from '../../core/errors.ts';
import { pathInScope } from '../regions/regions.service.ts';
import { parseIdNumber } from '../registry/id-number.ts';
import { findResident, residentsByIdNumbers, residentsWhere } from '../registry/residents.repository.ts';
import type { ResidentRow } from '../registry/residents.repository.ts';
import { findContact } from '../tracing/contacts.repository.ts';
import { personKey } from '../tracing/person-key.ts';
import { placePerson } from '../tracing/persons.ts';
import type { ContactStatus } from '../tracing/vocabulary.ts';
import type { PersonRef } from './quarantines.schema.ts';

/** A person about to be quarantined, with what placing them in a room needs. */
export interface QuarantinePerson {
  /** One person across records (tracing/person-key.ts): one active quarantine each. */
  personKey: string;
  residentId: number | null;
  contactId: number | null;
  contactStatus: ContactStatus | null;
  idNumber: string | null;
  name: string;
  phone: string | null;
  householdId: number | null;
  gridId: number | null;
  path: string;
  birthDate: string | null;
  tags: string[];
}

/** The birth date an 18-digit ID number carries (the registry checked it on import), else null. */
function birthDateOf(idNumber: string | null): string | null {
  const parsed = idNumber ? parseIdNumber(idNumber) : null;
  return typeof parsed === 'object' && parsed ? parsed.birthDate : null;
}

function fromResident(r: ResidentRow): QuarantinePerson {
  return {
    personKey: personKey({ idNumber: r.id_number }) ?? '',
    residentId: r.id,
    contactId: null,
    contactStatus: null,
    idNumber: r.id_number,
    name: r.name,
    phone: r.phone,
    householdId: r.household_id,
    gridId: r.grid_id,
    path: r.path,
    birthDate: birthDateOf(r.id_number),
    tags: r.tags,
  };
}

/** A contact of the jurisdiction, with their registry record where they have one. */
async function contactPerson(
  db: Executor,
  actor: Actor,
  contactId: number,
  lock: boolean,
): Promise<QuarantinePerson | null> {
  const contact = await findContact(db, actor, contactId, lock);
  if (!contact) return null;
  const contactPart = { contactId, contactStatus: contact.status, personKey: contact.person_key };
  const resident = contact.resident_id === null ? undefined : await findResident(db, actor, contact.resident_id);
  if (resident) return { ...fromResident(resident), ...contactPart, name: contact.name };
  const region = contact.region_id === null ? null : await pathInScope(db, actor, contact.region_id);
  if (!region) return null;
  return {
    ...contactPart,
    residentId: null,
    idNumber: contact.id_number,
    name: contact.name,
    phone: contact.phone,
    householdId: null,
    gridId: region.levelKey === 'grid' ? contact.region_id : null,
    path: region.path,
    birthDate: birthDateOf(contact.id_number),
    tags: [],
  };
}

/** The person a request names, within the jurisdiction (404 otherwise). */
export async function resolvePerson(db: Executor, actor: Actor, ref: PersonRef): Promise<QuarantinePerson> {
  if ('residentId' in ref) {
    const resident = await findResident(db, actor, ref.residentId);
    if (!resident) throw notFound();
    return fromResident(resident);
  }
  if ('contactId' in ref) {
    const person = await contactPerson(db, actor, ref.contactId, true);
    if (!person) throw notFound();
    return person;
  }
  const idNumber = ref.idNumber.toUpperCase();
  const place = await placePerson(db, actor, { idNumber, regionId: ref.regionId });
  const resident = place.residentId === null ? undefined : await findResident(db, actor, place.residentId);
  if (resident) return { ...fromResident(resident), phone: ref.phone ?? resident.phone };
  return {
    personKey: personKey({ idNumber }) ?? '',
    residentId: null,
    contactId: null,
    contactStatus: null,
    idNumber,
    name: ref.name,
    phone: ref.phone ?? null,
    householdId: null,
    gridId: place.gridId,
    path: place.path,
    birthDate: birthDateOf(idNumber),
    tags: [],
  };
}

/** How a list names its persons: by resident, contact or ID number. */
export type PersonList = { residentIds?: number[]; contactIds?: number[]; idNumbers?: string[] };

export interface ListedPerson {
  ref: { residentId: number | null; contactId: number | null; idNumber: string | null };
  /** Null when not found within the jurisdiction. */
  person: QuarantinePerson | null;
}

async function residentsById(db: Executor, actor: Actor, ids: number[]): Promise<Map<number, QuarantinePerson>> {
  const condition = sql<boolean>`r.id = ANY(${ids}::bigint[])`;
  const { rows } = await residentsWhere(db, actor, condition, { limit: ids.length, offset: 0 });
  return new Map(rows.map((r) => [r.id, fromResident(r)]));
}

/** The persons of a list, in its order (with `lock`, contacts are locked for their status change). */
export async function listedPersons(
  db: Executor,
  actor: Actor,
  list: PersonList,
  lock: boolean,
): Promise<ListedPerson[]> {
  const ref = { residentId: null, contactId: null, idNumber: null };
  if (list.contactIds) {
    // Locked in id order, so two intakes sharing contacts cannot deadlock.
    const byId = new Map<number, QuarantinePerson | null>();
    for (const contactId of [...new Set(list.contactIds)].sort((a, b) => a - b))
      byId.set(contactId, await contactPerson(db, actor, contactId, lock));
    return list.contactIds.map((contactId) => ({ ref: { ...ref, contactId }, person: byId.get(contactId) ?? null }));
  }
  if (list.residentIds) {
    const byId = await residentsById(db, actor, [...new Set(list.residentIds)]);
    return list.residentIds.map((residentId) => ({
      ref: { ...ref, residentId },
      person: byId.get(residentId) ?? null,
    }));
  }
  const idNumbers = (list.idNumbers ?? []).map((n) => n.toUpperCase());
  const refs = await residentsByIdNumbers(db, actor, [...new Set(idNumbers)]);
  const byId = await residentsById(
    db,
    actor,
    refs.map((r) => r.id),
  );
  const byNumber = new Map([...byId.values()].map((p) => [p.idNumber, p]));
  return idNumbers.map((idNumber) => ({ ref: { ...ref, idNumber }, person: byNumber.get(idNumber) ?? null }));
}
