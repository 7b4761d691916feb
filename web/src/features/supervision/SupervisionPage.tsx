import type { ReactNode } from 'react';
import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { Route, Routes, useLocation, useNavigate } from 'react-router-dom';
import { NotFoundPage } from '../../app/pages/NotFoundPage';
import type { supervisionZhCN } from './i18n/zh-CN';
import { PlansTab } from './plans/PlansTab';
import { InspectionsTab } from './inspections/InspectionsTab';
import { OrdersTab } from './orders/OrdersTab';
import { BoardTab } from './board/BoardTab';
import { ReportsTab } from './reports/ReportsTab';
import { ChecklistsTab } from './checklists/ChecklistsTab';

const BASE = '/supervision';

type Tab = { key: keyof typeof supervisionZhCN.tabs; path: string; element: ReactNode };

// In tab order; the first is the page's own address.
const TABS: Tab[] = [
  { key: 'plans', path: '', element: <PlansTab /> },
  { key: 'inspections', path: 'inspections', element: <InspectionsTab /> },
  { key: 'orders', path: 'orders', element: <OrdersTab /> },
  { key: 'board', path: 'board', element: <BoardTab /> },
  { key: 'reports', path: 'reports', element: <ReportsTab /> },
  { key: 'checklists', path: 'checklists', element: <ChecklistsTab /> },
];

const fullPath = (tab: Tab) => (tab.path ? `${BASE}/${tab.path}` : BASE);

/**
 * 督导检查: plans (unannounced ones hidden from the inspected), inspections on a phone with findings, rectification
 * orders (交办单) to closing (销号), the daily clearing board, reports, and the checklist templates.
 */
export function SupervisionPage() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  // A record's own page belongs under its tab.
  const active = TABS.find((tab) => tab.path && pathname.startsWith(fullPath(tab))) ?? TABS[0];

  return (
    <Card
      title={t('modules.supervision')}
      tabList={TABS.map((tab) => ({ key: fullPath(tab), label: t(`supervision.tabs.${tab.key}`) }))}
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
