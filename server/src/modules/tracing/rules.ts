import { type Static, Type } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { sql } from 'kysely';
import type { Actor } from '../../core/auth/actor.ts';
import { type AuditContext, appendAudit } from '../../core/audit/audit.ts';
import type { Db, Executor } from '../../core/db/database.ts';

const Hours = Type.Number({ minimum: 0, maximum: 24 * 30 });

/** The tracing part of a protocol (DOMAIN.md "Cases and tracing"): limits and thresholds, never constants. */
export const TracingRules = Type.Object(
  {
    /** Found → reported (四早: 早报告). */
    reportWithinHours: Hours,
    /** Reported → investigators on site; → core facts; → investigation report (Shanghai's 2+4+24). */
    onSiteWithinHours: Hours,
    coreFactsWithinHours: Hours,
    investigationReportWithinHours: Hours,
    /** Reported → every contact under a measure (the golden 24 hours). */
    contactsUnderMeasureWithinHours: Hours,
    /** Close contacts count from this many days before onset (or the positive sample). */
    closeContactLookbackDays: Type.Integer({ minimum: 0, maximum: 30 }),
    /** A venue scan within this margin of a trajectory interval is suggested. */
    venueMarginMinutes: Type.Integer({ minimum: 0, maximum: 24 * 60 }),
    companion: Type.Object(
      {
        minTogetherMinutes: Type.Integer({ minimum: 0, maximum: 24 * 60 }),
        /** Either party's time in the shared cell over the window must exceed this. */
        minCellHours: Type.Number({ minimum: 0, maximum: 24 * 30 }),
        windowDays: Type.Integer({ minimum: 1, maximum: 30 }),
        /** The carriers' time resolution: records are floored to it. */
        resolutionMinutes: Type.Integer({ minimum: 1, maximum: 60 }),
      },
      { additionalProperties: false },
    ),
    /** A connected group of at least this many cases is a cluster (聚集性疫情). */
    clusterMinCases: Type.Integer({ minimum: 2, maximum: 1000 }),
    /** A screened key person is due this long after the list arrives, then raised a level per this many hours. */
    keyPersonDueHours: Hours,
    keyPersonEscalateHours: Hours,
  },
  { additionalProperties: false },
);
export type TracingRules = Static<typeof TracingRules>;

export interface ActiveRules {
  protocolId: number;
  protocolName: string;
  version: number;
  rules: TracingRules;
}

/** The tracing rules of the active protocol, with the version a decision records. */
export async function activeTracingRules(db: Executor): Promise<ActiveRules> {
  const { rows } = await sql<{ id: number; name: string; version: number; tracing: unknown }>`
    SELECT id, name, version, document -> 'tracing' AS tracing FROM protocol WHERE active`.execute(db);
  const row = rows[0];
  if (!row || !Value.Check(TracingRules, row.tracing))
    throw new Error('the active protocol has no valid tracing rules');
  return { protocolId: Number(row.id), protocolName: row.name, version: row.version, rules: row.tracing };
}

/** The tracing rules of given protocol versions (those decisions recorded), by protocol id. */
export async function tracingRulesOf(db: Executor, protocolIds: number[]): Promise<Map<number, ActiveRules>> {
  const { rows } = await sql<{ id: number; name: string; version: number; tracing: unknown }>`
    SELECT id, name, version, document -> 'tracing' AS tracing FROM protocol
     WHERE id = ANY(${[...new Set(protocolIds)]}::bigint[])`.execute(db);
  const found = new Map<number, ActiveRules>();
  for (const row of rows) {
    if (!Value.Check(TracingRules, row.tracing)) throw new Error(`protocol ${row.id} has no valid tracing rules`);
    found.set(Number(row.id), {
      protocolId: Number(row.id),
      protocolName: row.name,
      version: row.version,
      rules: row.tracing,
    });
  }
  return found;
}

/**
 * Changes the tracing rules by making a new version of the active protocol (the old one stays, for the
 * decisions that used it), and makes it active, in one transaction with its audit entry.
 */
export async function reviseTracingRules(
  db: Db,
  actor: Actor,
  audit: AuditContext,
  rules: TracingRules,
): Promise<ActiveRules> {
  return db.transaction().execute(async (trx) => {
    await sql`SELECT pg_advisory_xact_lock(hashtext('protocol.revise'))`.execute(trx);
    const { rows } = await sql<{ id: number }>`
      WITH old AS (UPDATE protocol SET active = false WHERE active RETURNING code, name, document)
      INSERT INTO protocol (code, version, name, document, active, created_by)
      SELECT old.code, (SELECT max(version) + 1 FROM protocol p WHERE p.code = old.code), old.name,
             jsonb_set(old.document, '{tracing}', ${JSON.stringify(rules)}::jsonb), true, ${actor.userId || null}
        FROM old RETURNING id`.execute(trx);
    await appendAudit(trx, audit, {
      action: 'tracing.rules.revise',
      entity: 'protocol',
      entityId: rows[0]?.id ?? null,
      summary: rules,
    });
    return activeTracingRules(trx);
  });
}
