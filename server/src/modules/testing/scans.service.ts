import { sql } from 'kysely';
import { createHash } from 'node:crypto';
import type { Actor } from '../../core/auth/actor.ts';
import { type AuditContext, appendAudit } from '../../core/audit/audit.ts';
import type { Db, Executor } from '../../core/db/database.ts';
import { AppError, notFound } from '../../core/errors.ts';
import { type ResidentRef, residentsByIdNumbers, residentsByIds } from '../registry/residents.repository.ts';
import { findCampaign, type PoolingRule, poolingRulesOf, singleTubeWorkers } from './campaigns.repository.ts';
import { bumpCounts } from './counts.repository.ts';
import { PERSONAL_CODE_PREFIX, residentOfToken } from './personal-code.ts';
import { applyScans, type Known, type Person, personKey } from './scan-rules.ts';
import * as repo from './scans.repository.ts';
import type { ScanBatchBody, ScanBatchResult } from './testing.schema.ts';
import type { PoolingMode } from './vocabulary.ts';

async function tableOf(db: Executor, campaignId: number, placeId: number, tableNo: number): Promise<boolean> {
  const { rows } = await sql<{ tables: number }>`
    SELECT tables FROM test_point WHERE campaign_id = ${campaignId} AND place_id = ${placeId}`.execute(db);
  const tables = rows[0]?.tables;
  return tables !== undefined && tableNo <= tables;
}

/** The pooling mode of a person's area: the deepest rule of the round over their grid, else pooled. */
function poolingOf(rules: PoolingRule[], path: string, householdId: number | null): PoolingMode {
  const rule = rules
    .filter((r) => path === r.path || path.startsWith(r.path + '.'))
    .sort((a, b) => b.path.length - a.path.length)[0];
  if (!rule) return 'pooled';
  // A person without a household in a sealed area gets a tube of their own.
  return rule.pooling === 'household' && householdId === null ? 'single' : rule.pooling;
}

/** The persons a batch names, by personKey: ID numbers looked up, personal codes verified first. */
async function personsNamed(db: Db, actor: Actor, body: ScanBatchBody): Promise<Map<string, Person>> {
  const keys = [...new Set(body.events.flatMap((e) => personKey(e) ?? []))];
  const codeOwners = new Map<number, string>();
  for (const code of keys.filter((k) => k.startsWith(PERSONAL_CODE_PREFIX))) {
    const id = await residentOfToken(db, code);
    if (id !== null) codeOwners.set(id, code);
  }
  const [byIdNumber, byCode, rules] = await Promise.all([
    residentsByIdNumbers(
      db,
      actor,
      keys.filter((k) => !k.startsWith(PERSONAL_CODE_PREFIX)),
    ),
    residentsByIds(db, actor, [...codeOwners.keys()]),
    poolingRulesOf(db, body.campaignId),
  ]);
  const residentIds = [...byIdNumber, ...byCode].map((r) => r.id);
  const [resampled, listedWorkers] = await Promise.all([
    repo.awaitingResample(db, body.campaignId, residentIds),
    singleTubeWorkers(db, body.campaignId, residentIds),
  ]);
  const person = (r: ResidentRef): Person => ({
    id: r.id,
    gridId: r.grid_id,
    path: r.path,
    householdId: r.household_id,
    // A member of a positive pool, or a worker of a listed key-post group, is sampled alone (单管单采),
    // whatever their area's rule.
    pooling: resampled.has(r.id) || listedWorkers.has(r.id) ? 'single' : poolingOf(rules, r.path, r.household_id),
  });
  return new Map([
    ...byIdNumber.map((r) => [r.id_number, person(r)] as const),
    ...byCode.map((r) => [codeOwners.get(r.id) ?? '', person(r)] as const),
  ]);
}

/**
 * Stores one batch of a sampling table's scans in one transaction: samples, tubes, first-sample coverage,
 * the round's live counts and one audit entry. Every scan gets an outcome; a scan id seen before is a
 * duplicate (the phone may send a batch twice), never a second sample.
 */
export async function ingestScans(
  db: Db,
  actor: Actor,
  audit: AuditContext,
  body: ScanBatchBody,
): Promise<ScanBatchResult> {
  const persons = await personsNamed(db, actor, body);
  return db.transaction().execute(async (trx) => {
    const round = await findCampaign(trx, actor, body.campaignId, 'share');
    if (!round) throw notFound();
    if (!(await tableOf(trx, round.id, body.placeId, body.tableNo))) throw new AppError('NOT_A_TABLE_OF_ROUND');
    const known: Known = {
      tubes: await repo.lockTubes(trx, [...new Set(body.events.map((e) => e.tube))]),
      persons,
      storedScanIds: await repo.storedScanIds(
        trx,
        round.id,
        body.events.map((e) => e.scanId),
      ),
      sampled: await repo.sampledAmong(
        trx,
        round.id,
        [...persons.values()].map((p) => p.id),
      ),
    };
    const table = { ...body, poolSize: round.pool_size, open: round.status === 'open' };
    const { outcomes, accepted } = applyScans(body.events, table, known);
    const changed = [...known.tubes.values()].filter((t) => t.changed);
    if (
      !(await repo.insertTubes(
        trx,
        changed.filter((t) => t.id === null),
      ))
    )
      throw new AppError('TUBE_RACE');
    await repo.updateTubes(
      trx,
      changed.filter((t) => t.id !== null),
    );
    await repo.insertSamples(trx, round.id, actor.userId || null, accepted);
    await repo.touchKeypostWorkers(trx, accepted);
    await repo.bumpTableHours(trx, { campaignId: round.id, placeId: body.placeId, tableNo: body.tableNo }, accepted);
    const covered = await repo.coverFirstSamples(trx, round.id, accepted);
    await bumpCounts(
      trx,
      round.id,
      covered.map((c) => ({ gridId: c.grid_id, path: c.path, sampled: c.n, exempt: -c.exempted })),
    );
    const figures = {
      stored: outcomes.filter((o) => o.status === 'stored').length,
      duplicates: outcomes.filter((o) => o.status === 'duplicate').length,
      rejected: outcomes.filter((o) => o.status === 'rejected').length,
    };
    if (figures.stored > 0) {
      await appendAudit(trx, audit, {
        action: 'testing.scans',
        entity: 'test_campaign',
        entityId: round.id,
        summary: { placeId: body.placeId, tableNo: body.tableNo, ...figures, digest: digest(body) },
      });
    }
    return { ...figures, outcomes };
  });
}

/** A digest of the batch as sent, so the audit entry pins down exactly which scans it stored. */
function digest(body: ScanBatchBody): string {
  const hash = createHash('sha256');
  for (const e of body.events) hash.update(`${e.scanId}|${e.kind}|${e.tube}|${e.person ?? ''}|${e.at}\n`);
  return hash.digest('hex');
}
