import { Alert, Flex, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportReply, RowRejection } from '../api';

type Outcome = Pick<ImportReply, 'created' | 'already' | 'rejected'>;

/** What a batch of persons came to: added, already on the list, and the rows left out with field and why. */
export function ImportOutcomePanel({ outcome: { created, already, rejected } }: { outcome: Outcome }) {
  const { t } = useTranslation();
  const columns: TableColumnsType<RowRejection> = [
    { key: 'row', title: t('screening.list.row'), dataIndex: 'row', align: 'right', width: 64 },
    { key: 'field', title: t('screening.list.field'), render: (_, { field }) => t(`screening.fields.${field}`) },
    {
      key: 'reason',
      title: t('screening.list.reason'),
      render: (_, { reason }) => t(`screening.rejections.${reason}`),
    },
  ];
  return (
    <Flex vertical gap={8} data-testid="screening-import-outcome">
      <Alert
        type={rejected.length > 0 ? 'warning' : 'success'}
        showIcon
        title={t('screening.list.outcome', { created, already, rejected: new Set(rejected.map((r) => r.row)).size })}
      />
      {rejected.length > 0 && (
        <>
          <Typography.Text strong>{t('screening.list.rejectedTitle')}</Typography.Text>
          <Table<RowRejection>
            rowKey={({ row, field }) => `${row}-${field}`}
            size="small"
            columns={columns}
            dataSource={rejected}
            pagination={rejected.length > 10 ? { pageSize: 10 } : false}
            data-testid="screening-import-rejected"
          />
        </>
      )}
    </Flex>
  );
}
