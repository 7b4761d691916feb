import { type RawBuilder, sql } from 'kysely';
import type { Actor } from '../../../core/auth/actor.ts';
import type { Executor } from '../../../core/db/database.ts';
import type { AcceptedCheck } from './check-rules.ts';
import { quarantineInReach } from './scope.ts';
import { missedChecksQuery } from './sheet.repository.ts';
import type { AlertKind, AlertStatus } from './vocabulary.ts';

/** Raises a fever alert for each quarantine with a fever in `checks`, unless one is already open. */
export async function raiseFeverAlerts(trx: Executor, checks: AcceptedCheck[]): Promise<number> {
  const fevers = checks.filter((c) => c.fever);
  if (fevers.length === 0) return 0;
  const { rows } = await sql<{ id: number }>`
    INSERT INTO quarantine_alert (quarantine_id, kind, check_id, details)
    SELECT DISTINCT ON (f.quarantine_id) f.quarantine_id, 'fever', f.check_id,
           jsonb_build_object('temperature', f.temperature, 'checkedAt', f.checked_at)
      FROM unnest(${fevers.map((c) => c.quarantineId)}::bigint[], ${fevers.map((c) => c.checkId)}::uuid[],
                  ${fevers.map((c) => c.temperature)}::numeric[],
                  ${fevers.map((c) => c.at.toISOString())}::timestamptz[]) AS f(quarantine_id, check_id, temperature, checked_at)
     ORDER BY f.quarantine_id, f.checked_at
    ON CONFLICT DO NOTHING
    RETURNING id`.execute(trx);
  return rows.length;
}

/** Raises one alert per positive test among `testIds` (idempotent: a test raises at most one). */
export async function raisePositiveAlerts(trx: Executor, testIds: number[]): Promise<number> {
  if (testIds.length === 0) return 0;
  const { rows } = await sql<{ id: number }>`
    INSERT INTO quarantine_alert (quarantine_id, kind, test_id, details)
    SELECT t.quarantine_id, 'positive', t.id,
           jsonb_build_object('dueDate', t.due_date, 'stage', t.stage, 'day', t.day, 'sampledAt', t.sampled_at,
                              'tube', tube.barcode)
      FROM quarantine_test t LEFT JOIN test_tube tube ON tube.id = t.tube_id
     WHERE t.id = ANY(${testIds}::bigint[]) AND t.result = 'positive'
    ON CONFLICT DO NOTHING
    RETURNING id`.execute(trx);
  return rows.length;
}

/** Raises one alert per check missed on `day` (every quarantine; the sweep runs it again harmlessly). */
export async function raiseMissedAlerts(db: Executor, day: string, timeZone: string, now: Date): Promise<number> {
  const { rows } = await sql<{ id: number }>`
    INSERT INTO quarantine_alert (quarantine_id, kind, day, slot, details)
    SELECT m.quarantine_id, 'missed_check', ${day}::date, m.slot, jsonb_build_object('dueAt', m.due_at)
      FROM (${missedChecksQuery(day, timeZone, now, sql<boolean>`true`)}) m
    ON CONFLICT DO NOTHING
    RETURNING id`.execute(db);
  return rows.length;
}

export interface AlertRow {
  id: number;
  quarantine_id: number;
  kind: AlertKind;
  status: AlertStatus;
  raised_at: Date;
  details: Record<string, unknown>;
  acknowledged_at: Date | null;
  acknowledged_by_name: string | null;
  note: string | null;
  name: string;
  mode: 'centralized' | 'home';
  quarantine_status: string;
  site_id: number | null;
  site_name: string | null;
  room: string | null;
  hospital_id: number | null;
  hospital_name: string | null;
  transfer_reason: string | null;
  requested_at: Date | null;
}

const alertSelect = sql`
  SELECT a.id, a.quarantine_id, a.kind, a.status, a.raised_at, a.details, a.acknowledged_at,
         u.display_name AS acknowledged_by_name, a.note, q.name, q.mode, q.status AS quarantine_status,
         q.site_id, s.name AS site_name, r.number AS room, ht.hospital_id, h.name AS hospital_name,
         ht.reason AS transfer_reason, ht.requested_at
    FROM quarantine_alert a
    JOIN quarantine q ON q.id = a.quarantine_id
    LEFT JOIN place s ON s.id = q.site_id
    LEFT JOIN isolation_room r ON r.id = q.room_id
    LEFT JOIN app_user u ON u.id = a.acknowledged_by
    LEFT JOIN hospital_transfer ht ON ht.quarantine_id = a.quarantine_id AND a.status = 'transferred'
    LEFT JOIN place h ON h.id = ht.hospital_id`;

export interface AlertFilter {
  status?: AlertStatus | undefined;
  kind?: AlertKind | undefined;
  siteId?: number | undefined;
  page: number;
  pageSize: number;
}

/** Alerts within reach, open ones first, then newest first. */
export async function listAlerts(
  db: Executor,
  actor: Actor,
  filter: AlertFilter,
): Promise<{ rows: AlertRow[]; total: number }> {
  const conditions: RawBuilder<unknown>[] = [quarantineInReach(actor, 'q')];
  if (filter.status) conditions.push(sql`a.status = ${filter.status}`);
  if (filter.kind) conditions.push(sql`a.kind = ${filter.kind}`);
  if (filter.siteId) conditions.push(sql`q.site_id = ${filter.siteId}`);
  const where = sql.join(conditions, sql` AND `);
  const [{ rows }, { rows: count }] = await Promise.all([
    sql<AlertRow>`${alertSelect} WHERE ${where}
      ORDER BY (a.status = 'open') DESC, a.raised_at DESC, a.id DESC
      LIMIT ${filter.pageSize} OFFSET ${(filter.page - 1) * filter.pageSize}`.execute(db),
    sql<{ n: number }>`SELECT count(*)::int AS n FROM quarantine_alert a JOIN quarantine q ON q.id = a.quarantine_id
      WHERE ${where}`.execute(db),
  ]);
  return { rows, total: count[0]?.n ?? 0 };
}

/** One alert within reach; locked for a decision when `lock`. */
export async function findAlert(db: Executor, actor: Actor, id: number, lock = false): Promise<AlertRow | null> {
  const { rows } = await sql<AlertRow>`${alertSelect}
    WHERE a.id = ${id} AND ${quarantineInReach(actor, 'q')} ${lock ? sql`FOR UPDATE OF a, q` : sql``}`.execute(db);
  return rows[0] ?? null;
}

export async function acknowledgeAlert(trx: Executor, id: number, userId: number | null, note: string): Promise<void> {
  await sql`UPDATE quarantine_alert SET status = 'acknowledged', acknowledged_by = ${userId},
              acknowledged_at = now(), note = ${note} WHERE id = ${id}`.execute(trx);
}
