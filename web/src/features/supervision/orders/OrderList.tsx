import { Card, Checkbox, Flex, Grid, List, Select, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { usePagedQuery } from '../../../app/hooks/usePagedQuery';
import { formatMinute } from '../../tracing/time';
import { FindingSeverityTag } from '../inspections/tags';
import { fetchOrdersPage, orderStatuses } from './api';
import type { OrderFilters, OrderListItem, OrderStatus } from './api';
import { OrderStatusTag, OverdueTags } from './tags';

const detailPath = (item: OrderListItem) => `/supervision/orders/${item.id}`;

function useColumns(): TableColumnsType<OrderListItem> {
  const { t } = useTranslation();
  return [
    {
      key: 'number',
      title: t('rectification.list.number'),
      fixed: 'left',
      render: (_, item) => (
        <Link to={detailPath(item)} data-testid={`order-link-${item.id}`}>
          {item.displayNumber}
        </Link>
      ),
    },
    { key: 'unit', title: t('rectification.list.unit'), render: (_, item) => item.unit.name },
    { key: 'problem', title: t('rectification.list.problem'), render: (_, item) => item.finding.description },
    {
      key: 'severity',
      title: t('rectification.list.severity'),
      render: (_, item) => <FindingSeverityTag severity={item.severity} />,
    },
    { key: 'deadline', title: t('rectification.list.deadline'), render: (_, item) => formatMinute(item.deadline) },
    {
      key: 'status',
      title: t('rectification.list.status'),
      render: (_, item) => (
        <>
          <OrderStatusTag status={item.status} />
          <OverdueTags overdue={item.overdue} escalatedTo={item.escalatedTo?.name ?? null} />
        </>
      ),
    },
  ];
}

/** On a phone: one card per order, the unit's usual screen. */
function OrderCards({ items }: { items: OrderListItem[] }) {
  return (
    <List
      dataSource={items}
      renderItem={(item) => (
        <Card size="small" style={{ marginBottom: 8 }} data-testid={`order-card-${item.id}`}>
          <Flex vertical gap={4}>
            <Link to={detailPath(item)}>{item.displayNumber}</Link>
            <Typography.Text strong>{item.unit.name}</Typography.Text>
            <Typography.Text>{item.finding.description}</Typography.Text>
            <Flex wrap gap={4} align="center">
              <OrderStatusTag status={item.status} />
              <OverdueTags overdue={item.overdue} escalatedTo={item.escalatedTo?.name ?? null} />
              <Typography.Text type="secondary">{formatMinute(item.deadline)}</Typography.Text>
            </Flex>
          </Flex>
        </Card>
      )}
    />
  );
}

/** The orders the user sees, filtered by status, overdue and escalation; open ones by default. */
export function OrderList() {
  const { t } = useTranslation();
  const narrow = Grid.useBreakpoint().md === false;
  const columns = useColumns();
  const { filters, setFilters, tableProps } = usePagedQuery<OrderFilters, OrderListItem>(fetchOrdersPage, {});
  return (
    <Flex vertical gap={12}>
      <Flex wrap gap={12} align="center">
        <Select<OrderStatus | ''>
          style={{ width: 160 }}
          value={filters.status ?? ''}
          onChange={(status) => setFilters({ ...filters, status: status || undefined })}
          options={[
            { value: '', label: t('rectification.list.allStatuses') },
            ...orderStatuses.map((value) => ({ value, label: t(`rectification.statuses.${value}`) })),
          ]}
          data-testid="order-status-filter"
        />
        <Checkbox
          checked={filters.overdue === true}
          onChange={(e) => setFilters({ ...filters, overdue: e.target.checked || undefined })}
          data-testid="order-overdue-filter"
        >
          {t('rectification.list.overdueOnly')}
        </Checkbox>
        <Checkbox
          checked={filters.escalated === true}
          onChange={(e) => setFilters({ ...filters, escalated: e.target.checked || undefined })}
        >
          {t('rectification.list.escalatedOnly')}
        </Checkbox>
      </Flex>
      {narrow ? (
        <OrderCards items={[...(tableProps.dataSource ?? [])]} />
      ) : (
        <Table<OrderListItem>
          {...tableProps}
          rowKey="id"
          size="small"
          columns={columns}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('rectification.list.empty') }}
          onRow={(item) => ({ 'data-testid': `order-row-${item.id}` }) as HTMLAttributes<HTMLElement>}
          data-testid="order-table"
        />
      )}
    </Flex>
  );
}
