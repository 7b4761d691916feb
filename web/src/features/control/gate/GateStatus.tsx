import { useEffect, useState } from 'react';
import { Alert, Button, Flex, Tag, Typography } from 'antd';
import { CloudUploadOutlined, DisconnectOutlined, WarningOutlined, WifiOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { SignInAgainModal } from '../../testing/sampling/SignInAgainModal';
import type { Keyring } from './keyring';
import { scanCounts } from './scanlog';
import type { GateSyncState } from './sync';
import { useScanLog } from './useGate';

function Count({ label, value, color, testId }: { label: string; value?: number; color: string; testId: string }) {
  return (
    <Flex vertical align="center" style={{ flex: 1 }}>
      <span style={{ fontSize: 22, fontWeight: 600, color }} data-testid={testId}>
        {value ?? '…'}
      </span>
      <span style={{ fontSize: 12, color: '#595959' }}>{label}</span>
    </Flex>
  );
}

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
export function GateStatus({
  keyring,
  state,
  onSync,
}: {
  keyring: Keyring | null;
  state: GateSyncState;
  onSync: () => void;
}) {
  const { t } = useTranslation();
  const counts = useScanLog(scanCounts);
  const [signingIn, setSigningIn] = useState(false);
  const minutes = useMinutesSince(keyring?.fetchedAt);
  const connection =
    !state.online || state.problem === 'offline' ? (
      <Tag color="error" icon={<DisconnectOutlined />} data-testid="gate-connection">
        {t('passes.gate.offline')}
      </Tag>
    ) : state.problem ? (
      <Tag color="warning" icon={<WarningOutlined />} data-testid="gate-connection">
        {t('passes.gate.failing')}
      </Tag>
    ) : (
      <Tag color="success" icon={<WifiOutlined />} data-testid="gate-connection">
        {t('passes.gate.online')}
      </Tag>
    );

  return (
    <Flex vertical gap={8} style={{ padding: '8px 12px', background: '#fff', borderBottom: '1px solid #f0f0f0' }}>
      <Flex align="center" gap={8}>
        <Count label={t('passes.gate.pending')} value={counts?.pending} color="#1d4ed8" testId="gate-pending" />
        <Count label={t('passes.gate.synced')} value={counts?.synced} color="#389e0d" testId="gate-synced" />
        <Count label={t('passes.gate.refused')} value={counts?.refused} color="#cf1322" testId="gate-refused" />
        <Button
          size="large"
          icon={<CloudUploadOutlined />}
          loading={state.syncing}
          onClick={onSync}
          aria-label={t('passes.gate.syncNow')}
          data-testid="gate-sync"
        />
      </Flex>
      <Flex align="center" gap={8} wrap>
        {connection}
        {keyring && minutes !== null ? (
          <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="gate-keyring-age">
            {t('passes.gate.keyAge', { time: dayjs(keyring.fetchedAt).format('HH:mm'), minutes })}
          </Typography.Text>
        ) : (
          <Typography.Text type="danger" style={{ fontSize: 12 }} data-testid="gate-keyring-age">
            {t('passes.gate.noKey')}
          </Typography.Text>
        )}
      </Flex>
      {state.problem === 'signedOut' && (
        <Alert
          type="error"
          showIcon
          title={t('passes.gate.signedOut')}
          action={
            <Button type="primary" onClick={() => setSigningIn(true)}>
              {t('sampling.signIn.button')}
            </Button>
          }
        />
      )}
      <SignInAgainModal
        open={signingIn}
        onClose={() => setSigningIn(false)}
        onDone={() => {
          setSigningIn(false);
          onSync();
        }}
      />
    </Flex>
  );
}
