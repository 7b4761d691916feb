import { Button, Flex, Select, Table, Typography } from 'antd';
import type { TableColumnsType, TableProps } from 'antd';
import { FileExcelOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { orDash } from '../../registry/orDash';
import { formatMinute } from '../time';
import { overdueWorkbookUrl } from './api';
import type { KeypostGroup, OverdueFilters, OverdueWorker } from './api';

type Props = {
  groups: KeypostGroup[];
  filters: OverdueFilters;
  onFilters: (filters: OverdueFilters) => void;
  tableProps: TableProps<OverdueWorker>;
};

/** Workers overdue for a test (masked), server-paged, optionally of one group, and as an .xlsx. */
export function OverdueList({ groups, filters, onFilters, tableProps }: Props) {
  const { t } = useTranslation();
  const columns: TableColumnsType<OverdueWorker> = [
    { key: 'name', title: t('registry.resident.name'), render: (_, w) => w.resident.name },
    { key: 'idNumber', title: t('registry.resident.idNumber'), render: (_, w) => w.resident.idNumber },
    { key: 'phone', title: t('registry.resident.phone'), render: (_, w) => orDash(w.resident.phone) },
    { key: 'place', title: t('testing.keypost.place'), render: (_, w) => w.place.name },
    { key: 'group', title: t('testing.keypost.group'), dataIndex: 'group' },
    { key: 'post', title: t('testing.keypost.post'), render: (_, w) => orDash(w.post) },
    {
      key: 'lastTestedAt',
      title: t('testing.keypost.lastTestedAt'),
      render: (_, w) =>
        w.lastTestedAt ? (
          formatMinute(w.lastTestedAt)
        ) : (
          <Typography.Text type="secondary">{t('testing.keypost.neverTested')}</Typography.Text>
        ),
    },
    {
      key: 'dueAt',
      title: t('testing.keypost.dueAt'),
      render: (_, w) => <Typography.Text type="danger">{formatMinute(w.dueAt)}</Typography.Text>,
    },
    { key: 'grid', title: t('registry.resident.grid'), render: (_, w) => w.resident.grid.name },
  ];

  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 8 }}>
        <Select<number | undefined>
          allowClear
          value={filters.groupId}
          onChange={(groupId) => onFilters(groupId === undefined ? {} : { groupId })}
          options={groups.map((group) => ({ value: group.id, label: group.name }))}
          placeholder={t('testing.keypost.allGroups')}
          style={{ width: 220 }}
          data-testid="keypost-overdue-group"
        />
        {/* A plain link: the browser fetches the .xlsx with the session cookie and saves it. */}
        <Button
          icon={<FileExcelOutlined />}
          href={overdueWorkbookUrl(filters)}
          download
          data-testid="keypost-overdue-export"
        >
          {t('testing.keypost.export')}
        </Button>
      </Flex>
      <Table<OverdueWorker>
        {...tableProps}
        rowKey={(w) => w.resident.id}
        size="small"
        columns={columns}
        scroll={{ x: 'max-content' }}
        data-testid="keypost-overdue-table"
      />
    </>
  );
}
