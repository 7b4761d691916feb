import { type RawBuilder, sql } from 'kysely';
import type { Actor } from './actor.ts';

/**
 * The one jurisdiction filter: true for rows whose ltree path lies under one of the actor's regions.
 * Every query returning persons or places must AND this in SQL; filtering after fetching is not allowed.
 * `pathColumn` is a column reference such as 'region.path' or 'r.path'.
 */
export function inJurisdiction(actor: Actor, pathColumn: string): RawBuilder<boolean> {
  if (actor.scopeAll) return sql<boolean>`true`;
  if (actor.scopePaths.length === 0) return sql<boolean>`false`;
  // One `<@` per region, OR-ed: each can use the GiST index (an ltree[] operand cannot).
  const column = sql.ref(pathColumn);
  const tests = actor.scopePaths.map((path) => sql`${column} <@ ${path}::ltree`);
  return sql<boolean>`(${sql.join(tests, sql` OR `)})`;
}

/** Whether one ltree path lies within the actor's jurisdiction (for checks on values in hand). */
export function pathInJurisdiction(actor: Actor, path: string): boolean {
  if (actor.scopeAll) return true;
  return actor.scopePaths.some((scope) => path === scope || path.startsWith(scope + '.'));
}

/**
 * True for rows whose ltree path lies under one of the actor's regions or above one: an area that touches
 * the jurisdiction (a city-wide testing round concerns the grid worker of one grid).
 */
export function touchesJurisdiction(actor: Actor, pathColumn: string): RawBuilder<boolean> {
  if (actor.scopeAll) return sql<boolean>`true`;
  if (actor.scopePaths.length === 0) return sql<boolean>`false`;
  const column = sql.ref(pathColumn);
  const above = actor.scopePaths.map((path) => sql`${column} @> ${path}::ltree`);
  return sql<boolean>`(${inJurisdiction(actor, pathColumn)} OR ${sql.join(above, sql` OR `)})`;
}
