import { type RawBuilder, sql } from 'kysely';
import type { Actor } from '../../../core/auth/actor.ts';
import { inJurisdiction } from '../../../core/auth/scope.ts';

/**
 * A quarantine is within reach when the person belongs to the jurisdiction, or is held at a site within
 * it: a grid worker follows the persons of their grids wherever they are, and a site's staff check
 * everyone at their site, wherever they come from. `alias` names the quarantine in the query.
 */
export function quarantineInReach(actor: Actor, alias: string): RawBuilder<boolean> {
  if (actor.scopeAll) return sql<boolean>`true`;
  return sql<boolean>`(${inJurisdiction(actor, `${alias}.path`)} OR EXISTS (
    SELECT 1 FROM place reach_site
     WHERE reach_site.id = ${sql.ref(`${alias}.site_id`)} AND ${inJurisdiction(actor, 'reach_site.path')}))`;
}

/** The protocol document's figures a check needs, read in SQL (`protocolAlias` names the protocol row). */
export const checksPerDaySql = (protocolAlias: string) =>
  sql<number>`(${sql.ref(`${protocolAlias}.document`)} -> 'quarantine' ->> 'checksPerDay')::int`;
export const feverCelsiusSql = (protocolAlias: string) =>
  sql<number>`(${sql.ref(`${protocolAlias}.document`)} -> 'quarantine' ->> 'feverCelsius')::float8`;
