import { useCallback, useEffect, useEffectEvent, useMemo, useState } from 'react';
import { useNotifyError } from './useNotifyError';

type Loader<T> = (signal: AbortSignal) => Promise<T>;
type Request<T> = { load: Loader<T>; version: number };
type Settled<T> = { request: Request<T> | undefined; data: T | undefined; error: unknown };

export type Fetched<T> = {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  reload: () => void;
};

/**
 * Loads data for a view and shows failures. Pass a stable loader (module function or useCallback):
 * a new loader means new data. The previous data stays visible while the next load runs.
 */
export function useFetch<T>(load: Loader<T>): Fetched<T> {
  // An effect event, so that switching language (a new notifier) does not refetch.
  const notifyError = useEffectEvent(useNotifyError());
  const [version, setVersion] = useState(0);
  const request = useMemo(() => ({ load, version }), [load, version]);
  const [settled, setSettled] = useState<Settled<T>>({
    request: undefined,
    data: undefined,
    error: undefined,
  });

  useEffect(() => {
    const controller = new AbortController();
    request.load(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setSettled({ request, data, error: undefined });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        notifyError(error);
        setSettled((previous) => ({ request, data: previous.data, error }));
      },
    );
    return () => controller.abort();
  }, [request]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return {
    data: settled.data,
    error: settled.error,
    // Loading is derived rather than stored: the data on screen belongs to an older request.
    loading: settled.request !== request,
    reload,
  };
}
