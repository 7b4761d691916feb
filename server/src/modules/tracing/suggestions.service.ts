import { sql } from 'kysely';
import type { Actor } from '../../core/auth/actor.ts';
import { type AuditContext, appendAudit } from '../../core/audit/audit.ts';
import type { Db, Executor } from '../../core/db/database.ts';
import { AppError, notFound } from '../../core/errors.ts';
import { maskIdNumber, maskPhone } from '../registry/id-number.ts';
import { residentsWhere } from '../registry/residents.repository.ts';
import { type CaseRow, findCase } from './cases.repository.ts';
import { recordContact } from './contacts.service.ts';
import { statusWords, wordParams } from './labels.ts';
import { personKey } from './person-key.ts';
import {
  type CompanionCandidate,
  companionCandidates,
  type VenueCandidate,
  venueCandidates,
} from './evidence/discovery.service.ts';
import { tracingRulesOf } from './rules.ts';
import * as repo from './suggestions.repository.ts';
import type { ConfirmSuggestionBody } from './suggestions.schema.ts';
import type { SuggestionVia } from './vocabulary.ts';

const MAX_REGISTRY_CANDIDATES = 500;

/** Residents the registry ties to the case: its household, or co-workers at its registered workplaces. */
async function registryCandidates(
  db: Executor,
  actor: Actor,
  row: CaseRow,
  via: SuggestionVia,
): Promise<repo.Candidate[]> {
  if (row.resident_id === null) return [];
  const me = Number(row.resident_id);
  const condition =
    via === 'household'
      ? sql<boolean>`r.household_id = (SELECT household_id FROM resident WHERE id = ${me}) AND r.id <> ${me}`
      : sql<boolean>`r.id IN (SELECT w2.resident_id FROM keypost_worker w1 JOIN keypost_worker w2 ON w2.place_id = w1.place_id
                               WHERE w1.resident_id = ${me} AND w2.resident_id <> ${me})`;
  const { rows } = await residentsWhere(db, actor, condition, { limit: MAX_REGISTRY_CANDIDATES, offset: 0 });
  return rows.map((r) => ({
    via,
    personKey: personKey({ idNumber: r.id_number }) ?? '',
    residentId: r.id,
    idNumber: r.id_number,
    name: r.name,
    phone: r.phone,
    path: r.path,
    evidence: via === 'household' ? { household: r.household_address } : { sharedWorkplace: true },
    lastExposureAt: null,
  }));
}

/** A candidate of the venue scans or location records, kept with the resident it turned out to be if any. */
function fromEvidence(
  c: VenueCandidate | CompanionCandidate,
  row: CaseRow,
  via: 'venue_scan' | 'companion',
): repo.Candidate {
  const idNumber = c.resident?.idNumber ?? ('idNumber' in c ? c.idNumber : null);
  const phone = c.phone ?? c.resident?.phone ?? null;
  return {
    via,
    personKey: personKey({ idNumber, phone }) ?? '',
    residentId: c.resident?.id ?? null,
    idNumber,
    name: ('name' in c ? c.name : null) ?? c.resident?.name ?? null,
    phone,
    path: c.resident?.path ?? row.path,
    evidence: c.evidence,
    lastExposureAt: c.lastExposureAt,
  };
}

/**
 * Looks for the case's contacts in every source of evidence (venue scans, location records, household,
 * workplace) and keeps each person found as a suggestion with its evidence, for an investigator to confirm
 * or dismiss: nothing becomes a contact silently. Running it again refreshes open suggestions.
 */
export async function discoverContacts(db: Db, actor: Actor, audit: AuditContext, caseId: number) {
  const started = performance.now();
  const row = await findCase(db, actor, caseId);
  if (!row) throw notFound();
  const protocol = (await tracingRulesOf(db, [Number(row.protocol_id)])).get(Number(row.protocol_id));
  if (!protocol) throw new Error(`case ${caseId} names a protocol that is gone`);
  // Companions are looked for in the window before the case was found (its infectious days).
  const found = {
    venue_scan: (await venueCandidates(db, caseId, protocol.rules)).map((c) => fromEvidence(c, row, 'venue_scan')),
    companion: (await companionCandidates(db, caseId, protocol.rules, row.found_at)).map((c) =>
      fromEvidence(c, row, 'companion'),
    ),
    household: await registryCandidates(db, actor, row, 'household'),
    coworker: await registryCandidates(db, actor, row, 'coworker'),
  };
  const self = personKey({ idNumber: row.id_number });
  const candidates = Object.values(found)
    .flat()
    .filter((c) => c.personKey !== '' && c.personKey !== self);
  const stored = await db.transaction().execute(async (trx) => {
    const n = await repo.upsertSuggestions(trx, caseId, candidates);
    await appendAudit(trx, audit, {
      action: 'tracing.suggestions.discover',
      entity: 'tracing_case',
      entityId: caseId,
      summary: { candidates: candidates.length, stored: n },
    });
    return n;
  });
  return {
    found: Object.fromEntries(Object.entries(found).map(([via, list]) => [via, list.length])),
    stored,
    ms: Math.round(performance.now() - started),
  };
}

const toSuggestion = (r: repo.SuggestionRow) => ({
  id: Number(r.id),
  via: r.via,
  name: r.name,
  idNumber: r.id_number === null ? null : maskIdNumber(r.id_number),
  phone: r.phone === null ? null : maskPhone(r.phone),
  residentId: r.resident_id === null ? null : Number(r.resident_id),
  evidence: r.evidence,
  lastExposureAt: r.last_exposure_at?.toISOString() ?? null,
  status: r.status,
  dismissReason: r.dismiss_reason,
  contactId: r.contact_id === null ? null : Number(r.contact_id),
  createdAt: r.created_at.toISOString(),
});

/** The case's suggestions (open first), identifiers masked. */
export async function listSuggestions(db: Db, actor: Actor, caseId: number, status?: string) {
  if (!(await findCase(db, actor, caseId))) throw notFound();
  return { items: (await repo.suggestionsOf(db, caseId, status)).map(toSuggestion) };
}

/** An open suggestion of a case visible to the caller, locked for its decision. */
async function openSuggestion(trx: Executor, actor: Actor, id: number) {
  const suggestion = await repo.lockSuggestion(trx, id);
  const row = suggestion ? await findCase(trx, actor, Number(suggestion.case_id)) : null;
  if (!suggestion || !row) throw notFound();
  if (suggestion.status !== 'open')
    throw new AppError(
      'STATUS_TRANSITION',
      wordParams({ from: statusWords[suggestion.status], to: statusWords.decided }),
    );
  return { suggestion, row };
}

/**
 * Confirms a suggestion: the person becomes a contact of the case with the suggestion's evidence. A person
 * living outside the caller's jurisdiction is kept in the case's region (or the one given) for hand-over.
 */
export async function confirmSuggestion(
  db: Db,
  actor: Actor,
  audit: AuditContext,
  id: number,
  body: ConfirmSuggestionBody,
) {
  return db.transaction().execute(async (trx) => {
    const { suggestion, row } = await openSuggestion(trx, actor, id);
    const name = suggestion.name ?? body.name;
    if (!name) throw new AppError('VALIDATION_FAILED', { details: 'body.name: the suggestion has no name; give one' });
    const contactId = await recordContact(trx, actor, {
      sourceCaseId: Number(suggestion.case_id),
      ...(suggestion.id_number ? { idNumber: suggestion.id_number } : {}),
      ...(suggestion.phone ? { phone: suggestion.phone } : {}),
      name,
      kind: body.kind ?? 'close',
      ...(suggestion.last_exposure_at ? { lastExposureAt: suggestion.last_exposure_at.toISOString() } : {}),
      regionId: body.regionId ?? Number(row.region_id),
      foundVia: suggestion.via,
      evidence: suggestion.evidence,
    });
    await repo.decideSuggestion(trx, id, { status: 'confirmed', by: actor.userId || null, contactId });
    await appendAudit(trx, audit, {
      action: 'tracing.suggestion.confirm',
      entity: 'tracing_contact',
      entityId: contactId,
      summary: { suggestionId: id, via: suggestion.via, kind: body.kind ?? 'close' },
    });
    return { contactId };
  });
}

/** Dismisses a suggestion with the investigator's reason; it is not suggested again. */
export async function dismissSuggestion(db: Db, actor: Actor, audit: AuditContext, id: number, reason: string) {
  await db.transaction().execute(async (trx) => {
    await openSuggestion(trx, actor, id);
    await repo.decideSuggestion(trx, id, { status: 'dismissed', by: actor.userId || null, reason });
    await appendAudit(trx, audit, {
      action: 'tracing.suggestion.dismiss',
      entity: 'contact_suggestion',
      entityId: id,
      summary: { reason },
    });
  });
}
