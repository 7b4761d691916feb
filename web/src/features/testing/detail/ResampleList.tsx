import { Segmented, Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { usePagedQuery } from '../../../app/hooks/usePagedQuery';
import { orDash } from '../../registry/orDash';
import { fetchResamplesPage } from '../api';
import type { Campaign, ResampleFilters, ResampleStatus, ResampleTask } from '../api';
import { formatMinute } from '../time';

type Choice = ResampleStatus | 'all';

/** Members of positive or invalid pools, each to be re-sampled in a tube of their own (masked). */
export function ResampleList({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation();
  const initial: ResampleFilters = { campaignId: campaign.id, status: 'open' };
  const { filters, setFilters, tableProps } = usePagedQuery(fetchResamplesPage, initial);

  const columns: TableColumnsType<ResampleTask> = [
    { key: 'name', title: t('registry.resident.name'), render: (_, task) => task.resident.name },
    { key: 'idNumber', title: t('registry.resident.idNumber'), render: (_, task) => task.resident.idNumber },
    { key: 'phone', title: t('registry.resident.phone'), render: (_, task) => orDash(task.resident.phone) },
    { key: 'grid', title: t('registry.resident.grid'), render: (_, task) => task.resident.grid.name },
    {
      key: 'address',
      title: t('registry.resident.householdAddress'),
      render: (_, task) => orDash(task.resident.householdAddress),
    },
    { key: 'tube', title: t('testing.resamples.tube'), dataIndex: 'tube' },
    {
      key: 'reason',
      title: t('testing.resamples.reason'),
      render: (_, task) => (
        <Tag color={task.reason === 'positive' ? 'red' : 'orange'}>{t(`testing.resamples.reasons.${task.reason}`)}</Tag>
      ),
    },
    {
      key: 'status',
      title: t('testing.resamples.status'),
      render: (_, task) => (
        <Tag color={task.status === 'open' ? 'processing' : 'success'}>
          {t(`testing.resamples.statuses.${task.status}`)}
        </Tag>
      ),
    },
    { key: 'createdAt', title: t('testing.resamples.createdAt'), render: (_, task) => formatMinute(task.createdAt) },
  ];

  return (
    <>
      <Segmented<Choice>
        value={filters.status ?? 'all'}
        options={[
          { value: 'open', label: t('testing.resamples.statuses.open') },
          { value: 'done', label: t('testing.resamples.statuses.done') },
          { value: 'all', label: t('testing.resamples.all') },
        ]}
        onChange={(choice) => setFilters({ campaignId: campaign.id, ...(choice === 'all' ? {} : { status: choice }) })}
        style={{ marginBottom: 16 }}
      />
      <Table<ResampleTask>
        {...tableProps}
        rowKey="id"
        size="small"
        columns={columns}
        scroll={{ x: 'max-content' }}
        data-testid="resample-table"
      />
    </>
  );
}
