import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError, onUnauthorized } from '../api/client';
import { fetchMe, logout } from './api';
import type { Me } from './api';
import { AuthContext } from './context';
import type { AuthState } from './context';

// The last signed-in user, so a page opened without network (the sampling page on a phone at a table)
// still starts; the server decides again on every request once the network is back.
const LAST_USER_KEY = 'fangkong.lastUser';

function lastUser(): Me | null {
  try {
    const stored = localStorage.getItem(LAST_USER_KEY);
    return stored ? (JSON.parse(stored) as Me) : null;
  } catch {
    return null;
  }
}

function remember(me: Me | null | undefined): void {
  if (me) localStorage.setItem(LAST_USER_KEY, JSON.stringify(me));
  else if (me === null) localStorage.removeItem(LAST_USER_KEY);
}

/** Holds the signed-in user, read once from GET /auth/me when the app starts. */
export function AuthProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [me, setMeState] = useState<Me | null | undefined>(undefined);
  const [failure, setFailure] = useState<unknown>(null);
  const setMe = useCallback((next: Me | null | undefined) => {
    remember(next);
    setMeState(next);
  }, []);

  const check = useCallback(
    (signal?: AbortSignal) =>
      fetchMe(signal).then(setMe, (error: unknown) => {
        if (signal?.aborted) return;
        if (error instanceof ApiError && error.status === 401) setMe(null);
        // No answer at all (offline): carry on as the last user rather than stop at an error page.
        else if (error instanceof ApiError && error.status === 0 && lastUser()) setMeState(lastUser());
        else setFailure(error);
      }),
    [setMe],
  );

  useEffect(() => {
    const controller = new AbortController();
    void check(controller.signal);
    return () => controller.abort();
  }, [check]);

  // Any 401 means the session ended (expired, revoked, password changed elsewhere).
  useEffect(() => onUnauthorized(() => setMe(null)), [setMe]);

  const state = useMemo<AuthState>(
    () => ({
      me,
      setMe,
      refresh: async () => setMe(await fetchMe()),
      signOut: async () => {
        try {
          await logout();
        } finally {
          setMe(null);
        }
      },
    }),
    [me, setMe],
  );

  if (me === undefined && failure !== null) {
    const retry = () => {
      setFailure(null);
      void check();
    };
    return (
      <Result
        status="warning"
        title={t('errors.serverUnavailable')}
        subTitle={failure instanceof ApiError ? failure.detail : t('errors.unexpected')}
        extra={<Button onClick={retry}>{t('common.retry')}</Button>}
      />
    );
  }
  return <AuthContext.Provider value={state}>{children}</AuthContext.Provider>;
}
