import { App, Table } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { testingZhCN } from '../i18n/zh-CN';
import type { ListRejection } from './idList';

type KnownReason = keyof typeof testingZhCN.targetRejections;

/** The lines of a listed target left out of the round, with why. */
function TargetRejectedTable({ rejected }: { rejected: ListRejection[] }) {
  const { t } = useTranslation();
  const columns: TableColumnsType<ListRejection> = [
    { key: 'line', title: t('testing.form.rejectedLine'), dataIndex: 'line', align: 'right', width: 80 },
    {
      key: 'reason',
      title: t('testing.form.rejectedReason'),
      // A reason this page does not know yet is shown as the server sent it.
      render: (_, rejection) =>
        t(`testing.targetRejections.${rejection.reason as KnownReason}`, { defaultValue: rejection.reason }),
    },
  ];
  return (
    <Table<ListRejection>
      rowKey="line"
      size="small"
      columns={columns}
      dataSource={rejected}
      pagination={rejected.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
      data-testid="campaign-target-rejected"
    />
  );
}

/** Tells, once the round exists, which lines of its list were left out (by line of the pasted text). */
export function useShowTargetRejected(): (rejected: ListRejection[]) => void {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  return (rejected) => {
    modal.warning({
      title: t('testing.form.rejectedTitle', { count: rejected.length }),
      content: <TargetRejectedTable rejected={rejected} />,
      width: 560,
    });
  };
}
