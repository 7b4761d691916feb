import { sql } from 'kysely';
import type { Actor } from '../../../core/auth/actor.ts';
import type { Executor } from '../../../core/db/database.ts';
import type { AcceptedCheck, QuarantineFacts } from './check-rules.ts';
import { checksPerDaySql, feverCelsiusSql, quarantineInReach } from './scope.ts';
import type { CheckVia } from './vocabulary.ts';

export interface CheckRow {
  check_id: string;
  quarantine_id: number;
  day: string;
  slot: number;
  checked_at: Date;
  temperature: string;
  fever: boolean;
  symptoms: string[];
  via: CheckVia;
}

/**
 * The quarantines a batch names, with their protocol's check figures, within the actor's reach (every one
 * when `actor` is null: a signed self-check link names its own). Rows are share-locked so a release cannot
 * commit between the judgement and the insert.
 */
export async function quarantineFacts(
  trx: Executor,
  actor: Actor | null,
  ids: number[],
): Promise<Map<number, QuarantineFacts>> {
  const { rows } = await sql<{ id: number; status: string; starts_at: Date; per_day: number; fever: number }>`
    SELECT q.id, q.status, q.starts_at, ${checksPerDaySql('p')} AS per_day, ${feverCelsiusSql('p')} AS fever
      FROM quarantine q JOIN protocol p ON p.id = q.protocol_id
     WHERE q.id = ANY(${ids}::bigint[]) AND ${actor ? quarantineInReach(actor, 'q') : sql`true`}
       FOR SHARE OF q`.execute(trx);
  return new Map(
    rows.map((r) => [
      r.id,
      { active: r.status === 'active', startsAt: r.starts_at, checksPerDay: r.per_day, feverCelsius: r.fever },
    ]),
  );
}

export async function storedCheckIds(db: Executor, checkIds: string[]): Promise<Set<string>> {
  const { rows } = await sql<{ check_id: string }>`
    SELECT check_id FROM health_check WHERE check_id = ANY(${checkIds}::uuid[])`.execute(db);
  return new Set(rows.map((r) => r.check_id));
}

/** `${quarantineId}|${day}|${slot}` of the checks stored for these quarantines on these days. */
export async function recordedSlots(db: Executor, quarantineIds: number[], days: string[]): Promise<Set<string>> {
  const { rows } = await sql<{ quarantine_id: number; day: string; slot: number }>`
    SELECT quarantine_id, day::text AS day, slot FROM health_check
     WHERE quarantine_id = ANY(${quarantineIds}::bigint[]) AND day = ANY(${days}::date[])`.execute(db);
  return new Set(rows.map((r) => `${r.quarantine_id}|${r.day}|${r.slot}`));
}

/** Inserts accepted checks; returns the ids stored (a concurrent batch may have taken a slot first). */
export async function insertChecks(
  trx: Executor,
  checks: AcceptedCheck[],
  via: CheckVia,
  recordedBy: number | null,
): Promise<Set<string>> {
  if (checks.length === 0) return new Set();
  const col = <T>(pick: (c: AcceptedCheck) => T) => checks.map(pick);
  const { rows } = await sql<{ check_id: string }>`
    INSERT INTO health_check (check_id, quarantine_id, day, slot, checked_at, temperature, fever, symptoms, via,
                              recorded_by)
    SELECT c.check_id, c.quarantine_id, c.day, c.slot, c.checked_at, c.temperature, c.fever,
           CASE WHEN c.symptoms = '' THEN '{}'::text[] ELSE string_to_array(c.symptoms, ',') END,
           ${via}, ${recordedBy}
      FROM unnest(${col((c) => c.checkId)}::uuid[], ${col((c) => c.quarantineId)}::bigint[],
                  ${col((c) => c.day)}::date[], ${col((c) => c.slot)}::smallint[],
                  ${col((c) => c.at.toISOString())}::timestamptz[], ${col((c) => c.temperature)}::numeric[],
                  ${col((c) => c.fever)}::boolean[], ${col((c) => c.symptoms.join(','))}::text[])
           AS c(check_id, quarantine_id, day, slot, checked_at, temperature, fever, symptoms)
    ON CONFLICT DO NOTHING
    RETURNING check_id`.execute(trx);
  return new Set(rows.map((r) => r.check_id));
}

const checkColumns = sql`h.check_id, h.quarantine_id, h.day::text AS day, h.slot, h.checked_at, h.temperature,
  h.fever, h.symptoms, h.via`;

/** The checks of these quarantines on one local day. */
export async function checksOfDay(db: Executor, quarantineIds: number[], day: string): Promise<CheckRow[]> {
  const { rows } = await sql<CheckRow>`
    SELECT ${checkColumns} FROM health_check h
     WHERE h.quarantine_id = ANY(${quarantineIds}::bigint[]) AND h.day = ${day}::date`.execute(db);
  return rows;
}

/** A quarantine's checks, newest first. */
export async function checksOf(db: Executor, quarantineId: number): Promise<CheckRow[]> {
  const { rows } = await sql<CheckRow>`
    SELECT ${checkColumns} FROM health_check h
     WHERE h.quarantine_id = ${quarantineId} ORDER BY h.day DESC, h.slot DESC`.execute(db);
  return rows;
}
