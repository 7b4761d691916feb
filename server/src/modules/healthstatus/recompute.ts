import { sql } from 'kysely';
import { loadConfig } from '../../core/config.ts';
import type { Db, Executor } from '../../core/db/database.ts';
import { localDate } from '../../core/time/local-time.ts';
import { activeProtocol } from '../protocol/protocol.repository.ts';
import {
  type ResidentScope,
  type RuleInForce,
  idRange,
  recomputeScope,
  residentsInIdRange,
  residentsOfArea,
  residentsWithIds,
} from './recompute.repository.ts';

/** Whose health status to recompute: the whole city, the residents of an area's households, or some residents. */
export type RecomputeScope = { all: true } | { areaId: number } | { residentIds: number[] };

export interface RecomputeFigures {
  residents: number;
  changed: number;
  ms: number;
}

// One statement never holds more than about this many residents (a 10 M city is a hundred batches).
const RESIDENT_BATCH = 100_000;
// Households of an area per batch (about three residents each).
const HOUSEHOLD_BATCH = 40_000;
const ID_BATCH = 10_000;
// Residents marked by a change of their facts, recomputed per transaction.
const DIRTY_BATCH = 10_000;

async function ruleInForce(trx: Executor, timeZone: string): Promise<RuleInForce> {
  const protocol = await activeProtocol(trx);
  return { protocolId: protocol.id, rules: protocol.document.healthStatus, today: localDate(new Date(), timeZone) };
}

/** One batch in its own transaction; concurrent recomputations queue on one lock rather than interleave. */
async function recomputeBatch(db: Db, scope: ResidentScope, timeZone: string) {
  return db.transaction().execute(async (trx) => {
    await sql`SELECT pg_advisory_xact_lock(hashtext('healthstatus.recompute'))`.execute(trx);
    return recomputeScope(trx, scope, await ruleInForce(trx, timeZone));
  });
}

/** Recomputes residents inside the caller's transaction (an approved override takes effect with it). */
export async function recomputeResidentsIn(trx: Executor, residentIds: number[], timeZone: string) {
  await sql`SELECT pg_advisory_xact_lock(hashtext('healthstatus.recompute'))`.execute(trx);
  return recomputeScope(trx, residentsWithIds(residentIds), await ruleInForce(trx, timeZone));
}

async function* batchesOf(db: Db, scope: RecomputeScope): AsyncGenerator<ResidentScope> {
  if ('residentIds' in scope) {
    const ids = [...new Set(scope.residentIds)];
    for (let i = 0; i < ids.length; i += ID_BATCH) yield residentsWithIds(ids.slice(i, i + ID_BATCH));
    return;
  }
  const range = await idRange(db, scope);
  if (!range) return;
  const step = 'all' in scope ? RESIDENT_BATCH : HOUSEHOLD_BATCH;
  for (let from = range.min; from <= range.max; from += step) {
    yield 'all' in scope ? residentsInIdRange(from, from + step) : residentsOfArea(scope.areaId, from, from + step);
  }
}

/**
 * Recomputes the health status of a scope from the facts as they stand, under the active protocol's rule,
 * in batches of at most about 100,000 residents (each its own transaction). Only changed statuses are
 * written, each with a history row. The figures are residents looked at, statuses changed, and the time.
 */
export async function recomputeHealthStatus(
  db: Db,
  scope: RecomputeScope,
  timeZone: string = loadConfig().timeZone,
): Promise<RecomputeFigures> {
  const started = performance.now();
  let residents = 0;
  let changed = 0;
  for await (const batch of batchesOf(db, scope)) {
    const figures = await recomputeBatch(db, batch, timeZone);
    residents += figures.residents;
    changed += figures.changed;
  }
  return { residents, changed, ms: Math.round(performance.now() - started) };
}

/**
 * Recomputes the residents marked by a change of their facts (health_status_dirty), a batch at a time. The
 * marks are taken in the transaction that recomputes them: a failure leaves them for the next run, and a
 * mark made meanwhile by a later change waits for it.
 */
export async function recomputeDirty(db: Db, timeZone: string): Promise<RecomputeFigures> {
  const started = performance.now();
  let residents = 0;
  let changed = 0;
  for (;;) {
    const figures = await db.transaction().execute(async (trx) => {
      const { rows } = await sql<{ id: string }>`
        DELETE FROM health_status_dirty WHERE resident_id IN (
          SELECT resident_id FROM health_status_dirty ORDER BY resident_id LIMIT ${DIRTY_BATCH} FOR UPDATE SKIP LOCKED)
        RETURNING resident_id AS id`.execute(trx);
      return rows.length === 0
        ? null
        : recomputeResidentsIn(
            trx,
            rows.map((row) => Number(row.id)),
            timeZone,
          );
    });
    if (!figures) break;
    residents += figures.residents;
    changed += figures.changed;
  }
  return { residents, changed, ms: Math.round(performance.now() - started) };
}
