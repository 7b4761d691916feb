import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes, useLocation, useNavigate } from 'react-router-dom';
import { useMe } from '../../app/auth/context';
import { hasPermission } from '../../app/auth/permissions';
import { NotFoundPage } from '../../app/pages/NotFoundPage';
import { ListsView } from './lists/ListsView';
import { KeyPersonsView } from './persons/KeyPersonsView';
import { SelfReportLinkButton } from './report/SelfReportLinkButton';

const LISTS = '/screening/lists';
const PERSONS = '/screening/persons';

/**
 * 重点人员摸排: the lists of key persons brought in (risk-area returnees, inbound travellers, pushed lists…)
 * and the persons dispatched to grids, worked through by the grid workers.
 */
export function ScreeningPage() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  // Those who bring lists in start at the lists; grid workers start at the persons they are to visit.
  const canManage = hasPermission(useMe(), 'keyperson.manage');

  const tabs = [
    { key: LISTS, label: t('screening.tabs.lists') },
    { key: PERSONS, label: t('screening.tabs.persons') },
  ];
  return (
    <Card
      title={t('modules.screening')}
      extra={<SelfReportLinkButton />}
      tabList={tabs}
      activeTabKey={pathname.startsWith(PERSONS) ? PERSONS : LISTS}
      onTabChange={(key) => void navigate(key)}
      styles={{ body: { padding: 12 } }}
    >
      <Routes>
        <Route index element={<Navigate to={canManage ? LISTS : PERSONS} replace />} />
        <Route path="lists" element={<ListsView />} />
        <Route path="persons" element={<KeyPersonsView />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </Card>
  );
}
