import type { ReactNode } from 'react';
import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { Route, Routes, useLocation, useNavigate } from 'react-router-dom';
import { NotFoundPage } from '../../app/pages/NotFoundPage';
import type { keyPlacesZhCN } from './i18n/zh-CN';
import { EnterprisesTab } from './enterprises/EnterprisesTab';
import { SchoolsTab } from './schools/SchoolsTab';
import { CheckpointsTab } from './checkpoints/CheckpointsTab';
import { PharmaciesTab } from './pharmacies/PharmaciesTab';

const BASE = '/keyplaces';

type Tab = { key: keyof typeof keyPlacesZhCN.tabs; path: string; element: ReactNode };

// In tab order; the first is the page's own address.
const TABS: Tab[] = [
  { key: 'enterprises', path: '', element: <EnterprisesTab /> },
  { key: 'schools', path: 'schools', element: <SchoolsTab /> },
  { key: 'checkpoints', path: 'checkpoints', element: <CheckpointsTab /> },
  { key: 'pharmacies', path: 'pharmacies', element: <PharmaciesTab /> },
];

const fullPath = (tab: Tab) => (tab.path ? `${BASE}/${tab.path}` : BASE);

/**
 * 重点场所: the ledgers of enterprises, schools, checkpoints (卡口) and pharmacies, with their daily reports.
 */
export function KeyPlacesPage() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  // A record's own page belongs under its tab.
  const active = TABS.find((tab) => tab.path && pathname.startsWith(fullPath(tab))) ?? TABS[0];

  return (
    <Card
      title={t('modules.keyplaces')}
      tabList={TABS.map((tab) => ({ key: fullPath(tab), label: t(`keyPlaces.tabs.${tab.key}`) }))}
      activeTabKey={active ? fullPath(active) : BASE}
      onTabChange={(key) => void navigate(key)}
    >
      <Routes>
        {TABS.map((tab) =>
          tab.path ? (
            <Route key={tab.key} path={`${tab.path}/*`} element={tab.element} />
          ) : (
            <Route key={tab.key} index element={tab.element} />
          ),
        )}
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </Card>
  );
}
