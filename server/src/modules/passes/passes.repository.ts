import { type RawBuilder, sql } from 'kysely';
import type { Actor } from '../../core/auth/actor.ts';
import { inJurisdiction, touchesJurisdiction } from '../../core/auth/scope.ts';
import type { Executor } from '../../core/db/database.ts';
import type { Basis } from '../protocol/basis.ts';
import type { Closure } from '../protocol/document.ts';
import type { HouseholdQuery, PassListQuery } from './passes.schema.ts';

export interface AreaRow {
  id: number;
  code: string;
  name: string;
  level: string;
  protocol_id: number;
}

/** Serialises, until the transaction ends, the issuing of passes of one household (its quota). */
export async function lockHousehold(db: Executor, householdId: number): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(hashtext('pass.household'), hashtext(${String(householdId)}))`.execute(db);
}

/** The active risk areas covering a household. */
export async function activeAreasOf(db: Executor, householdId: number): Promise<AreaRow[]> {
  const { rows } = await sql<AreaRow>`
    SELECT a.id, a.code, a.name, a.level, a.protocol_id
      FROM risk_area_household rh JOIN risk_area a ON a.id = rh.area_id
     WHERE rh.household_id = ${householdId} AND a.status = 'active'
     ORDER BY a.id`.execute(db);
  return rows;
}

/** The active risk areas that touch the jurisdiction, with their households inside it. */
export async function activeAreasTouching(db: Executor, actor: Actor): Promise<(AreaRow & { households: number })[]> {
  const { rows } = await sql<AreaRow & { households: number }>`
    SELECT a.id, a.code, a.name, a.level, a.protocol_id,
           (SELECT count(*)::int FROM risk_area_household rh JOIN household h ON h.id = rh.household_id
             WHERE rh.area_id = a.id AND ${inJurisdiction(actor, 'h.path')}) AS households
      FROM risk_area a
     WHERE a.status = 'active' AND ${touchesJurisdiction(actor, 'a.path')}
     ORDER BY a.code`.execute(db);
  return rows;
}

/**
 * The starts of the passes that count against households' quotas within [from, to): every pass not
 * revoked, and a revoked one that was used for its outing.
 */
export async function countedStarts(
  db: Executor,
  householdIds: number[],
  from: Date,
  to: Date,
): Promise<Map<number, Date[]>> {
  const { rows } = await sql<{ household_id: number; valid_from: Date }>`
    SELECT household_id, valid_from FROM pass
     WHERE household_id = ANY(${householdIds}::bigint[]) AND valid_from >= ${from} AND valid_from < ${to}
       AND (status = 'issued' OR exited_at IS NOT NULL)`.execute(db);
  const starts = new Map<number, Date[]>();
  for (const row of rows) starts.set(row.household_id, [...(starts.get(row.household_id) ?? []), row.valid_from]);
  return starts;
}

export interface NewPass {
  id: number;
  residentId: number;
  householdId: number;
  areaId: number;
  gridId: number;
  path: string;
  closure: Closure;
  validFrom: Date;
  validTo: Date;
  maxMinutesOut: number;
  lateGraceMinutes: number;
  protocolId: number;
  basis: Basis;
  kid: string;
  token: string;
  issuedBy: number | null;
}

/** The id the next pass will have: its token names it, so it is taken before the row is written. */
export async function nextPassId(db: Executor): Promise<number> {
  const { rows } = await sql<{ id: number }>`SELECT nextval(pg_get_serial_sequence('pass', 'id')) AS id`.execute(db);
  return Number(rows[0]?.id);
}

export async function insertPass(db: Executor, p: NewPass): Promise<void> {
  await sql`
    INSERT INTO pass (id, resident_id, household_id, area_id, grid_id, path, closure, valid_from, valid_to,
                      max_minutes_out, late_grace_minutes, protocol_id, basis, kid, token, issued_by)
    VALUES (${p.id}, ${p.residentId}, ${p.householdId}, ${p.areaId}, ${p.gridId}, ${p.path}::ltree, ${p.closure},
            ${p.validFrom}, ${p.validTo}, ${p.maxMinutesOut}, ${p.lateGraceMinutes}, ${p.protocolId},
            ${JSON.stringify(p.basis)}::jsonb, ${p.kid}, ${p.token}, ${p.issuedBy})`.execute(db);
}

export interface PassRow {
  id: number;
  resident_id: number;
  name: string;
  household_id: number;
  address: string;
  area_id: number;
  area_code: string;
  area_name: string;
  area_level: string;
  closure: Closure;
  valid_from: Date;
  valid_to: Date;
  max_minutes_out: number;
  late_grace_minutes: number;
  status: 'issued' | 'revoked';
  revoked_at: Date | null;
  revoke_reason: string | null;
  exited_at: Date | null;
  returned_at: Date | null;
  late_at: Date | null;
  late_acknowledged_at: Date | null;
  created_at: Date;
  basis: Basis;
  token: string;
}

const passColumns = sql`
  p.id, p.resident_id, r.name, p.household_id, h.address, p.area_id, a.code AS area_code, a.name AS area_name,
  a.level AS area_level, p.closure, p.valid_from, p.valid_to, p.max_minutes_out, p.late_grace_minutes, p.status,
  p.revoked_at, p.revoke_reason, p.exited_at, p.returned_at, p.late_at, p.late_acknowledged_at, p.created_at,
  p.basis, p.token`;
const passJoins = sql`
  FROM pass p
  JOIN resident r ON r.id = p.resident_id
  JOIN household h ON h.id = p.household_id
  JOIN risk_area a ON a.id = p.area_id`;

/** One pass within the jurisdiction, or null (outside it is the same as absent). */
export async function findPass(db: Executor, actor: Actor, id: number, lock = false): Promise<PassRow | null> {
  const { rows } = await sql<PassRow>`
    SELECT ${passColumns} ${passJoins}
     WHERE p.id = ${id} AND ${inJurisdiction(actor, 'p.path')} ${lock ? sql`FOR UPDATE OF p` : sql``}`.execute(db);
  return rows[0] ?? null;
}

const statusFilter: Record<NonNullable<PassListQuery['status']>, RawBuilder<boolean>> = {
  issued: sql`p.status = 'issued'`,
  revoked: sql`p.status = 'revoked'`,
  out: sql`p.exited_at IS NOT NULL AND p.returned_at IS NULL`,
  late: sql`p.late_at IS NOT NULL`,
};

/** A page of passes within the jurisdiction, newest first. */
export async function listPasses(
  db: Executor,
  actor: Actor,
  q: PassListQuery,
): Promise<{ rows: PassRow[]; total: number }> {
  const where = [inJurisdiction(actor, 'p.path')];
  if (q.areaId !== undefined) where.push(sql`p.area_id = ${q.areaId}`);
  if (q.householdId !== undefined) where.push(sql`p.household_id = ${q.householdId}`);
  if (q.residentId !== undefined) where.push(sql`p.resident_id = ${q.residentId}`);
  if (q.status !== undefined) where.push(statusFilter[q.status]);
  const { rows } = await sql<PassRow & { total: number }>`
    SELECT ${passColumns}, count(*) OVER ()::int AS total ${passJoins}
     WHERE ${sql.join(where, sql` AND `)}
     ORDER BY p.id DESC LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`.execute(db);
  return { rows, total: rows[0]?.total ?? 0 };
}

/** Passes flagged late within the jurisdiction (still out first, then the latest flagged). */
export async function latePasses(db: Executor, actor: Actor, acknowledged: boolean): Promise<PassRow[]> {
  const { rows } = await sql<PassRow>`
    SELECT ${passColumns} ${passJoins}
     WHERE p.late_at IS NOT NULL AND ${inJurisdiction(actor, 'p.path')}
       ${acknowledged ? sql`` : sql`AND p.late_acknowledged_at IS NULL`}
     ORDER BY p.returned_at IS NULL DESC, p.late_at DESC LIMIT 500`.execute(db);
  return rows;
}

export async function revokePass(db: Executor, id: number, userId: number | null, reason: string): Promise<void> {
  await sql`
    UPDATE pass SET status = 'revoked', revoked_at = now(), revoked_by = ${userId}, revoke_reason = ${reason}
     WHERE id = ${id}`.execute(db);
}

export async function acknowledgeLate(db: Executor, id: number, userId: number | null): Promise<void> {
  await sql`UPDATE pass SET late_acknowledged_at = now(), late_acknowledged_by = ${userId} WHERE id = ${id}`.execute(
    db,
  );
}

export interface ScanRow {
  at: Date;
  direction: 'exit' | 'return';
  gate: string;
  outcome: 'stored' | 'refused';
  reason: string | null;
  emergency_reason: string | null;
}

export async function scansOfPass(db: Executor, passId: number): Promise<ScanRow[]> {
  const { rows } = await sql<ScanRow>`
    SELECT at, direction, gate, outcome, reason, emergency_reason FROM gate_scan
     WHERE pass_id = ${passId} ORDER BY at LIMIT 100`.execute(db);
  return rows;
}

/**
 * Revocations of passes not long expired (older ones cannot open a gate anyway), since a time. Few rows:
 * a gate keeps them all.
 */
export async function revocations(db: Executor, since: Date | null): Promise<{ id: number; revoked_at: Date }[]> {
  const { rows } = await sql<{ id: number; revoked_at: Date }>`
    SELECT id, revoked_at FROM pass
     WHERE revoked_at IS NOT NULL AND valid_to > now() - interval '1 day'
       ${since ? sql`AND revoked_at > ${since}` : sql``}
     ORDER BY revoked_at`.execute(db);
  return rows;
}

export interface HouseholdRow {
  id: number;
  address: string;
  area_ids: number[];
  members: { id: number; name: string }[];
  total: number;
}

/**
 * A page of the households of the given (closed) areas within the jurisdiction, with their members and
 * every one of those areas covering each; `q.areaId` keeps the households of that one.
 */
export async function householdsOf(
  db: Executor,
  actor: Actor,
  areaIds: number[],
  q: HouseholdQuery,
): Promise<{ rows: HouseholdRow[]; total: number }> {
  const like = q.q ? `%${q.q.replace(/[\\%_]/g, '\\$&')}%` : null;
  const { rows } = await sql<HouseholdRow>`
    SELECT h.id, h.address, array_agg(rh.area_id ORDER BY rh.area_id) AS area_ids,
           coalesce((SELECT json_agg(json_build_object('id', r.id, 'name', r.name) ORDER BY r.birth_date)
                       FROM resident r WHERE r.household_id = h.id), '[]') AS members,
           count(*) OVER ()::int AS total
      FROM risk_area_household rh JOIN household h ON h.id = rh.household_id
     WHERE rh.area_id = ANY(${areaIds}::bigint[]) AND ${inJurisdiction(actor, 'h.path')}
       ${like ? sql`AND h.address LIKE ${like}` : sql``}
     GROUP BY h.id ${q.areaId === undefined ? sql`` : sql`HAVING bool_or(rh.area_id = ${q.areaId})`}
     ORDER BY h.address LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`.execute(db);
  return { rows, total: rows[0]?.total ?? 0 };
}
