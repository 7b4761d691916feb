import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ResidentListItem } from './api';
import { orDash } from './orDash';
import { ResidentTags } from './ResidentTags';

/** ID numbers and phones arrive masked from the server; they are shown as they come. */
export function useResidentColumns(): TableColumnsType<ResidentListItem> {
  const { t } = useTranslation();
  return [
    { key: 'name', title: t('registry.resident.name'), dataIndex: 'name' },
    { key: 'idNumber', title: t('registry.resident.idNumber'), dataIndex: 'idNumber' },
    { key: 'sex', title: t('registry.resident.sex'), render: (_, resident) => t(`registry.resident.${resident.sex}`) },
    { key: 'age', title: t('registry.resident.age'), dataIndex: 'age', align: 'right' },
    { key: 'phone', title: t('registry.resident.phone'), render: (_, resident) => orDash(resident.phone) },
    { key: 'grid', title: t('registry.resident.grid'), render: (_, resident) => resident.grid.name },
    {
      key: 'householdAddress',
      title: t('registry.resident.householdAddress'),
      render: (_, resident) => orDash(resident.householdAddress),
    },
    { key: 'tags', title: t('registry.resident.tags'), render: (_, resident) => <ResidentTags tags={resident.tags} /> },
  ];
}
