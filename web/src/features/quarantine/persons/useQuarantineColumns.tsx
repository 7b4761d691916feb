import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { orDash } from '../../registry/orDash';
import { formatMinute } from '../../tracing/time';
import type { QuarantineListItem } from './api';
import { QuarantineStatusTag } from './vocabulary';

type Place = Pick<QuarantineListItem, 'site' | 'mode'> & { room: { number: string } | null };

/** Where the person stays: site and room, or at home. */
export function usePlaceText(): (q: Place) => string {
  const { t } = useTranslation();
  return (q) => (q.mode === 'home' || !q.site ? t('quarantine.modes.home') : `${q.site.name} ${q.room?.number ?? ''}`);
}

/** The columns of the quarantine list (identifiers arrive masked). */
export function useQuarantineColumns(): TableColumnsType<QuarantineListItem> {
  const { t } = useTranslation();
  const placeText = usePlaceText();
  return [
    { key: 'name', title: t('quarantine.list.name'), dataIndex: 'name', fixed: 'left' },
    { key: 'code', title: t('quarantine.list.code'), dataIndex: 'code' },
    { key: 'idNumber', title: t('quarantine.list.idNumber'), render: (_, q) => orDash(q.idNumber) },
    { key: 'phone', title: t('quarantine.list.phone'), render: (_, q) => orDash(q.phone) },
    { key: 'group', title: t('quarantine.list.group'), render: (_, q) => t(`quarantine.groups.${q.group}`) },
    { key: 'place', title: t('quarantine.list.place'), render: (_, q) => placeText(q) },
    { key: 'startsAt', title: t('quarantine.list.startsAt'), render: (_, q) => formatMinute(q.startsAt) },
    { key: 'plannedEnd', title: t('quarantine.list.plannedEnd'), render: (_, q) => formatMinute(q.plannedEnd) },
    { key: 'status', title: t('quarantine.list.status'), render: (_, q) => <QuarantineStatusTag status={q.status} /> },
  ];
}
