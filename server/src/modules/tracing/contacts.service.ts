import type { Actor } from '../../core/auth/actor.ts';
import { type AuditContext, appendAudit } from '../../core/audit/audit.ts';
import type { Db, Executor } from '../../core/db/database.ts';
import { AppError, notFound } from '../../core/errors.ts';
import { maskIdNumber, maskPhone } from '../registry/id-number.ts';
import { findCase } from './cases.repository.ts';
import * as repo from './contacts.repository.ts';
import type {
  Contact,
  ContactDetail,
  ContactListQuery,
  ContactStatusBody,
  CreateContactBody,
} from './contacts.schema.ts';
import { statusWords, wordParams } from './labels.ts';
import { personKey } from './person-key.ts';
import { placePerson } from './persons.ts';
import { type ContactSource, type ContactStatus, contactStatuses } from './vocabulary.ts';

const iso = (d: Date | null) => d?.toISOString() ?? null;

function toContact(row: repo.ContactRow, full: boolean): Contact {
  return {
    id: Number(row.id),
    name: row.name,
    idNumber: row.id_number === null ? null : full ? row.id_number : maskIdNumber(row.id_number),
    phone: row.phone === null ? null : full ? row.phone : maskPhone(row.phone),
    residentId: row.resident_id === null ? null : Number(row.resident_id),
    region: row.region_id ? { id: Number(row.region_id), name: row.region_name ?? '' } : null,
    kind: row.kind,
    source: {
      caseId: row.source_case_id === null ? null : Number(row.source_case_id),
      caseCode: row.source_case_code,
      contactId: row.source_contact_id === null ? null : Number(row.source_contact_id),
      contactName: row.source_contact_name,
    },
    lastExposureAt: iso(row.last_exposure_at),
    exposure: row.exposure,
    foundVia: row.found_via,
    evidence: row.evidence ?? null,
    status: row.status,
    identifiedAt: row.identified_at.toISOString(),
    notifiedAt: iso(row.notified_at),
    measureAt: iso(row.measure_at),
    releasedAt: iso(row.released_at),
    contacts: row.contacts,
  };
}

export type ContactInput = Omit<CreateContactBody, 'kind'> & {
  kind: CreateContactBody['kind'];
  foundVia: ContactSource;
  evidence?: unknown;
};

/**
 * Records a contact inside the caller's transaction. The source must be visible to the caller; a source is
 * never its own contact; the same person and source is refused with the record that exists (never a
 * duplicate, even when two investigators add the same person at once).
 */
export async function recordContact(trx: Executor, actor: Actor, input: ContactInput): Promise<number> {
  const source = { caseId: input.sourceCaseId ?? null, contactId: input.sourceContactId ?? null };
  if ((source.caseId === null) === (source.contactId === null))
    throw new AppError('VALIDATION_FAILED', { details: 'exactly one of sourceCaseId and sourceContactId' });
  const visible =
    source.caseId !== null
      ? await findCase(trx, actor, source.caseId)
      : await repo.findContact(trx, actor, source.contactId ?? 0);
  if (!visible) throw notFound();
  const idNumber = input.idNumber?.toUpperCase() ?? null;
  const key = personKey({ idNumber, phone: input.phone ?? null });
  if (!key) throw new AppError('VALIDATION_FAILED', { details: 'an ID number or a phone is required' });
  if (key === (await repo.sourcePersonKey(trx, source))) throw new AppError('CONTACT_IS_SOURCE');
  // Two investigators adding the same person at once: the second waits here and then finds the first.
  await repo.lockPerson(trx, key);
  const existing = await repo.sameContact(trx, key, source);
  if (existing !== null) throw new AppError('CONTACT_DUPLICATE', { contactId: existing });
  const place = await placePerson(trx, actor, { idNumber, regionId: input.regionId });
  return repo.insertContact(trx, {
    personKey: key,
    ...place,
    idNumber,
    name: input.name,
    phone: input.phone ?? null,
    kind: input.kind,
    sourceCaseId: source.caseId,
    sourceContactId: source.contactId,
    lastExposureAt: input.lastExposureAt ?? null,
    exposure: input.exposure ?? null,
    foundVia: input.foundVia,
    evidence: input.evidence ?? null,
    createdBy: actor.userId || null,
  });
}

/** Adds a contact the investigator found by hand. */
export async function addContact(
  db: Db,
  actor: Actor,
  audit: AuditContext,
  body: CreateContactBody,
): Promise<ContactDetail> {
  const id = await db.transaction().execute(async (trx) => {
    const contactId = await recordContact(trx, actor, { ...body, foundVia: 'investigation' });
    await appendAudit(trx, audit, {
      action: 'tracing.contact.add',
      entity: 'tracing_contact',
      entityId: contactId,
      summary: {
        kind: body.kind,
        sourceCaseId: body.sourceCaseId ?? null,
        sourceContactId: body.sourceContactId ?? null,
      },
    });
    return contactId;
  });
  return getContact(db, actor, audit, id);
}

/** A page of contacts within the jurisdiction, identifiers masked. */
export async function listContacts(db: Db, actor: Actor, query: ContactListQuery) {
  const { rows, total } = await repo.listContacts(db, actor, query);
  return { items: rows.map((row) => toContact(row, false)), total, page: query.page, pageSize: query.pageSize };
}

/** A contact in full with its status history; every read is audited. */
export async function getContact(db: Db, actor: Actor, audit: AuditContext, id: number): Promise<ContactDetail> {
  const row = await repo.findContact(db, actor, id);
  if (!row) throw notFound();
  const full = actor.permissions.has('registry.read_full');
  await appendAudit(db, audit, {
    action: 'tracing.contact.read',
    entity: 'tracing_contact',
    entityId: id,
    summary: { full },
  });
  const history = await repo.statusHistory(db, id);
  return { ...toContact(row, full), history: history.map((h) => ({ ...h, at: h.at.toISOString() })) };
}

/**
 * Moves a contact's control status forward (identified → notified → under a measure → released) with the
 * basis of the change: no control status changes without a recorded basis, and none goes back.
 */
export async function changeContactStatus(
  db: Db,
  actor: Actor,
  audit: AuditContext,
  id: number,
  body: ContactStatusBody,
): Promise<ContactDetail> {
  await db.transaction().execute(async (trx) => {
    const from = await advanceContactStatus(trx, actor, id, body);
    await appendAudit(trx, audit, {
      action: 'tracing.contact.status',
      entity: 'tracing_contact',
      entityId: id,
      summary: { from, to: body.status, basis: body.basis },
    });
  });
  return getContact(db, actor, audit, id);
}

/**
 * The status step itself, inside the caller's transaction (a quarantine order moves its contact too):
 * refuses a step back or in place, and returns the status it moved from.
 */
export async function advanceContactStatus(
  trx: Executor,
  actor: Actor,
  id: number,
  body: ContactStatusBody,
): Promise<ContactStatus> {
  const row = await repo.findContact(trx, actor, id, true);
  if (!row) throw notFound();
  if (contactStatuses.indexOf(body.status) <= contactStatuses.indexOf(row.status))
    throw new AppError(
      'STATUS_TRANSITION',
      wordParams({ from: statusWords[row.status], to: statusWords[body.status] }),
    );
  const at = body.at ?? new Date().toISOString();
  await repo.setStatus(trx, id, body.status, body.basis, at, actor.userId || null);
  return row.status;
}
