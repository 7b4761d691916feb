import type { TargetKind } from '../api';
import { countListed } from './idList';
import { useKeypostGroups } from './useKeypostGroups';
import { usePopulation } from './usePopulation';

/** Who the round being planned is to test, as its form holds it. */
export type TargetChoice = { kind: TargetKind; groupIds: number[]; idList: string };

const NONE: number[] = [];

/**
 * How many the round is to test: the residents of the chosen areas, the registered workers of the chosen
 * key-post groups (all groups when none is chosen), or the persons the list names (one a line).
 */
export function useTargetPopulation(
  regionIds: number[],
  target: TargetChoice,
): { population: number | null; loading: boolean } {
  const residents = usePopulation(target.kind === 'residents' ? regionIds : NONE);
  const keypost = useKeypostGroups(target.kind === 'keypost');
  if (target.kind === 'list') return { population: countListed(target.idList), loading: false };
  if (target.kind === 'residents') return residents;
  const chosen = new Set(target.groupIds);
  const groups = chosen.size === 0 ? keypost.groups : keypost.groups.filter((group) => chosen.has(group.id));
  const population = groups.reduce((sum, group) => sum + group.workers, 0);
  return { population: keypost.loading && keypost.groups.length === 0 ? null : population, loading: keypost.loading };
}
