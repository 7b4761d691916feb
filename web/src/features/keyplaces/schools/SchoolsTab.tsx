import { useState } from 'react';
import { Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../../app/auth/context';
import { hasPermission } from '../../../app/auth/permissions';
import { MySchoolReport } from './MySchoolReport';
import { SchoolDayView } from './SchoolDayView';
import { SchoolLedgerView } from './SchoolLedgerView';

/** 学校: a liaison's own daily health report on top, then the school ledger and the day's reports. */
export function SchoolsTab() {
  const { t } = useTranslation();
  const reports = hasPermission(useMe(), 'keyplace.report');
  const [version, setVersion] = useState(0);
  const changed = () => setVersion((v) => v + 1);
  return (
    <>
      {reports && <MySchoolReport onFiled={changed} />}
      <Tabs
        items={[
          {
            key: 'ledger',
            label: t('schools.views.ledger'),
            children: <SchoolLedgerView version={version} onChanged={changed} />,
          },
          { key: 'reports', label: t('schools.views.reports'), children: <SchoolDayView version={version} /> },
        ]}
      />
    </>
  );
}
