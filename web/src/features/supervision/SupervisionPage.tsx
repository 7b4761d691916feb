import { useTranslation } from 'react-i18next';
import { type PageTab, TabbedPage } from '../../app/components/TabbedPage';
import type { supervisionZhCN } from './i18n/zh-CN';
import { PlansTab } from './plans/PlansTab';
import { InspectionsTab } from './inspections/InspectionsTab';
import { OrdersTab } from './orders/OrdersTab';
import { BoardTab } from './board/BoardTab';
import { ReportsTab } from './reports/ReportsTab';
import { ChecklistsTab } from './checklists/ChecklistsTab';

type Tab = Omit<PageTab, 'label'> & { key: keyof typeof supervisionZhCN.tabs };

// In tab order; the first is the page's own address. A record's own page belongs under its tab.
const TABS: Tab[] = [
  { key: 'plans', path: '', element: <PlansTab /> },
  { key: 'inspections', path: 'inspections', element: <InspectionsTab />, nested: true },
  { key: 'orders', path: 'orders', element: <OrdersTab />, nested: true },
  { key: 'board', path: 'board', element: <BoardTab />, nested: true },
  { key: 'reports', path: 'reports', element: <ReportsTab />, nested: true },
  { key: 'checklists', path: 'checklists', element: <ChecklistsTab />, nested: true },
];

/**
 * 督导检查: plans (unannounced ones hidden from the inspected), inspections on a phone with findings, rectification
 * orders (交办单) to closing (销号), the daily clearing board, reports, and the checklist templates.
 */
export function SupervisionPage() {
  const { t } = useTranslation();
  return (
    <TabbedPage
      base="/supervision"
      title={t('modules.supervision')}
      tabs={TABS.map((tab) => ({ ...tab, label: t(`supervision.tabs.${tab.key}`) }))}
    />
  );
}
