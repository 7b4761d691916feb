import { useCallback } from 'react';
import { Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../app/format';
import { useFetch } from '../../../app/hooks/useFetch';
import { fetchMissed, type MissedCheck, type SiteDay } from './api';
import { useSlotLabel } from './slots';

/** Checks past their time and missing (morning by 12:00, afternoon by 20:00), for staff to follow up. */
export function MissedList({ where }: { where: SiteDay }) {
  const { t } = useTranslation();
  const slotLabel = useSlotLabel();
  const load = useCallback((signal: AbortSignal) => fetchMissed(where, signal), [where]);
  const missed = useFetch(load);
  const columns: ColumnsType<MissedCheck> = [
    { title: t('healthChecks.missed.name'), dataIndex: 'name' },
    {
      title: t('healthChecks.missed.place'),
      key: 'place',
      render: (_, m) => (m.site ? `${m.site.name} ${m.room ?? ''}` : t('healthChecks.missed.home')),
    },
    { title: t('healthChecks.missed.slot'), key: 'slot', render: (_, m) => slotLabel(m.slot, m.checksPerDay) },
    { title: t('healthChecks.missed.dueAt'), key: 'due', render: (_, m) => formatDateTime(m.dueAt).slice(0, 16) },
  ];
  return (
    <Table<MissedCheck>
      rowKey={(m) => `${m.quarantineId}-${m.slot}`}
      size="small"
      columns={columns}
      dataSource={missed.data ?? []}
      loading={missed.loading}
      pagination={{ pageSize: 50, hideOnSinglePage: true }}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('healthChecks.missed.empty') }}
      data-testid="missed-table"
    />
  );
}
