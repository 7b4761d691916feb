import { useCallback } from 'react';
import { Alert, Button, Card, Descriptions, Flex, Result, Skeleton, Timeline, Typography } from 'antd';
import { FilePdfOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ApiError } from '../../../app/api/client';
import { useFetch } from '../../../app/hooks/useFetch';
import { formatMinute } from '../../tracing/time';
import { FindingSeverityTag } from '../inspections/tags';
import { fetchOrder, orderPdfUrl } from './api';
import type { OrderDetail } from './api';
import { OrderPhotos } from './OrderPhotos';
import { AnswerCard, AnswerPhotoButton, VerifyCard } from './OrderSteps';
import { OrderStatusTag, OverdueTags } from './tags';

function Facts({ order }: { order: OrderDetail }) {
  const { t } = useTranslation();
  const phone = order.responsiblePhone ? ` ${order.responsiblePhone}` : '';
  const items = [
    { key: 'unit', label: t('rectification.list.unit'), children: order.unit.name },
    { key: 'person', label: t('rectification.detail.responsible'), children: `${order.responsibleName}${phone}` },
    {
      key: 'severity',
      label: t('rectification.list.severity'),
      children: <FindingSeverityTag severity={order.severity} />,
    },
    { key: 'deadline', label: t('rectification.list.deadline'), children: formatMinute(order.deadline) },
    {
      key: 'requirement',
      label: t('rectification.detail.requirement'),
      children: order.requirement,
      span: 'filled' as const,
    },
    {
      key: 'finding',
      label: t('rectification.detail.finding'),
      children: order.finding.description,
      span: 'filled' as const,
    },
    {
      key: 'inspection',
      label: t('rectification.detail.inspection'),
      children: `${order.finding.inspector} ${formatMinute(order.finding.inspectedAt)}`,
    },
    { key: 'issuedBy', label: t('rectification.detail.issuedBy'), children: order.issuedBy },
    { key: 'issuedAt', label: t('rectification.detail.issuedAt'), children: formatMinute(order.issuedAt) },
    ...(order.closedAt
      ? [{ key: 'closedAt', label: t('rectification.detail.closedAt'), children: formatMinute(order.closedAt) }]
      : []),
  ];
  return <Descriptions size="small" bordered column={{ xs: 1, sm: 2, lg: 3 }} items={items} />;
}

/** Every step of the order, timestamped, with the photos of each answer. */
function Steps({ order }: { order: OrderDetail }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={t('rectification.detail.timeline')}>
      <Timeline
        items={order.events.map((event) => ({
          color: event.kind === 'escalated' || event.kind === 'returned' ? 'red' : 'blue',
          children: (
            <Flex vertical gap={4} data-testid={`order-event-${event.kind}`}>
              <Typography.Text strong>
                {t(`rectification.events.${event.kind}`)} · {formatMinute(event.at)}
                {event.actor ? ` · ${event.actor}` : ''}
              </Typography.Text>
              {event.note && <Typography.Text>{event.note}</Typography.Text>}
              <Flex wrap gap={4}>
                <OrderPhotos orderId={order.id} photos={event.photos} />
              </Flex>
            </Flex>
          ),
        }))}
      />
    </Card>
  );
}

function Order({ orderId }: { orderId: number }) {
  const { t } = useTranslation();
  const load = useCallback((signal: AbortSignal) => fetchOrder(orderId, signal), [orderId]);
  const { data: order, error, reload } = useFetch(load);
  if (error instanceof ApiError && error.status === 404)
    return <Result status="404" subTitle={t('rectification.detail.notFound')} />;
  if (!order) return <Skeleton active />;
  return (
    <Flex vertical gap={12} data-testid="order-view">
      <Flex wrap gap={8} align="center" justify="space-between">
        <Flex wrap gap={8} align="center">
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="order-number">
            {order.displayNumber}
          </Typography.Title>
          <OrderStatusTag status={order.status} />
          <OverdueTags overdue={order.overdue} escalatedTo={order.escalatedTo?.name ?? null} />
        </Flex>
        <Button icon={<FilePdfOutlined />} href={orderPdfUrl(order.id)} target="_blank">
          {t('rectification.detail.pdf')}
        </Button>
      </Flex>
      <Facts order={order} />
      {order.finding.photos.length > 0 && (
        <Card size="small" title={t('rectification.detail.findingPhotos')}>
          <Flex wrap gap={4}>
            <OrderPhotos orderId={order.id} photos={order.finding.photos} />
          </Flex>
        </Card>
      )}
      {order.can.respond && <AnswerCard order={order} onChanged={reload} />}
      {order.can.addPhoto && <AnswerPhotoButton order={order} onChanged={reload} />}
      {order.can.verify && <VerifyCard order={order} onChanged={reload} />}
      <Steps order={order} />
      {order.carries.length > 0 && (
        <Alert
          type="info"
          message={t('rectification.detail.carries')}
          description={order.carries.map((c) => `${c.day} ${c.reason}（${c.by}）`).join('；')}
        />
      )}
    </Flex>
  );
}

/** One rectification order: its facts, steps and photos, and the step the user may take next. */
export function OrderView() {
  const { t } = useTranslation();
  const orderId = Number(useParams().orderId);
  return (
    <Flex vertical gap={12}>
      <Link to="/supervision/orders">{t('rectification.detail.back')}</Link>
      {Number.isInteger(orderId) && orderId > 0 ? (
        <Order orderId={orderId} />
      ) : (
        <Result status="404" subTitle={t('rectification.detail.notFound')} />
      )}
    </Flex>
  );
}
