import { useTranslation } from 'react-i18next';
import { QueueStatusBar } from '../../../app/offline/QueueStatusBar';
import { connectionOf, type SyncControl, type SyncState } from '../../../app/offline/syncLoop';
import { entryCounts } from './entrylog';
import { useEntryLog } from './useEntryLog';

/** Always in sight: entries waiting on the phone, sent and refused, and the network. */
export function EntryStatusBar({ state, loop }: { state: SyncState; loop: SyncControl }) {
  const { t } = useTranslation();
  const counts = useEntryLog(entryCounts);
  const connection = connectionOf(state);
  return (
    <QueueStatusBar
      counts={[
        { label: t('checkpoints.pending'), value: counts?.pending, color: '#1d4ed8', testId: 'checkpoint-pending' },
        { label: t('checkpoints.synced'), value: counts?.synced, color: '#389e0d', testId: 'checkpoint-synced' },
        { label: t('checkpoints.refused'), value: counts?.refused, color: '#cf1322', testId: 'checkpoint-refused' },
      ]}
      syncing={state.syncing}
      onSync={() => loop.kick(true)}
      syncLabel={t('checkpoints.sync')}
      syncTestId="checkpoint-sync"
      connection={{ state: connection, label: t(`checkpoints.${connection}`), testId: 'checkpoint-connection' }}
      signedOut={state.problem === 'signedOut' ? { title: t('checkpoints.signedOut') } : null}
      onSignedIn={() => loop.resume()}
    />
  );
}
