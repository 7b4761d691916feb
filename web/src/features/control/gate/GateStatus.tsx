import { useEffect, useState } from 'react';
import { Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { QueueStatusBar } from '../../../app/offline/QueueStatusBar';
import { connectionOf, type SyncControl, type SyncState } from '../../../app/offline/syncLoop';
import type { Keyring } from './keyring';
import { scanCounts } from './scanlog';
import { useScanLog } from './useGate';

/** The minutes since a time, re-rendered every half minute. */
function useMinutesSince(at: number | undefined): number | null {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);
  return at === undefined ? null : Math.max(0, Math.floor((now - at) / 60_000));
}

/** Always in sight: scans waiting, sent and refused, the network, and how old the revocation list is. */
export function GateStatus({ keyring, state, loop }: { keyring: Keyring | null; state: SyncState; loop: SyncControl }) {
  const { t } = useTranslation();
  const counts = useScanLog(scanCounts);
  const minutes = useMinutesSince(keyring?.fetchedAt);
  const connection = connectionOf(state);

  return (
    <QueueStatusBar
      counts={[
        { label: t('passes.gate.pending'), value: counts?.pending, color: '#1d4ed8', testId: 'gate-pending' },
        { label: t('passes.gate.synced'), value: counts?.synced, color: '#389e0d', testId: 'gate-synced' },
        { label: t('passes.gate.refused'), value: counts?.refused, color: '#cf1322', testId: 'gate-refused' },
      ]}
      syncing={state.syncing}
      onSync={() => loop.kick(true)}
      syncLabel={t('passes.gate.syncNow')}
      syncTestId="gate-sync"
      connection={{ state: connection, label: t(`passes.gate.${connection}`), testId: 'gate-connection' }}
      detail={
        keyring && minutes !== null ? (
          <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="gate-keyring-age">
            {t('passes.gate.keyAge', { time: dayjs(keyring.fetchedAt).format('HH:mm'), minutes })}
          </Typography.Text>
        ) : (
          <Typography.Text type="danger" style={{ fontSize: 12 }} data-testid="gate-keyring-age">
            {t('passes.gate.noKey')}
          </Typography.Text>
        )
      }
      signedOut={state.problem === 'signedOut' ? { title: t('passes.gate.signedOut') } : null}
      onSignedIn={() => loop.resume()}
    />
  );
}
