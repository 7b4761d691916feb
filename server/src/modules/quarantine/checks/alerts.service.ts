import { sql } from 'kysely';
import type { Actor } from '../../../core/auth/actor.ts';
import { type AuditContext, appendAudit } from '../../../core/audit/audit.ts';
import type { Db, Executor } from '../../../core/db/database.ts';
import { AppError, notFound } from '../../../core/errors.ts';
import * as repo from './alerts.repository.ts';
import type { AcknowledgeBody, Alert, AlertQuery, TransferBody } from './alerts.schema.ts';
import { findQuarantine } from './quarantines.repository.ts';

const toAlert = (r: repo.AlertRow): Alert => ({
  id: r.id,
  kind: r.kind,
  status: r.status,
  raisedAt: r.raised_at.toISOString(),
  details: r.details,
  quarantine: {
    id: r.quarantine_id,
    name: r.name,
    mode: r.mode,
    status: r.quarantine_status,
    site: r.site_id === null ? null : { id: r.site_id, name: r.site_name ?? '' },
    room: r.room,
  },
  acknowledged:
    r.acknowledged_at === null
      ? null
      : { by: r.acknowledged_by_name, at: r.acknowledged_at.toISOString(), note: r.note ?? '' },
  transfer:
    r.hospital_id === null || r.requested_at === null
      ? null
      : {
          hospital: { id: r.hospital_id, name: r.hospital_name ?? '' },
          reason: r.transfer_reason ?? '',
          requestedAt: r.requested_at.toISOString(),
        },
});

/** Alerts on quarantined persons within reach, open ones first. */
export async function listAlerts(db: Db, actor: Actor, query: AlertQuery) {
  const { rows, total } = await repo.listAlerts(db, actor, query);
  return { items: rows.map(toAlert), total, page: query.page, pageSize: query.pageSize };
}

async function lockedAlert(trx: Executor, actor: Actor, id: number): Promise<repo.AlertRow> {
  const alert = await repo.findAlert(trx, actor, id, true);
  if (!alert) throw notFound();
  return alert;
}

const settled = () =>
  new AppError('PROPOSAL_STATE', { reasonZh: '该预警已处理', reasonEn: 'This alert has already been dealt with' });

/** Marks an open alert as seen and handled, with what was done (re-measured, doctor called…). */
export async function acknowledgeAlert(
  db: Db,
  actor: Actor,
  audit: AuditContext,
  id: number,
  body: AcknowledgeBody,
): Promise<Alert> {
  await db.transaction().execute(async (trx) => {
    const alert = await lockedAlert(trx, actor, id);
    if (alert.status !== 'open') throw settled();
    await repo.acknowledgeAlert(trx, id, actor.userId || null, body.note);
    await appendAudit(trx, audit, {
      action: 'quarantine.alert.acknowledge',
      entity: 'quarantine_alert',
      entityId: id,
      reason: body.note,
      summary: { kind: alert.kind, quarantineId: alert.quarantine_id },
    });
  });
  return alertById(db, actor, id);
}

async function alertById(db: Db, actor: Actor, id: number): Promise<Alert> {
  const alert = await repo.findAlert(db, actor, id);
  if (!alert) throw notFound();
  return toAlert(alert);
}

async function assertHospital(trx: Executor, placeId: number): Promise<void> {
  const { rows } = await sql<{ type: string }>`SELECT type FROM place WHERE id = ${placeId}`.execute(trx);
  if (rows[0]?.type !== 'hospital') throw new AppError('NOT_A_HOSPITAL');
}

/**
 * Sends the person of an alert to a hospital: the transfer is recorded for the hospital to admit, the
 * quarantine ends as 'to_hospital' (its stay closes and its room goes to cleaning: migration 0020), and every
 * alert of the person still open is settled by it. A hospital anywhere may receive: designated hospitals
 * often lie outside the district that sends.
 */
export async function transferToHospital(
  db: Db,
  actor: Actor,
  audit: AuditContext,
  id: number,
  body: TransferBody,
): Promise<Alert> {
  await db.transaction().execute(async (trx) => {
    const alert = await lockedAlert(trx, actor, id);
    if (alert.status === 'transferred') throw settled();
    const quarantine = await findQuarantine(trx, actor, alert.quarantine_id, true);
    if (!quarantine) throw notFound();
    if (quarantine.status !== 'active') throw new AppError('QUARANTINE_ENDED');
    await assertHospital(trx, body.hospitalId);
    const { rows } = await sql<{ id: number }>`
      INSERT INTO hospital_transfer (quarantine_id, alert_id, hospital_id, reason, requested_by)
      VALUES (${quarantine.id}, ${id}, ${body.hospitalId}, ${body.reason}, ${actor.userId || null})
      RETURNING id`.execute(trx);
    await sql`UPDATE quarantine SET status = 'to_hospital', ended_at = now(), end_reason = ${body.reason}
               WHERE id = ${quarantine.id}`.execute(trx);
    await sql`UPDATE quarantine_alert SET status = 'transferred'
               WHERE quarantine_id = ${quarantine.id} AND status <> 'transferred'`.execute(trx);
    await appendAudit(trx, audit, {
      action: 'quarantine.transfer_to_hospital',
      entity: 'quarantine',
      entityId: quarantine.id,
      reason: body.reason,
      summary: { alertId: id, kind: alert.kind, hospitalId: body.hospitalId, transferId: rows[0]?.id },
    });
  });
  return alertById(db, actor, id);
}
