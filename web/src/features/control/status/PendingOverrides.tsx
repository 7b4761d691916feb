import { App, Button, Popconfirm, Space, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../../app/auth/context';
import { hasPermission } from '../../../app/auth/permissions';
import { useAction } from '../../../app/hooks/useAction';
import { usePagedQuery } from '../../../app/hooks/usePagedQuery';
import { formatMinute } from '../../testing/time';
import { decideOverride, fetchPendingOverrides } from './api';
import type { Override } from './api';
import { ColourTag } from './ColourTag';

/**
 * Proposals awaiting a decision. Approve and reject are offered only to a second person with the permission:
 * the proposer sees their own proposal waiting (the server refuses them anyway).
 */
export function PendingOverrides({
  onDecided,
  onOpen,
}: {
  onDecided: () => void;
  onOpen: (residentId: number) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useMe();
  const canDecide = hasPermission(me, 'healthstatus.override');
  const { tableProps, reload } = usePagedQuery(fetchPendingOverrides, {});
  const { run, busy } = useAction();
  const decide = (id: number, decision: 'approve' | 'reject') =>
    void run(async () => {
      await decideOverride(id, decision);
      void message.success(
        t(decision === 'approve' ? 'healthStatus.override.approved' : 'healthStatus.override.rejected'),
      );
      reload();
      onDecided();
    });

  const columns: TableColumnsType<Override> = [
    {
      key: 'resident',
      title: t('healthStatus.override.resident'),
      render: (_, o) => <Typography.Link onClick={() => onOpen(o.resident.id)}>{o.resident.name}</Typography.Link>,
    },
    { key: 'colour', title: t('healthStatus.override.colour'), render: (_, o) => <ColourTag colour={o.colour} /> },
    { key: 'reason', title: t('healthStatus.override.reason'), dataIndex: 'reason' },
    { key: 'proposedBy', title: t('healthStatus.override.proposedBy'), render: (_, o) => o.proposedBy.name },
    { key: 'proposedAt', title: t('healthStatus.override.proposedAt'), render: (_, o) => formatMinute(o.proposedAt) },
    {
      key: 'expires',
      title: t('healthStatus.override.expires'),
      render: (_, o) => (o.expiresAt ? formatMinute(o.expiresAt) : t('healthStatus.override.never')),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      render: (_, o) =>
        o.proposedBy.id === me.id ? (
          <Typography.Text type="secondary">{t('healthStatus.override.ownProposal')}</Typography.Text>
        ) : (
          canDecide && (
            <Space>
              <Popconfirm title={t('healthStatus.override.approveConfirm')} onConfirm={() => decide(o.id, 'approve')}>
                <Button type="primary" size="small" loading={busy} data-testid={`approve-${o.id}`}>
                  {t('healthStatus.override.approve')}
                </Button>
              </Popconfirm>
              <Popconfirm title={t('healthStatus.override.rejectConfirm')} onConfirm={() => decide(o.id, 'reject')}>
                <Button size="small" danger loading={busy}>
                  {t('healthStatus.override.reject')}
                </Button>
              </Popconfirm>
            </Space>
          )
        ),
    },
  ];
  return <Table<Override> rowKey="id" size="small" columns={columns} {...tableProps} data-testid="pending-overrides" />;
}
