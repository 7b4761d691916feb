import { sql } from 'kysely';
import type { Actor } from '../../../core/auth/actor.ts';
import type { Executor } from '../../../core/db/database.ts';
import type { Basis } from '../../protocol/basis.ts';
import type { QuarantineRow } from '../checks/quarantines.repository.ts';
import { quarantineInReach } from '../checks/scope.ts';
import type { ReleaseFacts } from './criteria.ts';

type LastTest = NonNullable<ReleaseFacts['lastTest']>;

/** The last scheduled test of each quarantine (the home stage after the centralized one on the same day). */
export async function lastTests(db: Executor, quarantineIds: number[]): Promise<Map<number, LastTest>> {
  const { rows } = await sql<LastTest & { quarantine_id: number }>`
    SELECT DISTINCT ON (quarantine_id) quarantine_id, due_date::text AS "dueDate", stage, day, result
      FROM quarantine_test
     WHERE quarantine_id = ANY(${quarantineIds}::bigint[])
     ORDER BY quarantine_id, due_date DESC, stage = 'home' DESC, day DESC`.execute(db);
  return new Map(rows.map(({ quarantine_id, ...test }) => [quarantine_id, test]));
}

/** Kinds of the fever and positive alerts still open on each quarantine (they hold a release back). */
export async function openBlockingAlerts(db: Executor, quarantineIds: number[]): Promise<Map<number, string[]>> {
  const { rows } = await sql<{ quarantine_id: number; kinds: string[] }>`
    SELECT quarantine_id, array_agg(DISTINCT kind ORDER BY kind) AS kinds FROM quarantine_alert
     WHERE quarantine_id = ANY(${quarantineIds}::bigint[]) AND status = 'open' AND kind IN ('fever', 'positive')
     GROUP BY quarantine_id`.execute(db);
  return new Map(rows.map((r) => [r.quarantine_id, r.kinds]));
}

/**
 * Who issues the certificate: the isolation site, or for home quarantine the community (the region above
 * the person's grid) that keeps watch over it.
 */
export async function issuingUnit(db: Executor, q: QuarantineRow): Promise<string> {
  if (q.site_name) return q.site_name;
  const { rows } = await sql<{ name: string }>`
    SELECT name FROM region WHERE path = subpath(${q.path}::ltree, 0, greatest(nlevel(${q.path}::ltree) - 1, 1))`.execute(
    db,
  );
  return rows[0]?.name ?? '';
}

export async function insertRelease(
  trx: Executor,
  r: { quarantineId: number; year: string; releasedBy: number | null; issuingUnit: string; basis: Basis[] },
): Promise<{ certificateNo: string; releasedAt: Date }> {
  const { rows } = await sql<{ certificate_no: string; released_at: Date }>`
    INSERT INTO quarantine_release (quarantine_id, certificate_no, released_at, released_by, issuing_unit, basis)
    VALUES (${r.quarantineId}, ${`JG${r.year}-`} || lpad(nextval('quarantine_certificate_seq')::text, 6, '0'), now(),
            ${r.releasedBy}, ${r.issuingUnit}, ${JSON.stringify(r.basis)}::jsonb)
    RETURNING certificate_no, released_at`.execute(trx);
  const row = rows[0]!;
  return { certificateNo: row.certificate_no, releasedAt: row.released_at };
}

export async function endQuarantine(trx: Executor, quarantineId: number, endedAt: Date): Promise<void> {
  await sql`UPDATE quarantine SET status = 'released', ended_at = ${endedAt}, end_reason = 'released'
             WHERE id = ${quarantineId}`.execute(trx);
}

export interface CertificateRow {
  certificate_no: string;
  released_at: Date;
  issuing_unit: string;
  basis: Basis[];
}

export async function releaseOf(db: Executor, quarantineId: number): Promise<CertificateRow | null> {
  const { rows } = await sql<CertificateRow>`
    SELECT certificate_no, released_at, issuing_unit, basis FROM quarantine_release
     WHERE quarantine_id = ${quarantineId}`.execute(db);
  return rows[0] ?? null;
}

export interface DueRow {
  id: number;
  protocol_id: number;
  group_key: string;
  planned_end: Date;
  name: string;
  mode: 'centralized' | 'home';
  site_id: number | null;
  site_name: string | null;
  room: string | null;
}

/** Active quarantines within reach whose planned end falls before `until`, at a site or anywhere. */
export async function dueForRelease(
  db: Executor,
  actor: Actor,
  until: Date,
  siteId: number | undefined,
): Promise<DueRow[]> {
  const { rows } = await sql<DueRow>`
    SELECT q.id, q.protocol_id, q.group_key, q.planned_end, q.name, q.mode, q.site_id, s.name AS site_name,
           r.number AS room
      FROM quarantine q
      LEFT JOIN place s ON s.id = q.site_id
      LEFT JOIN isolation_room r ON r.id = q.room_id
     WHERE q.status = 'active' AND q.planned_end < ${until}
       AND ${siteId === undefined ? sql`true` : sql`q.site_id = ${siteId}`} AND ${quarantineInReach(actor, 'q')}
     ORDER BY q.planned_end, q.id
     LIMIT 500`.execute(db);
  return rows;
}
