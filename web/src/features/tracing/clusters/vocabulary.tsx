import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { orDash } from '../../registry/orDash';
import type { ClusterStatus } from './api';

const STATUS_COLORS: Record<ClusterStatus, string> = { active: 'red', dissolved: 'default' };
export const CLUSTER_STATUSES = Object.keys(STATUS_COLORS) as ClusterStatus[];

/** A cluster's first and last onset, or its one day, or a dash. */
export const onsetRange = (first: string | null, last: string | null) =>
  first && last && first !== last ? `${first} ~ ${last}` : orDash(first ?? last);

export function ClusterStatusTag({ status }: { status: ClusterStatus }) {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLORS[status]}>{t(`tracingClusters.statuses.${status}`)}</Tag>;
}
