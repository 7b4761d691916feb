import { useCallback, useState } from 'react';
import { App, Button, Flex, Popconfirm, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../../app/auth/context';
import { hasPermission } from '../../../app/auth/permissions';
import { useAction } from '../../../app/hooks/useAction';
import { useFetch } from '../../../app/hooks/useFetch';
import { orDash } from '../../registry/orDash';
import { fetchTrajectory, removeTrajectoryEntry } from '../api';
import type { TrajectoryEntry } from '../api';
import { formatMinute } from '../time';
import { AddTrajectoryModal } from './AddTrajectoryModal';

/** The case's trajectory (活动轨迹) in time order: where it was, when, and how exposure happened there. */
export function TrajectoryTab({ caseId }: { caseId: number }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const canManage = hasPermission(useMe(), 'tracing.manage');
  const load = useCallback((signal: AbortSignal) => fetchTrajectory(caseId, signal), [caseId]);
  const { data, loading, reload } = useFetch(load);
  const { run } = useAction();
  const [adding, setAdding] = useState(false);

  const remove = (entry: TrajectoryEntry) =>
    void run(async () => {
      await removeTrajectoryEntry(caseId, entry.id);
      void message.success(t('tracing.trajectory.removed'));
      reload();
    });

  const columns: TableColumnsType<TrajectoryEntry> = [
    {
      key: 'when',
      title: `${t('tracing.trajectory.from')} ~ ${t('tracing.trajectory.to')}`,
      render: (_, entry) => `${formatMinute(entry.from)} ~ ${formatMinute(entry.to)}`,
    },
    {
      key: 'where',
      title: t('tracing.trajectory.where'),
      render: (_, entry) => (
        <Flex vertical>
          <Typography.Text strong>{entry.place?.name ?? entry.address}</Typography.Text>
          {entry.place && entry.address && <Typography.Text type="secondary">{entry.address}</Typography.Text>}
        </Flex>
      ),
    },
    { key: 'exposure', title: t('tracing.trajectory.exposure'), render: (_, entry) => orDash(entry.exposure) },
    { key: 'note', title: t('tracing.trajectory.note'), render: (_, entry) => orDash(entry.note) },
    ...(canManage
      ? [
          {
            key: 'actions',
            title: t('common.actions'),
            render: (_: unknown, entry: TrajectoryEntry) => (
              <Popconfirm title={t('tracing.trajectory.removeConfirm')} onConfirm={() => remove(entry)}>
                <Button type="link" size="small" danger data-testid={`trajectory-remove-${entry.id}`}>
                  {t('tracing.trajectory.remove')}
                </Button>
              </Popconfirm>
            ),
          },
        ]
      : []),
  ];

  return (
    <Flex vertical gap={8}>
      {canManage && (
        <Flex justify="end">
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="trajectory-add">
            {t('tracing.trajectory.add')}
          </Button>
        </Flex>
      )}
      <Table<TrajectoryEntry>
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={data ?? []}
        columns={columns}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Typography.Text type="secondary">{t('tracing.trajectory.empty')}</Typography.Text> }}
        onRow={(entry) => ({ 'data-testid': `trajectory-row-${entry.id}` }) as HTMLAttributes<HTMLElement>}
        data-testid="trajectory-table"
      />
      {canManage && (
        <AddTrajectoryModal
          open={adding}
          caseId={caseId}
          onClose={() => setAdding(false)}
          onAdded={() => {
            setAdding(false);
            reload();
          }}
        />
      )}
    </Flex>
  );
}
