import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AreaStatus } from './api';

export const areaStatuses = ['proposed', 'active', 'lifted', 'rejected'] as const satisfies readonly AreaStatus[];

const statusColors: Record<AreaStatus, string> = {
  proposed: 'processing',
  active: 'success',
  lifted: 'default',
  rejected: 'error',
};

export function StatusTag({ status }: { status: AreaStatus }) {
  const { t } = useTranslation();
  return <Tag color={statusColors[status]}>{t(`riskAreas.status.${status}`)}</Tag>;
}
