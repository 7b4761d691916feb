import { useTranslation } from 'react-i18next';
import { type PageTab, TabbedPage } from '../../app/components/TabbedPage';
import type { keyPlacesZhCN } from './i18n/zh-CN';
import { EnterprisesTab } from './enterprises/EnterprisesTab';
import { SchoolsTab } from './schools/SchoolsTab';
import { CheckpointsTab } from './checkpoints/CheckpointsTab';
import { PharmaciesTab } from './pharmacies/PharmaciesTab';

type Tab = Omit<PageTab, 'label'> & { key: keyof typeof keyPlacesZhCN.tabs };

// In tab order; the first is the page's own address. A record's own page belongs under its tab.
const TABS: Tab[] = [
  { key: 'enterprises', path: '', element: <EnterprisesTab /> },
  { key: 'schools', path: 'schools', element: <SchoolsTab />, nested: true },
  { key: 'checkpoints', path: 'checkpoints', element: <CheckpointsTab />, nested: true },
  { key: 'pharmacies', path: 'pharmacies', element: <PharmaciesTab />, nested: true },
];

/**
 * 重点场所: the ledgers of enterprises, schools, checkpoints (卡口) and pharmacies, with their daily reports.
 */
export function KeyPlacesPage() {
  const { t } = useTranslation();
  return (
    <TabbedPage
      base="/keyplaces"
      title={t('modules.keyplaces')}
      tabs={TABS.map((tab) => ({ ...tab, label: t(`keyPlaces.tabs.${tab.key}`) }))}
    />
  );
}
