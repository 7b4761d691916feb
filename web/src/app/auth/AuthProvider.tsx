import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError, onUnauthorized } from '../api/client';
import { fetchMe, logout } from './api';
import type { Me } from './api';
import { AuthContext } from './context';
import type { AuthState } from './context';

/** Holds the signed-in user, read once from GET /auth/me when the app starts. */
export function AuthProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [me, setMe] = useState<Me | null | undefined>(undefined);
  const [failure, setFailure] = useState<unknown>(null);

  const check = useCallback(
    (signal?: AbortSignal) =>
      fetchMe(signal).then(setMe, (error: unknown) => {
        if (signal?.aborted) return;
        if (error instanceof ApiError && error.status === 401) setMe(null);
        else setFailure(error);
      }),
    [],
  );

  useEffect(() => {
    const controller = new AbortController();
    void check(controller.signal);
    return () => controller.abort();
  }, [check]);

  // Any 401 means the session ended (expired, revoked, password changed elsewhere).
  useEffect(() => onUnauthorized(() => setMe(null)), []);

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
    [me],
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
