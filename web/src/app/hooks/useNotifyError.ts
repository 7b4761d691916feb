import { useCallback } from 'react';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';

/** Shows a failed request to the user: the server's own `detail`, already in their language. */
export function useNotifyError(): (error: unknown) => void {
  const { message } = App.useApp();
  const { t } = useTranslation();
  return useCallback(
    (error: unknown) => {
      if (error instanceof ApiError) {
        void message.error(error.detail);
      } else {
        console.error(error);
        void message.error(t('errors.unexpected'));
      }
    },
    [message, t],
  );
}
