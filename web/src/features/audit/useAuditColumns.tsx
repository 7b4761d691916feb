import { Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../app/format';
import type { AuditEntry } from './api';

const orDash = (value: string | null) => value ?? '—';

export function useAuditColumns(): TableColumnsType<AuditEntry> {
  const { t } = useTranslation();
  return [
    { key: 'at', title: t('audit.time'), width: 170, render: (_, entry) => formatDateTime(entry.at) },
    {
      key: 'user',
      title: t('audit.user'),
      render: (_, entry) => entry.actorName ?? (entry.actorId === null ? t('audit.system') : `#${entry.actorId}`),
    },
    { key: 'ip', title: t('audit.ip'), render: (_, entry) => orDash(entry.ip) },
    { key: 'action', title: t('audit.action'), dataIndex: 'action' },
    { key: 'entity', title: t('audit.entity'), dataIndex: 'entity' },
    { key: 'entityId', title: t('audit.entityId'), render: (_, entry) => orDash(entry.entityId) },
    { key: 'reason', title: t('audit.reason'), ellipsis: true, render: (_, entry) => orDash(entry.reason) },
    {
      key: 'summary',
      title: t('audit.summary'),
      width: 280,
      ellipsis: true,
      // One line here; the expanded row shows it pretty-printed.
      render: (_, entry) => <Typography.Text code>{JSON.stringify(entry.summary)}</Typography.Text>,
    },
  ];
}
