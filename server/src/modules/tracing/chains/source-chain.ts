import { sql } from 'kysely';

/**
 * CTEs for a query under WITH RECURSIVE that has a CTE `seed(key, contact_id, source_case_id,
 * source_contact_id)` (the last two: the contact's own): `root(key, contact_id, case_id)` gives, for each
 * seed row, the case at the root of the contact's source chain (contact → its source contact → … → a source
 * case). Contacts whose chain reaches no case have no row.
 */
export const rootCaseCtes = sql`
  climb AS (
    SELECT key, contact_id, source_case_id, source_contact_id, 1 AS depth FROM seed
    UNION ALL
    -- The depth bound only guards against a loop of contacts written by hand; real chains are 1-3 deep.
    SELECT k.key, k.contact_id, p.source_case_id, p.source_contact_id, k.depth + 1
      FROM climb k JOIN tracing_contact p ON p.id = k.source_contact_id
     WHERE k.depth < 32
  ),
  root AS (SELECT key, contact_id, source_case_id AS case_id FROM climb WHERE source_case_id IS NOT NULL)`;
