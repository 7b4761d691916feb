import { Form, Select, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { UnitLedgerView } from '../shared/UnitLedgerView';
import { fetchSchools, importSchools, schoolStatuses } from './api';
import type { SchoolLedger } from './api';
import { SchoolDrawer } from './SchoolDrawer';

const statusColors = { open: 'default', closed_management: 'red', online: 'blue' } as const;

function useColumns(): TableColumnsType<SchoolLedger> {
  const { t } = useTranslation();
  return [
    {
      key: 'status',
      title: t('schools.field.status'),
      render: (_, s) => <Tag color={statusColors[s.status]}>{t(`schools.status.${s.status}`)}</Tag>,
    },
    { key: 'students', title: t('schools.field.students'), dataIndex: 'students', align: 'right' },
    { key: 'staff', title: t('schools.field.staff'), dataIndex: 'staff', align: 'right' },
    { key: 'classes', title: t('schools.field.classes'), dataIndex: 'classes', align: 'right' },
    { key: 'sampling', title: t('schools.field.samplingPercent'), render: (_, s) => `${s.samplingPercent}%` },
  ];
}

/** The school ledger of the jurisdiction with filters and import; a row opens its ledger, classes and sampling. */
export function SchoolLedgerView({ version, onChanged }: { version: number; onChanged: () => void }) {
  const { t } = useTranslation();
  return (
    <UnitLedgerView
      ns="schools"
      formName="schoolSearch"
      fetchLedgers={fetchSchools}
      columns={useColumns()}
      importLedger={importSchools}
      Drawer={SchoolDrawer}
      version={version}
      onChanged={onChanged}
      filters={
        <Form.Item name="status">
          <Select
            allowClear
            placeholder={t('schools.field.status')}
            style={{ minWidth: 120 }}
            options={schoolStatuses.map((s) => ({ value: s, label: t(`schools.status.${s}`) }))}
          />
        </Form.Item>
      }
    />
  );
}
