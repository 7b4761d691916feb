import { useState } from 'react';
import { Alert, Button, Flex, Tag, Typography } from 'antd';
import { CloudUploadOutlined, DisconnectOutlined, WifiOutlined, WarningOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { QueueCounts } from './queue';
import { SignInAgainModal } from './SignInAgainModal';
import type { SyncLoop, SyncState } from './sync';

function Count({
  label,
  value,
  color,
  testId,
}: {
  label: string;
  value: number | undefined;
  color: string;
  testId: string;
}) {
  return (
    <Flex vertical align="center" style={{ flex: 1, minWidth: 0 }}>
      <span style={{ fontSize: 22, fontWeight: 600, color, lineHeight: 1.2 }} data-testid={testId}>
        {value ?? '…'}
      </span>
      <span style={{ fontSize: 12, color: '#595959' }}>{label}</span>
    </Flex>
  );
}

/** Always in sight: what is waiting on the phone, what reached the server, what it refused, and the network. */
export function SyncBar({
  counts,
  state,
  loop,
}: {
  counts: QueueCounts | undefined;
  state: SyncState;
  loop: SyncLoop;
}) {
  const { t } = useTranslation();
  const [signingIn, setSigningIn] = useState(false);
  const offline = !state.online || state.problem === 'offline';
  const failing = state.problem !== null && state.problem !== 'offline' && state.problem !== 'signedOut';

  let connection;
  if (offline)
    connection = (
      <Tag color="error" icon={<DisconnectOutlined />} data-testid="sync-connection">
        {t('sampling.sync.offline')}
      </Tag>
    );
  else if (failing)
    connection = (
      <Tag color="warning" icon={<WarningOutlined />} data-testid="sync-connection">
        {t('sampling.sync.failing')}
      </Tag>
    );
  else
    connection = (
      <Tag color="success" icon={<WifiOutlined />} data-testid="sync-connection">
        {t('sampling.sync.online')}
      </Tag>
    );

  let detail: string | null = null;
  if (state.problem && state.problem !== 'signedOut') detail = t(`sampling.sync.problem.${state.problem}`);
  if (detail && state.retryAt)
    detail += ` ${t('sampling.sync.retryAt', { time: dayjs(state.retryAt).format('HH:mm:ss') })}`;
  if (!detail && state.lastSyncAt)
    detail = t('sampling.sync.lastSync', { time: dayjs(state.lastSyncAt).format('HH:mm:ss') });

  return (
    <Flex vertical gap={8} style={{ padding: '8px 12px', background: '#fff', borderBottom: '1px solid #f0f0f0' }}>
      <Flex align="center" gap={8}>
        <Count label={t('sampling.sync.pending')} value={counts?.pending} color="#1d4ed8" testId="count-pending" />
        <Count label={t('sampling.sync.synced')} value={counts?.synced} color="#389e0d" testId="count-synced" />
        <Count label={t('sampling.sync.rejected')} value={counts?.rejected} color="#cf1322" testId="count-rejected" />
        <Button
          size="large"
          icon={<CloudUploadOutlined />}
          loading={state.syncing}
          onClick={() => loop.kick(true)}
          aria-label={t('sampling.sync.now')}
          data-testid="sync-now"
        />
      </Flex>
      <Flex align="center" gap={8} wrap>
        {connection}
        {detail && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="sync-detail">
            {detail}
          </Typography.Text>
        )}
      </Flex>
      {state.problem === 'signedOut' && (
        <Alert
          type="error"
          showIcon
          title={t('sampling.sync.signedOut')}
          description={t('sampling.sync.signedOutHint')}
          action={
            <Button type="primary" size="large" onClick={() => setSigningIn(true)} data-testid="sign-in-again">
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
          loop.resume();
        }}
      />
    </Flex>
  );
}
