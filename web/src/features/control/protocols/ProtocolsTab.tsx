import { useCallback, useState } from 'react';
import { App, Button, Card, Empty, Flex, Popconfirm, Skeleton, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../../app/auth/context';
import { hasPermission } from '../../../app/auth/permissions';
import { useAction } from '../../../app/hooks/useAction';
import { useFetch } from '../../../app/hooks/useFetch';
import { formatMinute } from '../../testing/time';
import { activateProtocol, fetchProtocol, fetchProtocols } from './api';
import type { Protocol, ProtocolSummary } from './api';
import { ProtocolDocumentView } from './ProtocolDocumentView';
import { ReviseProtocolModal } from './ReviseProtocolModal';

/** One version's document, read when chosen. */
function VersionView({ id, onRevise }: { id: number; onRevise: ((protocol: Protocol) => void) | null }) {
  const { t } = useTranslation();
  const load = useCallback((signal: AbortSignal) => fetchProtocol(id, signal), [id]);
  const { data, error } = useFetch(load);
  if (!data) return error ? <Empty /> : <Skeleton active />;
  return (
    <Card
      size="small"
      title={t('protocols.view.title', { name: data.name, version: data.version })}
      extra={
        onRevise && (
          <Button onClick={() => onRevise(data)} data-testid="protocol-revise">
            {t('protocols.list.revise')}
          </Button>
        )
      }
    >
      <ProtocolDocumentView document={data.document} />
    </Card>
  );
}

/**
 * 防控方案: every version of every protocol, the one in force marked, a version's document as people read it;
 * administrators (protocol.manage) put a version in force or revise one into a new version.
 */
export function ProtocolsTab() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const canManage = hasPermission(useMe(), 'protocol.manage');
  const { data: versions, reload } = useFetch(fetchProtocols);
  const [chosen, setChosen] = useState<number | null>(null);
  const [revising, setRevising] = useState<Protocol | null>(null);
  const { run, busy } = useAction();
  const shown = chosen ?? versions?.find((v) => v.active)?.id ?? null;

  const activate = (version: ProtocolSummary) =>
    void run(async () => {
      await activateProtocol(version.id);
      void message.success(t('protocols.list.activated', { name: version.name, version: version.version }));
      reload();
    });

  const columns: TableColumnsType<ProtocolSummary> = [
    { key: 'name', title: t('protocols.list.name'), render: (_, v) => `${v.name}（${v.code}）` },
    { key: 'version', title: t('protocols.list.version'), dataIndex: 'version', align: 'right' },
    { key: 'createdAt', title: t('protocols.list.createdAt'), render: (_, v) => formatMinute(v.createdAt) },
    {
      key: 'active',
      title: t('protocols.list.active'),
      render: (_, v) => v.active && <Tag color="green">{t('protocols.list.active')}</Tag>,
    },
    {
      key: 'actions',
      title: t('common.actions'),
      render: (_, v) => (
        <Space>
          <Typography.Link onClick={() => setChosen(v.id)}>{t('protocols.list.view')}</Typography.Link>
          {canManage && !v.active && (
            <Popconfirm
              title={t('protocols.list.activateConfirm', { name: v.name, version: v.version })}
              onConfirm={() => activate(v)}
            >
              <Button size="small" loading={busy} data-testid={`activate-${v.id}`}>
                {t('protocols.list.activate')}
              </Button>
            </Popconfirm>
          )}
        </Space>
      ),
    },
  ];

  const nextVersion = (code: string) =>
    Math.max(0, ...(versions ?? []).filter((v) => v.code === code).map((v) => v.version)) + 1;
  return (
    <Flex vertical gap={16}>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('protocols.hint')}
      </Typography.Paragraph>
      <Table<ProtocolSummary>
        rowKey="id"
        size="small"
        pagination={false}
        loading={!versions}
        columns={columns}
        dataSource={versions ?? []}
        rowClassName={(v) => (v.id === shown ? 'ant-table-row-selected' : '')}
        data-testid="protocol-versions"
      />
      {shown !== null && <VersionView key={shown} id={shown} onRevise={canManage ? setRevising : null} />}
      {revising && (
        <ReviseProtocolModal
          protocol={revising}
          nextVersion={nextVersion(revising.code)}
          onClose={() => setRevising(null)}
          onSaved={(saved) => {
            setRevising(null);
            setChosen(saved.id);
            reload();
          }}
        />
      )}
    </Flex>
  );
}
