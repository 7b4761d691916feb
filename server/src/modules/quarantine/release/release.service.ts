import { sql } from 'kysely';
import type { Actor } from '../../../core/auth/actor.ts';
import { type AuditContext, appendAudit } from '../../../core/audit/audit.ts';
import type { Db, Executor } from '../../../core/db/database.ts';
import { AppError, notFound } from '../../../core/errors.ts';
import { localDate } from '../../../core/time/local-time.ts';
import { protocolById, protocolsById } from '../../protocol/protocol.repository.ts';
import { maskIdNumber } from '../../registry/id-number.ts';
import type { SiteDayQuery } from '../checks/checks.schema.ts';
import { dayOf } from '../checks/checks.service.ts';
import { findQuarantine } from '../checks/quarantines.repository.ts';
import { refreshResults } from '../checks/tests.service.ts';
import { groupWords } from '../words.ts';
import { certificatePdf } from './certificate.ts';
import { type CriterionState, judgeRelease, type ReleaseFacts } from './criteria.ts';
import * as repo from './release.repository.ts';
import type { Release, ReleaseDue } from './release.schema.ts';

const localTime = (timeZone: string) => (d: Date) => d.toLocaleString('sv-SE', { timeZone }).slice(0, 16);

/** Results of mass testing linked first, in a transaction of their own: a refusal must not undo them. */
const refreshFor = (db: Db, timeZone: string, ids: number[]) =>
  db
    .transaction()
    .execute((trx) => refreshResults(trx, timeZone, sql<boolean>`t.quarantine_id = ANY(${ids}::bigint[])`));

async function factsOf(db: Executor, rows: { id: number; group_key: string; planned_end: Date }[]) {
  const ids = rows.map((r) => r.id);
  const [tests, alerts] = await Promise.all([repo.lastTests(db, ids), repo.openBlockingAlerts(db, ids)]);
  return new Map(
    rows.map((r): [number, ReleaseFacts] => [
      r.id,
      {
        groupKey: r.group_key,
        plannedEnd: r.planned_end,
        lastTest: tests.get(r.id) ?? null,
        openAlerts: alerts.get(r.id) ?? [],
      },
    ]),
  );
}

/** Persons due for release by the end of a day (today by default), each with the criteria as they stand. */
export async function releaseDue(db: Db, actor: Actor, timeZone: string, query: SiteDayQuery): Promise<ReleaseDue[]> {
  const { end } = dayOf(query.date, timeZone);
  const rows = await repo.dueForRelease(db, actor, end, query.siteId);
  await refreshFor(
    db,
    timeZone,
    rows.map((r) => r.id),
  );
  const [facts, protocols] = await Promise.all([
    factsOf(db, rows),
    protocolsById(
      db,
      rows.map((r) => r.protocol_id),
    ),
  ]);
  const now = new Date();
  return rows.map((r) => {
    const protocol = protocols.get(r.protocol_id);
    const fact = facts.get(r.id);
    if (!protocol || !fact) throw new Error(`quarantine ${r.id}: protocol or facts missing`);
    const criteria = judgeRelease(protocol, fact, now, localTime(timeZone));
    return {
      quarantineId: r.id,
      name: r.name,
      mode: r.mode,
      site: r.site_id === null ? null : { id: r.site_id, name: r.site_name ?? '' },
      room: r.room,
      plannedEnd: r.planned_end.toISOString(),
      criteria,
      releasable: criteria.every((c) => c.ok),
    };
  });
}

function refusal(failing: CriterionState[]): AppError {
  return new AppError('RELEASE_REFUSED', {
    reasonZh: failing.map((c) => c.reasonZh).join('；'),
    reasonEn: failing.map((c) => c.reasonEn).join('; '),
  });
}

/**
 * Releases a person from quarantine when every criterion holds (see criteria.ts); otherwise refuses, naming
 * each criterion that fails, and changes nothing. The release takes a certificate number and is audited.
 */
export async function releaseQuarantine(
  db: Db,
  actor: Actor,
  audit: AuditContext,
  timeZone: string,
  id: number,
): Promise<Release> {
  await refreshFor(db, timeZone, [id]);
  return db.transaction().execute(async (trx) => {
    const quarantine = await findQuarantine(trx, actor, id, true);
    if (!quarantine) throw notFound();
    if (quarantine.status !== 'active') throw new AppError('QUARANTINE_ENDED');
    const protocol = await protocolById(trx, quarantine.protocol_id);
    const facts = (await factsOf(trx, [quarantine])).get(id)!;
    const now = new Date();
    const criteria = judgeRelease(protocol, facts, now, localTime(timeZone));
    const failing = criteria.filter((c) => !c.ok);
    if (failing.length > 0) throw refusal(failing);
    const basis = criteria.flatMap((c) => (c.basis ? [c.basis] : []));
    const issuingUnit = await repo.issuingUnit(trx, quarantine);
    const year = localDate(now, timeZone).slice(0, 4);
    const released = await repo.insertRelease(trx, {
      quarantineId: id,
      year,
      releasedBy: actor.userId || null,
      issuingUnit,
      basis,
    });
    await repo.endQuarantine(trx, id, released.releasedAt);
    await appendAudit(trx, audit, {
      action: 'quarantine.release',
      entity: 'quarantine',
      entityId: id,
      summary: { certificateNo: released.certificateNo, rules: basis.map((b) => b.rule), protocolId: protocol.id },
    });
    return {
      quarantineId: id,
      status: 'released' as const,
      endedAt: released.releasedAt.toISOString(),
      certificateNo: released.certificateNo,
      issuingUnit,
      basis,
    };
  });
}

/** The release certificate of a released person, as a PDF; each issue is audited (it names the person). */
export async function certificate(db: Db, actor: Actor, audit: AuditContext, timeZone: string, id: number) {
  const quarantine = await findQuarantine(db, actor, id);
  const release = quarantine?.status === 'released' ? await repo.releaseOf(db, id) : null;
  if (!quarantine || !release) throw notFound();
  const protocol = await protocolById(db, quarantine.protocol_id);
  const group = groupWords[quarantine.group_key as keyof typeof groupWords]?.[0] ?? quarantine.group_key;
  const doc = certificatePdf({
    number: release.certificate_no,
    name: quarantine.name,
    idNumber: quarantine.id_number === null ? null : maskIdNumber(quarantine.id_number),
    from: localDate(quarantine.starts_at, timeZone),
    to: localDate(release.released_at, timeZone),
    mode: quarantine.mode,
    place: quarantine.site_name ? [quarantine.site_name, quarantine.room].filter(Boolean).join(' ') : null,
    group,
    protocol: { name: protocol.name, version: protocol.version },
    rules: release.basis.map((b) => b.rule),
    issuingUnit: release.issuing_unit,
  });
  await appendAudit(db, audit, {
    action: 'quarantine.certificate',
    entity: 'quarantine',
    entityId: id,
    summary: { certificateNo: release.certificate_no },
  });
  return { doc, filename: `解除隔离证明-${release.certificate_no}.pdf` };
}
