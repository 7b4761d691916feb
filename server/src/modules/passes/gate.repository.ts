import { sql } from 'kysely';
import type { Executor } from '../../core/db/database.ts';
import type { GateScanRow, Outing, ScanRefusal } from './gate-rules.ts';

const ms = (d: Date | null) => (d === null ? null : d.getTime());

/** The outings of the passes a batch names, locked (in id order, so two batches never deadlock). */
export async function lockOutings(db: Executor, passIds: number[]): Promise<Map<number, Outing>> {
  const { rows } = await sql<{
    id: number;
    household_id: number;
    revoked_at: Date | null;
    exited_at: Date | null;
    returned_at: Date | null;
    late_at: Date | null;
    max_minutes_out: number;
    late_grace_minutes: number;
  }>`
    SELECT id, household_id, revoked_at, exited_at, returned_at, late_at, max_minutes_out, late_grace_minutes
      FROM pass WHERE id = ANY(${passIds}::bigint[]) ORDER BY id FOR UPDATE`.execute(db);
  return new Map(
    rows.map((r) => [
      r.id,
      {
        id: r.id,
        householdId: r.household_id,
        revokedAt: ms(r.revoked_at),
        exitedAt: ms(r.exited_at),
        returnedAt: ms(r.returned_at),
        lateAt: ms(r.late_at),
        maxMinutesOut: r.max_minutes_out,
        lateGraceMinutes: r.late_grace_minutes,
        changed: false,
      },
    ]),
  );
}

/** Scans already stored among these ids, with the reason each was refused (null: let through). */
export async function storedScans(db: Executor, scanIds: string[]): Promise<Map<string, ScanRefusal | null>> {
  const { rows } = await sql<{ scan_id: string; reason: ScanRefusal | null }>`
    SELECT scan_id::text, reason FROM gate_scan WHERE scan_id = ANY(${scanIds}::uuid[])`.execute(db);
  return new Map(rows.map((r) => [r.scan_id, r.reason]));
}

/** Of these household ids, those that exist (an emergency may name one typed by hand). */
export async function existingHouseholds(db: Executor, ids: number[]): Promise<Set<number>> {
  if (ids.length === 0) return new Set();
  const { rows } = await sql<{ id: number }>`SELECT id FROM household WHERE id = ANY(${ids}::bigint[])`.execute(db);
  return new Set(rows.map((r) => r.id));
}

export async function insertGateScans(db: Executor, rows: GateScanRow[], scannedBy: number | null): Promise<void> {
  if (rows.length === 0) return;
  const col = <K extends keyof GateScanRow>(key: K) => rows.map((r) => r[key]);
  await sql`
    INSERT INTO gate_scan (scan_id, pass_id, direction, at, gate, outcome, reason, emergency_reason, emergency_name,
                           household_id, scanned_by)
    SELECT s.scan_id, s.pass_id, s.direction, to_timestamp(s.at / 1000.0), s.gate,
           CASE WHEN s.reason IS NULL THEN 'stored' ELSE 'refused' END, s.reason, s.emergency_reason,
           s.emergency_name, s.household_id, ${scannedBy}
      FROM unnest(${col('scanId')}::uuid[], ${col('passId')}::bigint[], ${col('direction')}::text[],
                  ${col('at')}::float8[], ${col('gate')}::text[], ${col('reason')}::text[],
                  ${col('emergencyReason')}::text[], ${col('emergencyName')}::text[], ${col('householdId')}::bigint[])
           AS s(scan_id, pass_id, direction, at, gate, reason, emergency_reason, emergency_name, household_id)
    ON CONFLICT (scan_id) DO NOTHING`.execute(db);
}

/** Writes back the outings a batch changed, in one statement. */
export async function saveOutings(db: Executor, outings: Outing[]): Promise<void> {
  if (outings.length === 0) return;
  const col = <K extends keyof Outing>(key: K) => outings.map((o) => o[key]);
  await sql`
    UPDATE pass p
       SET exited_at = to_timestamp(u.exited / 1000.0), returned_at = to_timestamp(u.returned / 1000.0),
           late_at = to_timestamp(u.late / 1000.0)
      FROM unnest(${col('id')}::bigint[], ${col('exitedAt')}::float8[], ${col('returnedAt')}::float8[],
                  ${col('lateAt')}::float8[]) AS u(id, exited, returned, late)
     WHERE p.id = u.id`.execute(db);
}

/**
 * Flags the holders still out after their time allowed plus the grace (the job runs every few minutes);
 * those who came back late were flagged at their return. Returns how many it flagged.
 */
export async function flagLateReturns(db: Executor): Promise<number> {
  const { rows } = await sql<{ id: number }>`
    UPDATE pass SET late_at = now()
     WHERE exited_at IS NOT NULL AND returned_at IS NULL AND late_at IS NULL
       AND exited_at + make_interval(mins => max_minutes_out + late_grace_minutes) < now()
    RETURNING id`.execute(db);
  return rows.length;
}
