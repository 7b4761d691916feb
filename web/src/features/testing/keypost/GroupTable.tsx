import { Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatCount } from '../../registry/formatCount';
import type { KeypostGroup } from './api';

/** How often a group is tested, in words: every day, twice a week, every N days, or every N hours. */
export function useIntervalLabel() {
  const { t } = useTranslation();
  return (hours: number) => {
    if (hours === 24) return t('testing.keypost.frequencies.daily');
    if (hours === 84) return t('testing.keypost.frequencies.twiceWeekly');
    if (hours % 24 === 0) return t('testing.keypost.everyDays', { n: hours / 24 });
    return t('testing.keypost.everyHours', { n: hours });
  };
}

type Props = {
  groups: KeypostGroup[];
  loading: boolean;
  /** Narrows the overdue list below to one group. */
  onShowOverdue: (group: KeypostGroup) => void;
};

/** The groups with their test interval, grace, workers and how many of them are overdue. */
export function GroupTable({ groups, loading, onShowOverdue }: Props) {
  const { t } = useTranslation();
  const intervalLabel = useIntervalLabel();
  const columns: TableColumnsType<KeypostGroup> = [
    { key: 'name', title: t('testing.keypost.groupName'), dataIndex: 'name' },
    {
      key: 'interval',
      title: t('testing.keypost.frequency'),
      render: (_, group) => intervalLabel(group.intervalHours),
    },
    {
      key: 'grace',
      title: t('testing.keypost.graceHours'),
      align: 'right',
      render: (_, group) => formatCount(group.graceHours),
    },
    {
      key: 'workers',
      title: t('testing.keypost.workers'),
      align: 'right',
      render: (_, group) => formatCount(group.workers),
    },
    {
      key: 'overdue',
      title: t('testing.keypost.overdueCount'),
      align: 'right',
      render: (_, group) =>
        group.overdue > 0 ? (
          <Typography.Link
            type="danger"
            onClick={() => onShowOverdue(group)}
            data-testid={`keypost-overdue-${group.id}`}
          >
            {formatCount(group.overdue)}
          </Typography.Link>
        ) : (
          formatCount(0)
        ),
    },
  ];
  return (
    <Table<KeypostGroup>
      rowKey="id"
      size="small"
      loading={loading}
      dataSource={groups}
      columns={columns}
      pagination={false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: <Typography.Text type="secondary">{t('testing.keypost.noGroups')}</Typography.Text> }}
      data-testid="keypost-groups"
    />
  );
}
