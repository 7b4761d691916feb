import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/auth/context';
import { hasPermission } from '../../app/auth/permissions';
import { type PageTab, TabbedPage } from '../../app/components/TabbedPage';
import { ImportPage } from './import/ImportPage';
import { PlaceBrowser } from './places/PlaceBrowser';
import { RegionCountsView } from './RegionCountsView';
import { ResidentBrowser } from './ResidentBrowser';

/** 底数: counts by region, residents, special-needs residents, places and (for ledger keepers) import, as tabs. */
export function RegistryPage() {
  const { t } = useTranslation();
  // Importing writes the registry; those who cannot are not offered the tab nor the route.
  const canImport = hasPermission(useMe(), 'registry.manage');

  const tabs: PageTab[] = [
    { key: 'overview', path: '', label: t('registry.tabs.overview'), element: <RegionCountsView /> },
    // Keyed, so switching between the two lists starts the other afresh rather than reusing its filters.
    {
      key: 'residents',
      path: 'residents',
      label: t('registry.tabs.residents'),
      element: <ResidentBrowser key="all" variant="all" />,
    },
    {
      key: 'specialNeeds',
      path: 'special-needs',
      label: t('registry.tabs.specialNeeds'),
      element: <ResidentBrowser key="specialNeeds" variant="specialNeeds" />,
    },
    { key: 'places', path: 'places', label: t('registry.tabs.places'), element: <PlaceBrowser /> },
    ...(canImport
      ? [{ key: 'import', path: 'import', label: t('registry.tabs.import'), element: <ImportPage /> }]
      : []),
  ];
  return <TabbedPage base="/registry" title={t('modules.registry')} tabs={tabs} />;
}
