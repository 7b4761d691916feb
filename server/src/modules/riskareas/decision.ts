import type { Executor } from '../../core/db/database.ts';
import { AppError } from '../../core/errors.ts';
import type { ChangeRow } from './changes.repository.ts';
import { coverHouseholds } from './coverage.repository.ts';
import * as repo from './riskareas.repository.ts';

const stateError = (zh: string, en: string) => new AppError('PROPOSAL_STATE', { reasonZh: zh, reasonEn: en });

/**
 * Applies a decided change to its area and returns how many households the area covers afterwards:
 * - an approved designation puts the area in force from max(start, now) — the lifting clock must not run
 *   while the proposal waited, nor before the start the proposer chose — and fixes its households;
 * - an approved change of level takes effect now (the clock restarts); an approved lifting ends the area
 *   and releases its households;
 * - a rejected designation leaves the area rejected; a rejected change leaves the area as it was.
 */
export async function applyDecision(
  trx: Executor,
  area: repo.AreaRow,
  change: ChangeRow,
  decision: 'approved' | 'rejected',
): Promise<number> {
  const designation = change.from_level === null;
  const expected = designation ? 'proposed' : 'active';
  if (area.status !== expected)
    throw stateError(
      designation ? '该风险区已不在待审批状态' : '只有生效中的风险区可以调整',
      designation ? 'the area is no longer awaiting approval' : 'only an area in force can change',
    );
  if (decision === 'rejected') {
    if (designation) await repo.rejectArea(trx, Number(area.id));
    return area.households;
  }
  if (designation) {
    await repo.activateArea(trx, Number(area.id));
    return coverHouseholds(trx, area);
  }
  if (change.to_level === null) {
    await repo.liftArea(trx, Number(area.id));
    return 0;
  }
  await repo.setLevel(trx, Number(area.id), change.to_level);
  return area.households;
}
