import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ClosedLoopStatus, ResumptionStatus } from './api';

const closedLoopColors: Record<ClosedLoopStatus, string> = {
  none: 'default',
  closed_in_plant: 'blue',
  point_to_point: 'cyan',
  both: 'geekblue',
};
const resumptionColors: Record<ResumptionStatus, string> = {
  none: 'default',
  requested: 'orange',
  approved: 'green',
  rejected: 'red',
};

export function ClosedLoopTag({ status }: { status: ClosedLoopStatus }) {
  const { t } = useTranslation();
  return <Tag color={closedLoopColors[status]}>{t(`enterprises.closedLoop.${status}`)}</Tag>;
}

export function ResumptionTag({ status }: { status: ResumptionStatus }) {
  const { t } = useTranslation();
  return <Tag color={resumptionColors[status]}>{t(`enterprises.resumption.${status}`)}</Tag>;
}
