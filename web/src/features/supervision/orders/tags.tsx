import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OrderStatus } from './api';

const STATUS_COLORS: Record<OrderStatus, string> = {
  issued: 'processing',
  answered: 'cyan',
  returned: 'orange',
  closed: 'green',
};

export function OrderStatusTag({ status }: { status: OrderStatus }) {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLORS[status]}>{t(`rectification.statuses.${status}`)}</Tag>;
}

/** Overdue and, once escalated, the region the order went up to. */
export function OverdueTags({ overdue, escalatedTo }: { overdue: boolean; escalatedTo: string | null }) {
  const { t } = useTranslation();
  return (
    <>
      {overdue && <Tag color="red">{t('rectification.list.overdue')}</Tag>}
      {escalatedTo && <Tag color="volcano">{t('rectification.list.escalated', { region: escalatedTo })}</Tag>}
    </>
  );
}
