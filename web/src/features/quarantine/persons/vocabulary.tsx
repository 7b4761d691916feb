import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { quarantineGroups, quarantineModes, quarantineStatuses } from './api';
import type { QuarantineStatus } from './api';

const STATUS_COLORS: Record<QuarantineStatus, string> = {
  active: 'orange',
  released: 'green',
  to_hospital: 'red',
  ended: 'default',
};

export function QuarantineStatusTag({ status }: { status: QuarantineStatus }) {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLORS[status]}>{t(`quarantine.statuses.${status}`)}</Tag>;
}

/** Select options for the quarantine vocabularies, labelled in the user's language. */
export function useQuarantineOptions() {
  const { t } = useTranslation();
  return {
    groupOptions: quarantineGroups.map((value) => ({ value, label: t(`quarantine.groups.${value}`) })),
    modeOptions: quarantineModes.map((value) => ({ value, label: t(`quarantine.modes.${value}`) })),
    statusOptions: quarantineStatuses.map((value) => ({ value, label: t(`quarantine.statuses.${value}`) })),
  };
}
