import { type RawBuilder, sql } from 'kysely';
import type { Executor } from '../../core/db/database.ts';
import { type HealthFact, type HealthStatusRules, healthFacts } from '../protocol/document.ts';

/**
 * The facts as bits of one mask, so the rule is applied once per combination (32 of them) rather than per
 * resident: a recomputation of a million residents joins a 32-row table.
 */
export const factBit = (fact: HealthFact): number => 1 << healthFacts.indexOf(fact);

/**
 * The protocol's health-status rule for every combination of facts, as rows (mask, colour, reasons): red if
 * any red fact holds, else yellow if any yellow fact does, else green; the reasons are the deciding facts in
 * the order the rule names them. The same rule as healthColour (protocol/health-colour.ts).
 */
export function colourTable(rules: HealthStatusRules): RawBuilder<{ mask: number; colour: string; reasons: string[] }> {
  const bits = sql.join(healthFacts.map((fact) => sql`(${fact}::text, ${factBit(fact)}::int)`));
  const deciding = (list: HealthFact[]) => sql`ARRAY(
      SELECT e.fact FROM unnest(${list}::text[]) WITH ORDINALITY AS e(fact, n) JOIN bit b ON b.fact = e.fact
       WHERE m.mask & b.bit <> 0 ORDER BY e.n)`;
  return sql`
    WITH bit (fact, bit) AS (VALUES ${bits}),
    decided AS (
      SELECT m.mask, ${deciding(rules.red)} AS red, ${deciding(rules.yellow)} AS yellow
        FROM generate_series(0, ${(1 << healthFacts.length) - 1}) AS m(mask))
    SELECT mask,
           CASE WHEN red <> '{}' THEN 'red' WHEN yellow <> '{}' THEN 'yellow' ELSE 'green' END AS colour,
           CASE WHEN red <> '{}' THEN red ELSE yellow END AS reasons
      FROM decided`;
}

// Whether each fact holds for a resident of the scope, by the joins below: a record, so a fact added to the
// protocol's vocabulary cannot be left out here.
const present: Record<HealthFact, RawBuilder<unknown>> = {
  case: sql`c.id`,
  fever: sql`f.id`,
  quarantine: sql`q.id`,
  closed_area: sql`ch.household_id`,
  overdue_test: sql`d.id`,
};
const factMask = sql.join(
  healthFacts.map((fact) => sql`(CASE WHEN ${present[fact]} IS NULL THEN 0 ELSE ${sql.lit(factBit(fact))} END)`),
  sql` | `,
);

/** Residents to recompute, as rows (id, id_number, household_id) of `resident r`. */
export type ResidentScope = RawBuilder<unknown>;

const scopeColumns = sql`r.id, r.id_number, r.household_id`;

export const residentsInIdRange = (from: number, to: number): ResidentScope =>
  sql`SELECT ${scopeColumns} FROM resident r WHERE r.id >= ${from} AND r.id < ${to}`;

export const residentsWithIds = (ids: number[]): ResidentScope =>
  sql`SELECT ${scopeColumns} FROM resident r WHERE r.id = ANY (${ids}::bigint[])`;

/** Residents of an area's households whose ids lie in [from, to): an area is walked in household ranges. */
export const residentsOfArea = (areaId: number, from: number, to: number): ResidentScope =>
  sql`SELECT ${scopeColumns} FROM risk_area_household rah JOIN resident r ON r.household_id = rah.household_id
       WHERE rah.area_id = ${areaId} AND rah.household_id >= ${from} AND rah.household_id < ${to}`;

export interface RuleInForce {
  protocolId: number;
  rules: HealthStatusRules;
  /** The local calendar day: tests due before it and not sampled are overdue. */
  today: string;
}

/**
 * Recomputes the residents of one scope in one statement: their facts (each restricted to the scope, so a
 * few residents cost a few index probes and a batch of 100,000 a few hash joins), the rule's colour for
 * their combination, an approved, unexpired override over it, and the write of the residents whose colour,
 * reasons or override changed (a green one's row removed). The history rows follow from the table's
 * triggers (migration 0022).
 */
function recomputeStatement(
  scope: ResidentScope,
  rule: RuleInForce,
): RawBuilder<{ residents: number; changed: number }> {
  return sql<{ residents: number; changed: number }>`
    WITH scope AS MATERIALIZED (${scope}),
    rule AS (${colourTable(rule.rules)}),
    cased AS (
      SELECT c.resident_id AS id FROM tracing_case c
       WHERE c.classification <> 'excluded' AND c.resident_id IN (SELECT id FROM scope)
      UNION
      SELECT s.id FROM scope s JOIN tracing_case c ON c.id_number = s.id_number AND c.classification <> 'excluded'),
    quarantined AS (
      SELECT DISTINCT q.resident_id AS id FROM quarantine q
       WHERE q.status = 'active' AND q.resident_id IN (SELECT id FROM scope)),
    feverish AS (
      SELECT DISTINCT q.resident_id AS id FROM health_check h JOIN quarantine q ON q.id = h.quarantine_id
       WHERE h.fever AND h.checked_at > now() - make_interval(hours => ${rule.rules.feverWithinHours})
         AND q.resident_id IN (SELECT id FROM scope)),
    overdue AS (
      SELECT DISTINCT q.resident_id AS id FROM quarantine q JOIN quarantine_test t ON t.quarantine_id = q.id
       WHERE q.status = 'active' AND t.due_date < ${rule.today}::date AND t.sampled_at IS NULL
         AND q.resident_id IN (SELECT id FROM scope)),
    closed_area AS (
      SELECT a.id FROM risk_area a JOIN protocol p ON p.id = a.protocol_id
       WHERE a.status = 'active' AND p.document -> 'riskAreas' -> 'levels' -> a.level ->> 'closure' IS NOT NULL),
    closed_household AS (
      SELECT DISTINCT rah.household_id FROM risk_area_household rah
       WHERE rah.area_id IN (SELECT id FROM closed_area) AND rah.household_id IN (SELECT household_id FROM scope)),
    overridden AS (
      SELECT DISTINCT ON (o.resident_id) o.resident_id, o.id, o.colour FROM health_status_override o
       WHERE o.decision = 'approved' AND (o.expires_at IS NULL OR o.expires_at > now())
         AND o.resident_id IN (SELECT id FROM scope)
       ORDER BY o.resident_id, o.decided_at DESC, o.id DESC),
    computed AS (
      SELECT s.id, coalesce(o.colour, rule.colour) AS colour,
             CASE WHEN o.id IS NULL THEN rule.reasons ELSE '{override}' END AS reasons, o.id AS override_id
        FROM scope s
        LEFT JOIN cased c ON c.id = s.id
        LEFT JOIN feverish f ON f.id = s.id
        LEFT JOIN quarantined q ON q.id = s.id
        LEFT JOIN closed_household ch ON ch.household_id = s.household_id
        LEFT JOIN overdue d ON d.id = s.id
        JOIN rule ON rule.mask = ${factMask}
        LEFT JOIN overridden o ON o.resident_id = s.id),
    changed AS (
      SELECT c.*, hs.resident_id IS NOT NULL AS stored FROM computed c LEFT JOIN health_status hs ON hs.resident_id = c.id
       WHERE (coalesce(hs.colour, 'green'), coalesce(hs.reasons, '{}'), hs.override_id)
             IS DISTINCT FROM (c.colour, c.reasons, c.override_id)),
    -- A resident turned green loses the row; the others are updated or inserted (the rows are known, and
    -- ON CONFLICT would cost twice as much). The recomputation lock keeps other recomputations out meanwhile.
    deleted AS (
      DELETE FROM health_status hs USING changed c
       WHERE c.stored AND c.colour = 'green' AND c.override_id IS NULL AND hs.resident_id = c.id
      RETURNING 1),
    updated AS (
      UPDATE health_status hs
         SET colour = c.colour, reasons = c.reasons, protocol_id = ${rule.protocolId}, computed_at = now(),
             override_id = c.override_id
        FROM changed c
       WHERE c.stored AND (c.colour <> 'green' OR c.override_id IS NOT NULL) AND hs.resident_id = c.id
      RETURNING 1),
    inserted AS (
      INSERT INTO health_status (resident_id, colour, reasons, protocol_id, computed_at, override_id)
      SELECT id, colour, reasons, ${rule.protocolId}, now(), override_id FROM changed WHERE NOT stored
      RETURNING 1)
    SELECT (SELECT count(*) FROM scope)::int AS residents,
           ((SELECT count(*) FROM deleted) + (SELECT count(*) FROM updated) + (SELECT count(*) FROM inserted))::int
             AS changed`;
}

export async function recomputeScope(
  trx: Executor,
  scope: ResidentScope,
  rule: RuleInForce,
): Promise<{ residents: number; changed: number }> {
  const { rows } = await recomputeStatement(scope, rule).execute(trx);
  return rows[0] ?? { residents: 0, changed: 0 };
}

/** The id range a scope is walked in: residents for the whole city, households for an area. */
export async function idRange(
  trx: Executor,
  of: { all: true } | { areaId: number },
): Promise<{ min: number; max: number } | null> {
  const { rows } = await (
    'all' in of
      ? sql<{ min: number | null; max: number | null }>`SELECT min(id), max(id) FROM resident`
      : sql<{ min: number | null; max: number | null }>`
        SELECT min(household_id), max(household_id) FROM risk_area_household WHERE area_id = ${of.areaId}`
  ).execute(trx);
  const row = rows[0];
  return row && row.min !== null && row.max !== null ? { min: row.min, max: row.max } : null;
}
