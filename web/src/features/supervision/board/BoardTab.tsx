import { useCallback, useState } from 'react';
import { Button, Card, Col, DatePicker, Flex, Row, Statistic, Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useFetch } from '../../../app/hooks/useFetch';
import { dateOnly, formatMinute } from '../../tracing/time';
import { FindingSeverityTag } from '../inspections/tags';
import { boardXlsxUrl, fetchBoard } from '../orders/api';
import type { Board, BoardRow } from '../orders/api';
import { OrderStatusTag, OverdueTags } from '../orders/tags';
import { CarryModal } from './CarryModal';

type Counts = Board['totals'];
const countKeys = ['open', 'overdue', 'closedToday', 'uncarried'] as const;

function useCountColumns<T extends Counts>(): TableColumnsType<T> {
  const { t } = useTranslation();
  return countKeys.map((key) => ({ key, title: t(`rectification.board.totals.${key}`), dataIndex: key }));
}

function useRowColumns(onCarry: (row: BoardRow) => void): TableColumnsType<BoardRow> {
  const { t } = useTranslation();
  return [
    {
      key: 'number',
      title: t('rectification.list.number'),
      render: (_, row) => <Link to={`/supervision/orders/${row.orderId}`}>{row.displayNumber}</Link>,
    },
    { key: 'region', title: t('rectification.board.region'), render: (_, row) => row.region.name },
    { key: 'unit', title: t('rectification.board.unit'), render: (_, row) => row.unit.name },
    { key: 'problem', title: t('rectification.list.problem'), dataIndex: 'problem' },
    {
      key: 'severity',
      title: t('rectification.list.severity'),
      render: (_, row) => <FindingSeverityTag severity={row.severity} />,
    },
    { key: 'deadline', title: t('rectification.list.deadline'), render: (_, row) => formatMinute(row.deadline) },
    {
      key: 'status',
      title: t('rectification.list.status'),
      render: (_, row) =>
        row.open ? (
          <>
            <OrderStatusTag status={row.status} />
            <OverdueTags overdue={row.overdue} escalatedTo={row.escalatedTo} />
          </>
        ) : (
          <Tag color="green">{t('rectification.board.closedTag')}</Tag>
        ),
    },
    {
      key: 'carry',
      title: t('rectification.board.carry'),
      render: (_, row) =>
        !row.open ? null : row.carryReason ? (
          <span title={row.carryReason}>
            {t('rectification.board.carried')}：{row.carryReason}
          </span>
        ) : (
          <Button size="small" onClick={() => onCarry(row)} data-testid={`carry-${row.orderId}`}>
            {t('rectification.board.carry')}
          </Button>
        ),
    },
  ];
}

/**
 * 每日出清: for a day (today by default), the open problems, overdue ones, those closed that day and those still
 * to be carried with a reason, per region and per unit; the day's list, carried from here, and its .xlsx.
 */
export function BoardTab() {
  const { t } = useTranslation();
  // Until a day is picked the server's today stands: a phone's clock can be wrong or in another zone.
  const [picked, setPicked] = useState<string>();
  const [carrying, setCarrying] = useState<BoardRow | null>(null);
  const load = useCallback((signal: AbortSignal) => fetchBoard(picked ? { day: picked } : {}, signal), [picked]);
  const { data: board, loading, reload } = useFetch(load);
  const day = picked ?? board?.day;
  const countColumns = useCountColumns<Counts & { id: number; name: string }>();
  const unitCountColumns = useCountColumns<Board['units'][number]>();
  const rowColumns = useRowColumns(setCarrying);
  return (
    <Flex vertical gap={12} data-testid="board">
      <Flex wrap gap={8} justify="space-between">
        <DatePicker
          value={day ? dayjs(day) : null}
          allowClear={false}
          onChange={(value) => value && setPicked(dateOnly(value))}
          aria-label={t('rectification.board.day')}
        />
        <Button icon={<DownloadOutlined />} href={boardXlsxUrl(day ? { day } : {})} data-testid="board-xlsx">
          {t('rectification.board.download')}
        </Button>
      </Flex>
      <Row gutter={[12, 12]}>
        {countKeys.map((key) => (
          <Col key={key} xs={12} md={6}>
            <Card size="small">
              <Statistic
                title={t(`rectification.board.totals.${key}`)}
                value={board?.totals[key] ?? 0}
                valueStyle={key === 'overdue' && (board?.totals.overdue ?? 0) > 0 ? { color: '#cf1322' } : undefined}
                data-testid={`board-total-${key}`}
              />
            </Card>
          </Col>
        ))}
      </Row>
      <Row gutter={[12, 12]}>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('rectification.board.byRegion')}>
            <Table
              rowKey="id"
              size="small"
              pagination={false}
              loading={loading}
              dataSource={board?.regions ?? []}
              scroll={{ x: 'max-content' }}
              columns={[{ key: 'name', title: t('rectification.board.region'), dataIndex: 'name' }, ...countColumns]}
            />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('rectification.board.byUnit')}>
            <Table
              rowKey={(u) => `${u.unit.kind}:${u.unit.id}`}
              size="small"
              pagination={false}
              loading={loading}
              dataSource={board?.units ?? []}
              scroll={{ x: 'max-content' }}
              columns={[
                { key: 'unit', title: t('rectification.board.unit'), render: (_, u) => u.unit.name },
                ...unitCountColumns,
              ]}
            />
          </Card>
        </Col>
      </Row>
      <Card size="small" title={t('rectification.board.list')}>
        <Table<BoardRow>
          rowKey="orderId"
          size="small"
          loading={loading}
          dataSource={board?.rows ?? []}
          columns={rowColumns}
          scroll={{ x: 'max-content' }}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          locale={{ emptyText: t('rectification.board.empty') }}
          data-testid="board-rows"
        />
      </Card>
      <CarryModal
        row={carrying}
        day={day}
        onClose={() => setCarrying(null)}
        onCarried={() => {
          setCarrying(null);
          reload();
        }}
      />
    </Flex>
  );
}
