import type { ReactNode } from 'react';
import { List } from 'antd';
import type { TableProps } from 'antd';

/**
 * A list's rows as cards, for a narrow screen: fed the same props as the table it stands in for, and
 * paging through the table's own handler.
 */
export function CardList<T extends { id: number }>({
  tableProps,
  emptyText,
  renderCard,
  'data-testid': testId,
}: {
  tableProps: TableProps<T>;
  emptyText: string;
  renderCard: (item: T) => ReactNode;
  'data-testid': string;
}) {
  const { dataSource, loading, pagination, onChange } = tableProps;
  const paging = pagination || {};
  return (
    <List<T>
      dataSource={dataSource}
      loading={loading}
      rowKey="id"
      split={false}
      locale={{ emptyText }}
      renderItem={(item) => <List.Item style={{ padding: '0 0 12px' }}>{renderCard(item)}</List.Item>}
      pagination={{
        current: paging.current,
        pageSize: paging.pageSize,
        total: paging.total,
        showTotal: paging.showTotal,
        size: 'small',
        align: 'center',
        // The table's paging handler, as the table would call it.
        onChange: (current, pageSize) =>
          onChange?.({ current, pageSize }, {}, {}, { action: 'paginate', currentDataSource: [] }),
      }}
      data-testid={testId}
    />
  );
}
