import type { ReactNode } from 'react';
import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { Route, Routes, useLocation, useNavigate } from 'react-router-dom';
import { NotFoundPage } from '../../app/pages/NotFoundPage';
import { ChecksTab } from './checks/ChecksTab';
import { PersonsTab } from './persons/PersonsTab';
import { SitesTab } from './sites/SitesTab';

const BASE = '/quarantine';

/** A tab of the quarantine page, labelled from its own folder's translations. */
type QuarantineTab = {
  path: string;
  label: 'quarantine.tab' | 'quarantine.personsTab' | 'healthChecks.tab';
  element: ReactNode;
};

const TABS: QuarantineTab[] = [
  { path: 'sites', label: 'quarantine.tab', element: <SitesTab /> },
  { path: 'persons', label: 'quarantine.personsTab', element: <PersonsTab /> },
  { path: 'checks', label: 'healthChecks.tab', element: <ChecksTab /> },
];

/** 隔离管控: isolation sites, rooms and persons under quarantine; daily health checks, tests and release. */
export function QuarantinePage() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const active = TABS.find((tab) => pathname.startsWith(`${BASE}/${tab.path}`)) ?? TABS[0]!;

  return (
    <Card
      title={t('modules.quarantine')}
      tabList={TABS.map((tab) => ({ key: `${BASE}/${tab.path}`, label: t(tab.label) }))}
      activeTabKey={`${BASE}/${active.path}`}
      onTabChange={(key) => void navigate(key)}
    >
      <Routes>
        <Route index element={active.element} />
        {TABS.map((tab) => (
          <Route key={tab.path} path={`${tab.path}/*`} element={tab.element} />
        ))}
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </Card>
  );
}
