import { Form, Select } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { enterprisesZhCN } from './i18n/zh-CN';
import { UnitLedgerView } from '../shared/UnitLedgerView';
import { closedLoopStatuses, fetchEnterprises, importEnterprises, rateText, resumptionStatuses } from './api';
import type { EnterpriseLedger } from './api';
import { EnterpriseDrawer } from './EnterpriseDrawer';
import { ClosedLoopTag, ResumptionTag } from './LedgerTags';

function useColumns(): TableColumnsType<EnterpriseLedger> {
  const { t } = useTranslation();
  const f = (key: keyof typeof enterprisesZhCN.field) => t(`enterprises.field.${key}`);
  return [
    { key: 'headcount', title: f('headcount'), dataIndex: 'headcount', align: 'right' },
    { key: 'workersBack', title: f('workersBack'), dataIndex: 'workersBack', align: 'right' },
    { key: 'onDuty', title: f('onDuty'), dataIndex: 'onDuty', align: 'right' },
    {
      key: 'attendanceRate',
      title: f('attendanceRate'),
      align: 'right',
      render: (_, e) => <span data-testid={`attendance-${e.id}`}>{rateText(e.attendanceRate)}</span>,
    },
    { key: 'closedLoop', title: f('closedLoop'), render: (_, e) => <ClosedLoopTag status={e.closedLoop} /> },
    {
      key: 'liaison',
      title: f('liaisonName'),
      render: (_, e) => [e.liaisonName, e.liaisonPhone].filter(Boolean).join(' '),
    },
    { key: 'resumption', title: f('resumption'), render: (_, e) => <ResumptionTag status={e.resumption} /> },
  ];
}

/** The enterprise ledger of the jurisdiction: 到岗率 and closed-loop tags, filters, detail and import. */
export function LedgerView({ version, onChanged }: { version: number; onChanged: () => void }) {
  const { t } = useTranslation();
  return (
    <UnitLedgerView
      ns="enterprises"
      formName="enterpriseSearch"
      fetchLedgers={fetchEnterprises}
      columns={useColumns()}
      importLedger={importEnterprises}
      Drawer={EnterpriseDrawer}
      version={version}
      onChanged={onChanged}
      filters={
        <>
          <Form.Item name="closedLoop">
            <Select
              allowClear
              placeholder={t('enterprises.field.closedLoop')}
              style={{ minWidth: 140 }}
              options={closedLoopStatuses.map((s) => ({ value: s, label: t(`enterprises.closedLoop.${s}`) }))}
            />
          </Form.Item>
          <Form.Item name="resumption">
            <Select
              allowClear
              placeholder={t('enterprises.field.resumption')}
              style={{ minWidth: 120 }}
              options={resumptionStatuses.map((s) => ({ value: s, label: t(`enterprises.resumption.${s}`) }))}
            />
          </Form.Item>
        </>
      }
    />
  );
}
