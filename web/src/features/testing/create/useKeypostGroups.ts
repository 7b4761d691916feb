import { useCallback } from 'react';
import { useFetch } from '../../../app/hooks/useFetch';
import { fetchKeypostGroups } from '../keypost/api';
import type { KeypostGroup } from '../keypost/api';

const NONE: KeypostGroup[] = [];

/** The key-post groups with their registered workers, read only once a round targets them. */
export function useKeypostGroups(enabled: boolean): { groups: KeypostGroup[]; loading: boolean } {
  const load = useCallback(
    (signal: AbortSignal) => (enabled ? fetchKeypostGroups(signal) : Promise.resolve(NONE)),
    [enabled],
  );
  const { data, loading } = useFetch(load);
  return { groups: data ?? NONE, loading };
}
