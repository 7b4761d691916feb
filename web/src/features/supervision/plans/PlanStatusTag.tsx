import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PlanStatus } from './api';

const COLORS: Record<PlanStatus, string> = { planned: 'processing', done: 'green', cancelled: 'default' };

export function PlanStatusTag({ status }: { status: PlanStatus }) {
  const { t } = useTranslation();
  return <Tag color={COLORS[status]}>{t(`supervision.plan.statuses.${status}`)}</Tag>;
}
