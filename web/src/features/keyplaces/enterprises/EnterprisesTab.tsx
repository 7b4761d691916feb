import { useState } from 'react';
import { Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../../app/auth/context';
import { hasPermission } from '../../../app/auth/permissions';
import { DayView } from './DayView';
import { LedgerView } from './LedgerView';
import { MyEnterpriseReport } from './MyEnterpriseReport';

/**
 * 企业: a liaison's own daily report on top (when they belong to an enterprise), then the ledger of the
 * jurisdiction and the day's reports.
 */
export function EnterprisesTab() {
  const { t } = useTranslation();
  const reports = hasPermission(useMe(), 'keyplace.report');
  // Bumped when something changes that the views below show.
  const [version, setVersion] = useState(0);
  const changed = () => setVersion((v) => v + 1);
  return (
    <>
      {reports && <MyEnterpriseReport onFiled={changed} />}
      <Tabs
        items={[
          {
            key: 'ledger',
            label: t('enterprises.views.ledger'),
            children: <LedgerView version={version} onChanged={changed} />,
          },
          { key: 'reports', label: t('enterprises.views.reports'), children: <DayView version={version} /> },
        ]}
      />
    </>
  );
}
