import { type ReactNode, useState } from 'react';
import { Alert, Button, Flex, Tag } from 'antd';
import { CloudUploadOutlined, DisconnectOutlined, WarningOutlined, WifiOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { SignInAgainModal } from './SignInAgainModal';

export interface QueueCount {
  label: string;
  value: number | undefined;
  color: string;
  testId: string;
}

function Count({ label, value, color, testId }: QueueCount) {
  return (
    <Flex vertical align="center" style={{ flex: 1, minWidth: 0 }}>
      <span style={{ fontSize: 22, fontWeight: 600, color, lineHeight: 1.2 }} data-testid={testId}>
        {value ?? '…'}
      </span>
      <span style={{ fontSize: 12, color: '#595959' }}>{label}</span>
    </Flex>
  );
}

const connectionTags = {
  offline: { color: 'error', icon: <DisconnectOutlined /> },
  failing: { color: 'warning', icon: <WarningOutlined /> },
  online: { color: 'success', icon: <WifiOutlined /> },
} as const;

export type Connection = keyof typeof connectionTags;

/**
 * Always in sight on a scanning phone: its queue's counts with a button to send now, the network (and
 * whatever `detail` adds beside it), and, when the session has ended, a way to sign in again.
 */
export function QueueStatusBar({
  counts,
  syncing,
  onSync,
  syncLabel,
  syncTestId,
  connection,
  detail,
  signedOut,
  onSignedIn,
}: {
  counts: QueueCount[];
  syncing: boolean;
  onSync: () => void;
  syncLabel: string;
  syncTestId: string;
  connection: { state: Connection; label: string; testId: string };
  detail?: ReactNode;
  /** Shown while the scans cannot be sent before signing in again. */
  signedOut: { title: string; description?: string; buttonTestId?: string } | null;
  onSignedIn: () => void;
}) {
  const { t } = useTranslation();
  const [signingIn, setSigningIn] = useState(false);
  const tag = connectionTags[connection.state];

  return (
    <Flex vertical gap={8} style={{ padding: '8px 12px', background: '#fff', borderBottom: '1px solid #f0f0f0' }}>
      <Flex align="center" gap={8}>
        {counts.map((count) => (
          <Count key={count.testId} {...count} />
        ))}
        <Button
          size="large"
          icon={<CloudUploadOutlined />}
          loading={syncing}
          onClick={onSync}
          aria-label={syncLabel}
          data-testid={syncTestId}
        />
      </Flex>
      <Flex align="center" gap={8} wrap>
        <Tag color={tag.color} icon={tag.icon} data-testid={connection.testId}>
          {connection.label}
        </Tag>
        {detail}
      </Flex>
      {signedOut && (
        <Alert
          type="error"
          showIcon
          title={signedOut.title}
          description={signedOut.description}
          action={
            <Button type="primary" size="large" onClick={() => setSigningIn(true)} data-testid={signedOut.buttonTestId}>
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
          onSignedIn();
        }}
      />
    </Flex>
  );
}
