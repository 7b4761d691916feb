import { sql } from 'kysely';
import type { Actor } from '../../core/auth/actor.ts';
import { inJurisdiction } from '../../core/auth/scope.ts';
import type { Executor } from '../../core/db/database.ts';
import { AppError, notFound } from '../../core/errors.ts';
import { placeTypeLabels } from '../registry/vocabulary.ts';

/**
 * Who may read and keep the ledger of a unit (单位: an enterprise, a school). Shared by the enterprise and
 * school ledgers, which answer the question the same way.
 */
export type UnitType = 'enterprise' | 'school';

export interface Unit {
  id: number;
  code: string;
  name: string;
  type: string;
  path: string;
  /** The caller is one of the unit's own people (place_member). */
  member: boolean;
}

const typeWordsEn: Record<UnitType, string> = { enterprise: 'an enterprise', school: 'a school' };

/** SQL true where the caller is one of the place's own people. */
export const memberOf = (actor: Actor, placeColumn: string) =>
  sql<boolean>`EXISTS (SELECT 1 FROM place_member m WHERE m.place_id = ${sql.ref(placeColumn)}
                                                       AND m.user_id = ${actor.userId})`;

/**
 * SQL true for the places whose ledger the caller reads: with keyplace.read those of the jurisdiction, and
 * always their own unit (a liaison posted outside their account's regions still files for it).
 */
export const readsUnit = (actor: Actor, placeColumn: string, pathColumn: string) =>
  sql<boolean>`(${actor.permissions.has('keyplace.read') ? inJurisdiction(actor, pathColumn) : sql`false`}
                OR ${memberOf(actor, placeColumn)})`;

/** The unit the caller reads, of the type the ledger keeps (404 when unseen, PLACE_TYPE_MISMATCH otherwise). */
export async function readUnit(db: Executor, actor: Actor, placeId: number, type: UnitType): Promise<Unit> {
  const { rows } = await sql<Unit & { in_scope: boolean }>`
    SELECT p.id, p.code, p.name, p.type, p.path::text AS path, ${memberOf(actor, 'p.id')} AS member
      FROM place p WHERE p.id = ${placeId} AND ${readsUnit(actor, 'p.id', 'p.path')}`.execute(db);
  const unit = rows[0];
  if (!unit) throw notFound();
  if (unit.type !== type)
    throw new AppError('PLACE_TYPE_MISMATCH', {
      place: unit.name,
      expectedZh: placeTypeLabels[type],
      expectedEn: typeWordsEn[type],
    });
  return unit;
}

/**
 * The unit the caller keeps: with keyplace.manage any of the jurisdiction; with keyplace.report only their
 * own (its liaison files its reports and figures, never another unit's).
 */
export async function keptUnit(db: Executor, actor: Actor, placeId: number, type: UnitType): Promise<Unit> {
  const unit = await readUnit(db, actor, placeId, type);
  if (actor.permissions.has('keyplace.manage') && (await managesUnit(db, actor, placeId))) return unit;
  if (actor.permissions.has('keyplace.report')) {
    if (unit.member) return unit;
    throw new AppError('NOT_A_UNIT_MEMBER', { unit: unit.name });
  }
  throw new AppError('FORBIDDEN', { permission: 'keyplace.manage' });
}

/** The unit a keeper of ledgers (keyplace.manage) decides on: within their jurisdiction only. */
export async function managedUnit(db: Executor, actor: Actor, placeId: number, type: UnitType): Promise<Unit> {
  const unit = await readUnit(db, actor, placeId, type);
  if (!actor.permissions.has('keyplace.manage')) throw new AppError('FORBIDDEN', { permission: 'keyplace.manage' });
  if (!(await managesUnit(db, actor, placeId))) throw notFound();
  return unit;
}

async function managesUnit(db: Executor, actor: Actor, placeId: number): Promise<boolean> {
  const { rows } =
    await sql`SELECT 1 FROM place p WHERE p.id = ${placeId} AND ${inJurisdiction(actor, 'p.path')}`.execute(db);
  return rows.length > 0;
}

/** The caller's own units of a type (where they are place_member), for the "my unit" report form. */
export async function unitsOfMember(db: Executor, actor: Actor, type: UnitType): Promise<Unit[]> {
  const { rows } = await sql<Unit>`
    SELECT p.id, p.code, p.name, p.type, p.path::text AS path, true AS member
      FROM place_member m JOIN place p ON p.id = m.place_id
     WHERE m.user_id = ${actor.userId} AND p.type = ${type} ORDER BY p.name, p.id`.execute(db);
  return rows;
}

/** The accounts linked to a unit with their duty (its liaison officers first). */
export async function unitMembers(
  db: Executor,
  placeId: number,
): Promise<{ userId: number; displayName: string; duty: string }[]> {
  const { rows } = await sql<{ userId: number; displayName: string; duty: string }>`
    SELECT u.id AS "userId", u.display_name AS "displayName", m.duty FROM place_member m
      JOIN app_user u ON u.id = m.user_id
     WHERE m.place_id = ${placeId}
     ORDER BY m.duty = 'liaison' DESC, u.display_name, u.id`.execute(db);
  return rows;
}

/** The path of a region within the caller's jurisdiction, to narrow a list to it (404 outside it). */
export async function regionPathInScope(
  db: Executor,
  actor: Actor,
  regionId: number | undefined,
): Promise<string | null> {
  if (regionId === undefined) return null;
  const { rows } = await sql<{ path: string }>`
    SELECT r.path::text AS path FROM region r WHERE r.id = ${regionId}
       AND (${inJurisdiction(actor, 'r.path')} OR ${actor.scopePaths.length > 0 ? sql`r.path @> ANY(${actor.scopePaths}::ltree[])` : sql`false`})`.execute(
    db,
  );
  if (!rows[0]) throw notFound();
  return rows[0].path;
}
