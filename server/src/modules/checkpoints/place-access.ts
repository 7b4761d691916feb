import { type RawBuilder, sql } from 'kysely';
import type { Actor } from '../../core/auth/actor.ts';
import type { Permission } from '../../core/auth/roles.ts';
import { inJurisdiction } from '../../core/auth/scope.ts';

/**
 * Who may keep and read the ledger of a key place (a checkpoint, a pharmacy), as SQL over a place id column
 * and the ltree path column of the same row. Shared by the checkpoint and pharmacy ledgers, which answer
 * the same question the same way.
 */
export interface PlaceColumns {
  placeId: string;
  path: string;
}

/** SQL true where the actor is one of the place's own people (place_member: its liaison, its staff). */
const memberOf = (actor: Actor, columns: PlaceColumns) =>
  sql<boolean>`EXISTS (SELECT 1 FROM place_member m
                        WHERE m.place_id = ${sql.ref(columns.placeId)} AND m.user_id = ${actor.userId})`;

/**
 * Places the actor records at: with the recording permission, their own place (a gatekeeper posted to a
 * checkpoint, a pharmacy's staff) or any place of their jurisdiction (a grid worker for the pharmacies of
 * their grid).
 */
export function mayRecordAt(actor: Actor, recording: Permission, columns: PlaceColumns): RawBuilder<boolean> {
  if (!actor.permissions.has(recording)) return sql<boolean>`false`;
  return sql<boolean>`(${memberOf(actor, columns)} OR ${inJurisdiction(actor, columns.path)})`;
}

/**
 * Places whose ledger the actor reads: every one of the jurisdiction with keyplace.read, and those they
 * record at with the recording permission (a pharmacy's staff see their own register and no other).
 */
export function mayReadAt(actor: Actor, recording: Permission, columns: PlaceColumns): RawBuilder<boolean> {
  const reads = actor.permissions.has('keyplace.read') ? inJurisdiction(actor, columns.path) : sql<boolean>`false`;
  return sql<boolean>`(${reads} OR ${mayRecordAt(actor, recording, columns)})`;
}
