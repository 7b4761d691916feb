import { Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { QueueStatusBar } from '../../../app/offline/QueueStatusBar';
import { connectionOf, type SyncControl, type SyncState } from '../../../app/offline/syncLoop';
import type { QueueCounts } from './queue';

/** Always in sight: what is waiting on the phone, what reached the server, what it refused, and the network. */
export function SyncBar({
  counts,
  state,
  loop,
}: {
  counts: QueueCounts | undefined;
  state: SyncState;
  loop: SyncControl;
}) {
  const { t } = useTranslation();
  const connection = connectionOf(state);

  let detail: string | null = null;
  if (state.problem && state.problem !== 'signedOut') detail = t(`sampling.sync.problem.${state.problem}`);
  if (detail && state.retryAt)
    detail += ` ${t('sampling.sync.retryAt', { time: dayjs(state.retryAt).format('HH:mm:ss') })}`;
  if (!detail && state.lastSyncAt)
    detail = t('sampling.sync.lastSync', { time: dayjs(state.lastSyncAt).format('HH:mm:ss') });

  return (
    <QueueStatusBar
      counts={[
        { label: t('sampling.sync.pending'), value: counts?.pending, color: '#1d4ed8', testId: 'count-pending' },
        { label: t('sampling.sync.synced'), value: counts?.synced, color: '#389e0d', testId: 'count-synced' },
        { label: t('sampling.sync.rejected'), value: counts?.rejected, color: '#cf1322', testId: 'count-rejected' },
      ]}
      syncing={state.syncing}
      onSync={() => loop.kick(true)}
      syncLabel={t('sampling.sync.now')}
      syncTestId="sync-now"
      connection={{ state: connection, label: t(`sampling.sync.${connection}`), testId: 'sync-connection' }}
      detail={
        detail && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="sync-detail">
            {detail}
          </Typography.Text>
        )
      }
      signedOut={
        state.problem === 'signedOut'
          ? {
              title: t('sampling.sync.signedOut'),
              description: t('sampling.sync.signedOutHint'),
              buttonTestId: 'sign-in-again',
            }
          : null
      }
      onSignedIn={() => loop.resume()}
    />
  );
}
