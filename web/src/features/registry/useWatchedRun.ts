import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { ApiError } from '../../app/api/client';
import { useNotifyError } from '../../app/hooks/useNotifyError';

const POLL_MS = 1000;

/** Imports and exports both run in the background and go through the same states. */
export type RunStatus = 'queued' | 'running' | 'done' | 'failed';
type Run = { id: number; status: RunStatus };

export const isActive = (status: RunStatus) => status === 'queued' || status === 'running';

// A dropped connection or a busy server passes; a refusal (no such run, no permission) does not.
const isTransient = (error: unknown) => error instanceof ApiError && (error.status === 0 || error.status >= 500);

/**
 * The run on show, re-read every second through `fetchRun` (stable: a module-level api function)
 * while it is queued or running; `onFinished` fires when it ends.
 */
export function useWatchedRun<R extends Run>(
  fetchRun: (id: number, signal: AbortSignal) => Promise<R>,
  onFinished?: () => void,
) {
  const notifyError = useEffectEvent(useNotifyError());
  const finished = useEffectEvent(() => onFinished?.());
  const [run, setRun] = useState<R | null>(null);
  const [attempt, setAttempt] = useState(0);
  // Whether the last read failed: a failure is reported once, not every second.
  const failing = useRef(false);

  useEffect(() => {
    if (!run || !isActive(run.status)) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      fetchRun(run.id, controller.signal).then(
        (next) => {
          failing.current = false;
          setRun(next);
          if (!isActive(next.status)) finished();
        },
        (error: unknown) => {
          if (controller.signal.aborted) return;
          if (!failing.current) notifyError(error);
          failing.current = true;
          if (isTransient(error)) setAttempt((count) => count + 1);
        },
      );
    }, POLL_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [fetchRun, run, attempt]);

  return { run, watch: setRun };
}
