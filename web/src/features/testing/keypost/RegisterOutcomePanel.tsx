import { Alert, Flex, Table } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { testingZhCN } from '../i18n/zh-CN';
import type { RegisterOutcome } from './RegisterWorkersModal';
import type { LineRejection } from './workerLines';

type KnownReason = keyof typeof testingZhCN.keypost.rejections;

/** What a registration did: how many registered, how many were already, and the lines left out with why. */
export function RegisterOutcomePanel({ outcome }: { outcome: RegisterOutcome }) {
  const { t } = useTranslation();
  const columns: TableColumnsType<LineRejection> = [
    { key: 'line', title: t('testing.keypost.line'), dataIndex: 'line', align: 'right', width: 80 },
    {
      key: 'reason',
      title: t('testing.keypost.reason'),
      // A reason this page does not know yet is shown as the server sent it.
      render: (_, rejection) =>
        t(`testing.keypost.rejections.${rejection.reason as KnownReason}`, { defaultValue: rejection.reason }),
    },
  ];
  const { registered, already, rejected } = outcome;
  return (
    <Flex vertical gap={8} data-testid="keypost-outcome">
      <Alert
        type={rejected.length > 0 ? 'warning' : 'success'}
        showIcon
        title={t('testing.keypost.outcome', { registered, already, rejected: rejected.length })}
      />
      {rejected.length > 0 && (
        <Table<LineRejection>
          rowKey="line"
          size="small"
          columns={columns}
          dataSource={rejected}
          pagination={rejected.length > 10 ? { pageSize: 10 } : false}
          data-testid="keypost-rejected"
        />
      )}
    </Flex>
  );
}
