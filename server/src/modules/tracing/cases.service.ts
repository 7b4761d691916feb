import type { Actor } from '../../core/auth/actor.ts';
import { type AuditContext, appendAudit } from '../../core/audit/audit.ts';
import type { Db, Executor } from '../../core/db/database.ts';
import { AppError, notFound } from '../../core/errors.ts';
import { maskIdNumber, maskPhone } from '../registry/id-number.ts';
import { positiveOf } from '../testing/positives.service.ts';
import { findResident } from '../registry/residents.repository.ts';
import * as repo from './cases.repository.ts';
import type {
  CaseDetail,
  CaseFromPositiveBody,
  CaseListItem,
  CaseListQuery,
  CreateCaseBody,
  UpdateCaseBody,
} from './cases.schema.ts';
import { milestoneWords, wordParams } from './labels.ts';
import { placePerson } from './persons.ts';
import { activeTracingRules, tracingRulesOf } from './rules.ts';
import { breachedTimers, caseTimers } from './timers.ts';
import type { Classification, Milestone } from './vocabulary.ts';

const iso = (d: Date | null) => d?.toISOString() ?? null;
const region = (row: repo.CaseRow) =>
  row.region_id ? { id: Number(row.region_id), name: row.region_name ?? '' } : null;
const cluster = (row: repo.CaseRow) =>
  row.cluster_id ? { id: Number(row.cluster_id), name: row.cluster_name ?? '' } : null;

async function visibleCase(db: Executor, actor: Actor, id: number, lock = false): Promise<repo.CaseRow> {
  const row = await repo.findCase(db, actor, id, lock);
  if (!row) throw notFound();
  return row;
}

export type CaseFacts = Omit<repo.NewCase, 'protocolId' | 'createdBy'>;

/**
 * Inserts a case with its first classification inside the caller's transaction, under the active protocol.
 * One live case a person: a person with one gets CASE_EXISTS naming it.
 */
export async function insertCaseIn(trx: Executor, actor: Actor, c: CaseFacts): Promise<number> {
  await repo.lockCasePerson(trx, c.idNumber);
  const existing = await repo.liveCaseOf(trx, c.idNumber);
  if (existing) throw new AppError('CASE_EXISTS', { code: existing.code });
  const { protocolId } = await activeTracingRules(trx);
  const id = await repo.insertCase(trx, { ...c, protocolId, createdBy: actor.userId || null });
  await repo.insertClassification(trx, id, c.classification, null, actor.userId || null);
  return id;
}

/** Opens a case in one transaction with its audit entry. */
async function openCase(db: Db, actor: Actor, audit: AuditContext, c: CaseFacts) {
  return db.transaction().execute(async (trx) => {
    const id = await insertCaseIn(trx, actor, c);
    await appendAudit(trx, audit, {
      action: 'tracing.case.create',
      entity: 'tracing_case',
      entityId: id,
      summary: { classification: c.classification, foundVia: c.foundVia, sourceTubeId: c.sourceTubeId },
    });
    return id;
  });
}

/** Opens a case by hand (fever clinic, screening, self-report, a contact found positive). */
export async function createCase(db: Db, actor: Actor, audit: AuditContext, body: CreateCaseBody): Promise<CaseDetail> {
  const idNumber = body.idNumber.toUpperCase();
  const place = await placePerson(db, actor, { idNumber, regionId: body.regionId });
  const id = await openCase(db, actor, audit, {
    ...place,
    idNumber,
    name: body.name,
    phone: body.phone ?? null,
    classification: body.classification,
    foundVia: body.foundVia,
    onsetDate: body.onsetDate ?? null,
    sampledAt: body.sampledAt ?? null,
    foundAt: body.foundAt ?? new Date().toISOString(),
    sourceTubeId: null,
    fromContactId: body.fromContactId ?? null,
    note: body.note ?? null,
  });
  return getCase(db, actor, audit, id);
}

/** Opens a case from a positive tube of mass testing: one action from the list of positives. */
export async function caseFromPositive(
  db: Db,
  actor: Actor,
  audit: AuditContext,
  body: CaseFromPositiveBody,
): Promise<CaseDetail> {
  const resident = await findResident(db, actor, body.residentId);
  const positive = resident ? await positiveOf(db, body.tube, body.residentId) : null;
  if (!resident || !positive) throw notFound();
  const id = await openCase(db, actor, audit, {
    residentId: resident.id,
    idNumber: resident.id_number,
    name: resident.name,
    phone: resident.phone,
    gridId: resident.grid_id,
    path: resident.path,
    classification: body.classification,
    foundVia: 'mass_testing',
    onsetDate: body.onsetDate ?? null,
    sampledAt: positive.sampledAt.toISOString(),
    foundAt: positive.resultAt.toISOString(),
    sourceTubeId: positive.tubeId,
    fromContactId: null,
    note: null,
  });
  return getCase(db, actor, audit, id);
}

function toListItem(row: repo.CaseRow, rules: Awaited<ReturnType<typeof tracingRulesOf>>, now: Date): CaseListItem {
  const protocol = rules.get(Number(row.protocol_id));
  return {
    id: Number(row.id),
    code: row.code,
    name: row.name,
    idNumber: maskIdNumber(row.id_number),
    classification: row.classification,
    foundVia: row.found_via,
    region: region(row),
    onsetDate: row.onset_date,
    foundAt: row.found_at.toISOString(),
    reportedAt: iso(row.reported_at),
    contacts: row.contacts,
    breached: protocol ? breachedTimers(caseTimers(row, protocol.rules, now)) : [],
    cluster: cluster(row),
    generation: row.generation,
  };
}

/** A page of cases within the jurisdiction, newest first, identifiers masked, with their breached timers. */
export async function listCases(db: Db, actor: Actor, query: CaseListQuery) {
  const { rows, total } = await repo.listCases(db, actor, query);
  const rules = await tracingRulesOf(
    db,
    rows.map((r) => Number(r.protocol_id)),
  );
  const now = new Date();
  return { items: rows.map((row) => toListItem(row, rules, now)), total, page: query.page, pageSize: query.pageSize };
}

/** A case in full: every read is audited; identifiers in full only for users who may read them so. */
export async function getCase(db: Db, actor: Actor, audit: AuditContext, id: number): Promise<CaseDetail> {
  const row = await visibleCase(db, actor, id);
  const [history, counts, rules] = await Promise.all([
    repo.classificationHistory(db, id),
    repo.caseCounts(db, id),
    tracingRulesOf(db, [Number(row.protocol_id)]),
  ]);
  const protocol = rules.get(Number(row.protocol_id));
  if (!protocol) throw new Error(`case ${id} names a protocol that is gone`);
  const full = actor.permissions.has('registry.read_full');
  await appendAudit(db, audit, {
    action: 'tracing.case.read',
    entity: 'tracing_case',
    entityId: id,
    summary: { full },
  });
  return {
    id: Number(row.id),
    code: row.code,
    residentId: row.resident_id === null ? null : Number(row.resident_id),
    name: row.name,
    idNumber: full ? row.id_number : maskIdNumber(row.id_number),
    phone: row.phone === null ? null : full ? row.phone : maskPhone(row.phone),
    region: region(row),
    classification: row.classification,
    foundVia: row.found_via,
    onsetDate: row.onset_date,
    sampledAt: iso(row.sampled_at),
    foundAt: row.found_at.toISOString(),
    milestones: Object.fromEntries(
      Object.entries(repo.milestoneColumns).map(([key, column]) => [key, iso(row[column])]),
    ),
    timers: caseTimers(row, protocol.rules),
    sourceTube: row.source_tube,
    fromContactId: row.from_contact_id === null ? null : Number(row.from_contact_id),
    protocol: { id: protocol.protocolId, name: protocol.protocolName, version: protocol.version },
    cluster: cluster(row),
    generation: row.generation,
    note: row.note,
    history: history.map((h) => ({ ...h, at: h.at.toISOString() })),
    counts,
    createdAt: row.created_at.toISOString(),
  };
}

/** Changes a case's classification with its reason, kept in the case's history. */
export async function classifyCase(
  db: Db,
  actor: Actor,
  audit: AuditContext,
  id: number,
  change: { classification: Classification; reason: string },
): Promise<CaseDetail> {
  await db.transaction().execute(async (trx) => {
    const row = await visibleCase(trx, actor, id, true);
    if (row.classification === change.classification) return;
    // Taking an excluded case back must not make a second live case of the same person.
    const live = row.classification === 'excluded' ? await repo.liveCaseOf(trx, row.id_number) : null;
    if (live) throw new AppError('CASE_EXISTS', { code: live.code });
    await repo.setClassification(trx, id, change.classification);
    await repo.insertClassification(trx, id, change.classification, change.reason, actor.userId || null);
    await appendAudit(trx, audit, {
      action: 'tracing.case.classify',
      entity: 'tracing_case',
      entityId: id,
      summary: { from: row.classification, to: change.classification, reason: change.reason },
    });
  });
  return getCase(db, actor, audit, id);
}

/**
 * Records a milestone of the case once: not before the case was found, not in the future. A correction is
 * a new fact for the audit log, not an overwrite, so a recorded milestone is refused.
 */
export async function recordMilestone(
  db: Db,
  actor: Actor,
  audit: AuditContext,
  id: number,
  body: { milestone: Milestone; at?: string | undefined },
): Promise<CaseDetail> {
  const at = body.at ?? new Date().toISOString();
  const column = repo.milestoneColumns[body.milestone];
  await db.transaction().execute(async (trx) => {
    const row = await visibleCase(trx, actor, id, true);
    const refuse = (reason: readonly [string, string]) =>
      new AppError('MILESTONE_INVALID', wordParams({ milestone: milestoneWords[body.milestone], reason }));
    if (row[column]) throw refuse(['已记录', 'already recorded']);
    if (Date.parse(at) < row.found_at.getTime()) throw refuse(['早于发现时间', 'before the case was found']);
    if (Date.parse(at) > Date.now() + 60_000) throw refuse(['不能在将来', 'in the future']);
    await repo.setMilestone(trx, id, column, at);
    await appendAudit(trx, audit, {
      action: 'tracing.case.milestone',
      entity: 'tracing_case',
      entityId: id,
      summary: { milestone: body.milestone, at },
    });
  });
  return getCase(db, actor, audit, id);
}

/** Edits the facts of a case that are not milestones or classification. */
export async function updateCase(
  db: Db,
  actor: Actor,
  audit: AuditContext,
  id: number,
  body: UpdateCaseBody,
): Promise<CaseDetail> {
  await db.transaction().execute(async (trx) => {
    await visibleCase(trx, actor, id, true);
    await repo.updateCase(trx, id, body);
    await appendAudit(trx, audit, {
      action: 'tracing.case.update',
      entity: 'tracing_case',
      entityId: id,
      summary: { fields: Object.keys(body) },
    });
  });
  return getCase(db, actor, audit, id);
}
