import { createHash } from 'node:crypto';
import type { Actor } from '../../core/auth/actor.ts';
import { type AuditContext, appendAudit } from '../../core/audit/audit.ts';
import type { Db } from '../../core/db/database.ts';
import { bumpCounts } from './counts.repository.ts';
import * as repo from './results.repository.ts';
import type { ResultBatchResult, ResultEntry } from './testing.schema.ts';

export interface NumberedResult extends ResultEntry {
  /** The row of the lab's file (or the entry's position in a request), for error reports. */
  row: number;
}

type Rejection = ResultBatchResult['rejected'][number];

function judge(
  entries: NumberedResult[],
  tubes: Map<string, repo.ResultTube>,
): { accepted: repo.TubeResult[]; unchanged: number; rejected: Rejection[] } {
  const accepted: repo.TubeResult[] = [];
  const rejected: Rejection[] = [];
  const decided = new Map<string, string>();
  let unchanged = 0;
  const now = new Date().toISOString();
  for (const entry of entries) {
    const tube = tubes.get(entry.tube);
    const reject = (reason: string) => rejected.push({ row: entry.row, tube: entry.tube, reason });
    const earlier = tube?.result ?? decided.get(entry.tube);
    if (!tube) reject('unknown_tube');
    else if (tube.members === 0) reject('tube_not_collected');
    else if (entry.at && Date.parse(entry.at) < tube.opened_at.getTime()) reject('time_before_sampling');
    else if (earlier === entry.result) unchanged += 1;
    else if (earlier) reject('result_conflict');
    else {
      decided.set(entry.tube, entry.result);
      accepted.push({
        tubeId: tube.id,
        campaignId: tube.campaign_id,
        pooled: tube.members > 1,
        result: entry.result,
        ctValue: entry.ctValue ?? null,
        lab: entry.lab ?? null,
        at: entry.at ?? now,
      });
    }
  }
  return { accepted, unchanged, rejected };
}

/**
 * Records lab results by tube barcode in one transaction, and at once runs the positive-pool cascade:
 * members of a positive or invalid pool are marked, each gets a single-tube re-sample task (the tracing
 * group's live list), and the round's counts move. Sending the same results again changes nothing; a
 * different result for a tube that has one is refused (a correction is not an upload).
 */
export async function ingestResults(
  db: Db,
  actor: Actor,
  audit: AuditContext,
  entries: NumberedResult[],
): Promise<ResultBatchResult> {
  return db.transaction().execute(async (trx) => {
    const tubes = await repo.lockResultTubes(trx, [...new Set(entries.map((e) => e.tube))]);
    const { accepted, unchanged, rejected } = judge(entries, tubes);
    let resampleTasks = 0;
    if (accepted.length > 0) {
      await repo.recordResults(trx, accepted);
      const moved = await repo.resultCoverage(trx, accepted);
      for (const campaignId of new Set(moved.map((m) => m.campaign_id))) {
        const deltas = moved.filter((m) => m.campaign_id === campaignId);
        await bumpCounts(
          trx,
          campaignId,
          deltas.map((m) => ({ gridId: m.grid_id, path: m.path, resulted: m.resulted, poolPositive: m.pool_positive })),
        );
      }
      await repo.closeResampleTasks(trx, accepted);
      resampleTasks = await repo.createResampleTasks(trx, accepted);
    }
    const positivePools = accepted.filter((r) => r.result !== 'negative').length;
    const figures = { recorded: accepted.length, unchanged, rejected: rejected.length, positivePools, resampleTasks };
    if (accepted.length > 0) {
      const hash = createHash('sha256');
      for (const e of entries) hash.update(`${e.tube}|${e.result}|${e.ctValue ?? ''}\n`);
      await appendAudit(trx, audit, {
        action: 'testing.results',
        entity: 'test_tube',
        summary: { ...figures, digest: hash.digest('hex') },
      });
    }
    return { ...figures, rejected };
  });
}
