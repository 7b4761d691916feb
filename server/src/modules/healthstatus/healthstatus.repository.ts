import { type RawBuilder, sql } from 'kysely';
import type { Actor } from '../../core/auth/actor.ts';
import { inJurisdiction } from '../../core/auth/scope.ts';
import type { Executor } from '../../core/db/database.ts';
import type { HealthStatusRules } from '../protocol/document.ts';
import type { Colour, FactDetail } from './healthstatus.schema.ts';

/** The resident `r` lives under a region path (any path when null). */
export const underRegion = (regionPath: string | null): RawBuilder<boolean> =>
  regionPath === null ? sql<boolean>`true` : sql<boolean>`(r.path <@ ${regionPath}::ltree)`;

/** The resident `r` lives under a region path (or anywhere) within the jurisdiction. */
export function residentsUnder(actor: Actor, regionPath: string | null): RawBuilder<boolean> {
  return sql<boolean>`(${inJurisdiction(actor, 'r.path')} AND ${underRegion(regionPath)})`;
}

/** How many residents under a region are yellow and red (the rest of its residents are green). */
export async function nonGreenCounts(
  db: Executor,
  actor: Actor,
  regionPath: string | null,
): Promise<{ yellow: number; red: number }> {
  const { rows } = await sql<{ colour: Colour; n: number }>`
    SELECT hs.colour, count(*)::int AS n FROM health_status hs JOIN resident r ON r.id = hs.resident_id
     WHERE hs.colour <> 'green' AND ${residentsUnder(actor, regionPath)}
     GROUP BY hs.colour`.execute(db);
  const of = (colour: Colour) => rows.find((row) => row.colour === colour)?.n ?? 0;
  return { yellow: of('yellow'), red: of('red') };
}

/** Whether the resident `r` has one of the colours (for lists of residents by colour). */
export const hasColour = (colours: Colour[]): RawBuilder<boolean> =>
  sql<boolean>`EXISTS (SELECT 1 FROM health_status hs WHERE hs.resident_id = r.id AND hs.colour = ANY (${colours}::text[]))`;

export interface StatusRow {
  resident_id: number;
  colour: Colour;
  reasons: string[];
  computed_at: Date;
  override_id: number | null;
  protocol_id: number;
}

export async function statusesOf(db: Executor, residentIds: number[]): Promise<Map<number, StatusRow>> {
  const { rows } = await sql<StatusRow>`
    SELECT resident_id, colour, reasons, computed_at, override_id, protocol_id FROM health_status
     WHERE resident_id = ANY (${residentIds}::bigint[])`.execute(db);
  return new Map(rows.map((row) => [row.resident_id, row]));
}

export interface ChangeRow {
  from_colour: Colour;
  to_colour: Colour;
  reasons: string[];
  protocol_id: number;
  override_id: number | null;
  changed_at: Date;
}

/** A resident's changes of status, newest first. */
export async function changesOf(db: Executor, residentId: number): Promise<ChangeRow[]> {
  const { rows } = await sql<ChangeRow>`
    SELECT from_colour, to_colour, reasons, protocol_id, override_id, changed_at FROM health_status_change
     WHERE resident_id = ${residentId} ORDER BY changed_at DESC`.execute(db);
  return rows;
}

const iso = (d: Date) => d.toISOString();

/**
 * The records behind each fact that holds for a resident now (the same conditions as the recomputation):
 * which case, which quarantine, which closed area, which fevers, which tests are overdue.
 */
export async function factsOf(
  db: Executor,
  resident: { id: number; idNumber: string; householdId: number | null },
  rules: HealthStatusRules,
  today: string,
): Promise<FactDetail> {
  const [cases, quarantines, areas, fevers, overdue] = await Promise.all([
    sql<{ id: number; code: string; classification: string }>`
      SELECT id, code, classification FROM tracing_case
       WHERE (resident_id = ${resident.id} OR id_number = ${resident.idNumber}) AND classification <> 'excluded'
       ORDER BY found_at`.execute(db),
    sql<{ id: number; group: string; mode: string; starts_at: Date; planned_end: Date }>`
      SELECT id, group_key AS group, mode, starts_at, planned_end FROM quarantine
       WHERE resident_id = ${resident.id} AND status = 'active'`.execute(db),
    sql<{ id: number; code: string; name: string; level: string; closure: string }>`
      SELECT a.id, a.code, a.name, a.level, p.document -> 'riskAreas' -> 'levels' -> a.level ->> 'closure' AS closure
        FROM risk_area_household rah JOIN risk_area a ON a.id = rah.area_id JOIN protocol p ON p.id = a.protocol_id
       WHERE rah.household_id = ${resident.householdId} AND a.status = 'active'
         AND p.document -> 'riskAreas' -> 'levels' -> a.level ->> 'closure' IS NOT NULL
       ORDER BY a.starts_at`.execute(db),
    sql<{ checked_at: Date; temperature: string }>`
      SELECT h.checked_at, h.temperature FROM health_check h JOIN quarantine q ON q.id = h.quarantine_id
       WHERE q.resident_id = ${resident.id} AND h.fever
         AND h.checked_at > now() - make_interval(hours => ${rules.feverWithinHours})
       ORDER BY h.checked_at DESC`.execute(db),
    sql<{ quarantine_id: number; due_date: string }>`
      SELECT t.quarantine_id, t.due_date::text AS due_date FROM quarantine_test t JOIN quarantine q ON q.id = t.quarantine_id
       WHERE q.resident_id = ${resident.id} AND q.status = 'active' AND t.due_date < ${today}::date
         AND t.sampled_at IS NULL
       ORDER BY t.due_date`.execute(db),
  ]);
  return {
    cases: cases.rows,
    quarantines: quarantines.rows.map((q) => ({
      id: q.id,
      group: q.group,
      mode: q.mode,
      startsAt: iso(q.starts_at),
      plannedEnd: iso(q.planned_end),
    })),
    areas: areas.rows,
    fevers: fevers.rows.map((f) => ({ checkedAt: iso(f.checked_at), temperature: Number(f.temperature) })),
    overdueTests: overdue.rows.map((t) => ({ quarantineId: t.quarantine_id, dueDate: t.due_date })),
  };
}
