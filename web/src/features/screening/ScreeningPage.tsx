import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router-dom';
import { useMe } from '../../app/auth/context';
import { hasPermission } from '../../app/auth/permissions';
import { TabbedPage } from '../../app/components/TabbedPage';
import { ListsView } from './lists/ListsView';
import { KeyPersonsView } from './persons/KeyPersonsView';
import { SelfReportLinkButton } from './report/SelfReportLinkButton';

/**
 * 重点人员摸排: the lists of key persons brought in (risk-area returnees, inbound travellers, pushed lists…)
 * and the persons dispatched to grids, worked through by the grid workers.
 */
export function ScreeningPage() {
  const { t } = useTranslation();
  // Those who bring lists in start at the lists; grid workers start at the persons they are to visit.
  const canManage = hasPermission(useMe(), 'keyperson.manage');

  return (
    <TabbedPage
      base="/screening"
      title={t('modules.screening')}
      extra={<SelfReportLinkButton />}
      styles={{ body: { padding: 12 } }}
      tabs={[
        { key: 'lists', path: 'lists', label: t('screening.tabs.lists'), element: <ListsView /> },
        { key: 'persons', path: 'persons', label: t('screening.tabs.persons'), element: <KeyPersonsView /> },
      ]}
      index={<Navigate to={canManage ? '/screening/lists' : '/screening/persons'} replace />}
    />
  );
}
