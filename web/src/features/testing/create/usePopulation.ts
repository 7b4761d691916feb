import { useCallback } from 'react';
import { useFetch } from '../../../app/hooks/useFetch';
import { fetchRegion } from '../../regions/api';
import { fetchRegionCounts } from '../../registry/api';

/**
 * Residents of the chosen regions in the registry, each counted once: a region lying under another chosen
 * one is left out, as the server leaves it out of the round's target. Null while unknown (nothing chosen yet,
 * or the counts cannot be read).
 */
async function populationOf(regionIds: number[], signal: AbortSignal): Promise<number | null> {
  if (regionIds.length === 0) return null;
  try {
    const chosen = new Set(regionIds);
    const details = await Promise.all(regionIds.map((id) => fetchRegion(id, signal)));
    const outermost = details.filter(({ ancestors }) => !ancestors.some((ancestor) => chosen.has(ancestor.id)));
    // The registry counts a region among its parent's children (or among the tops of the jurisdiction,
    // whose parents may lie outside it): one request per parent.
    const tops = await fetchRegionCounts(null, signal);
    const byParent = new Map<number, number[]>();
    let sum = 0;
    for (const { region } of outermost) {
      const top = tops.find((row) => row.regionId === region.id);
      if (top) sum += top.residents;
      else if (region.parentId !== null)
        byParent.set(region.parentId, [...(byParent.get(region.parentId) ?? []), region.id]);
    }
    const counts = await Promise.all(
      [...byParent].map(async ([parentId, ids]) => {
        const rows = await fetchRegionCounts(parentId, signal);
        return rows.filter((row) => ids.includes(row.regionId)).reduce((total, row) => total + row.residents, 0);
      }),
    );
    return counts.reduce((total, count) => total + count, sum);
  } catch (error) {
    if (signal.aborted) throw error;
    return null;
  }
}

/** The target population of a round being planned over `regionIds`. */
export function usePopulation(regionIds: number[]): { population: number | null; loading: boolean } {
  const key = [...new Set(regionIds)].sort((a, b) => a - b).join(',');
  const load = useCallback(
    (signal: AbortSignal) => populationOf(key === '' ? [] : key.split(',').map(Number), signal),
    [key],
  );
  const { data, loading } = useFetch(load);
  return { population: data ?? null, loading };
}
