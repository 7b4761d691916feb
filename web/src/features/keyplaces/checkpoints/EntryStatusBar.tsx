import { Button, Flex, Tag } from 'antd';
import { CloudUploadOutlined, DisconnectOutlined, WarningOutlined, WifiOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { entryCounts } from './entrylog';
import type { EntrySyncState } from './sync';
import { useEntryLog } from './useEntryLog';

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

/** Always in sight: entries waiting on the phone, sent and refused, and the network. */
export function EntryStatusBar({ state, onSync }: { state: EntrySyncState; onSync: () => void }) {
  const { t } = useTranslation();
  const counts = useEntryLog(entryCounts);
  const [color, icon, label] = !state.online
    ? (['error', <DisconnectOutlined key="i" />, t('checkpoints.offline')] as const)
    : state.failing
      ? (['warning', <WarningOutlined key="i" />, t('checkpoints.failing')] as const)
      : (['success', <WifiOutlined key="i" />, t('checkpoints.online')] as const);
  return (
    <Flex vertical gap={6} style={{ padding: '8px 12px', background: '#fff', borderBottom: '1px solid #f0f0f0' }}>
      <Flex align="center" gap={8}>
        <Count label={t('checkpoints.pending')} value={counts?.pending} color="#1d4ed8" testId="checkpoint-pending" />
        <Count label={t('checkpoints.synced')} value={counts?.synced} color="#389e0d" testId="checkpoint-synced" />
        <Count label={t('checkpoints.refused')} value={counts?.refused} color="#cf1322" testId="checkpoint-refused" />
        <Button
          size="large"
          icon={<CloudUploadOutlined />}
          loading={state.syncing}
          onClick={onSync}
          data-testid="checkpoint-sync"
        >
          {t('checkpoints.sync')}
        </Button>
      </Flex>
      <Tag color={color} icon={icon} style={{ alignSelf: 'flex-start' }} data-testid="checkpoint-connection">
        {label}
      </Tag>
    </Flex>
  );
}
