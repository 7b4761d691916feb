import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { Route, Routes, useLocation, useNavigate } from 'react-router-dom';
import { useMe } from '../../app/auth/context';
import { hasPermission } from '../../app/auth/permissions';
import { NotFoundPage } from '../../app/pages/NotFoundPage';
import { ImportPage } from './import/ImportPage';
import { PlaceBrowser } from './places/PlaceBrowser';
import { RegionCountsView } from './RegionCountsView';
import { ResidentBrowser } from './ResidentBrowser';

const BASE = '/registry';

/** 底数: counts by region, residents, special-needs residents, places and (for ledger keepers) import, as tabs. */
export function RegistryPage() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  // Importing writes the registry; those who cannot are not offered the tab nor the route.
  const canImport = hasPermission(useMe(), 'registry.manage');

  const tabs = [
    { key: BASE, label: t('registry.tabs.overview') },
    { key: `${BASE}/residents`, label: t('registry.tabs.residents') },
    { key: `${BASE}/special-needs`, label: t('registry.tabs.specialNeeds') },
    { key: `${BASE}/places`, label: t('registry.tabs.places') },
    ...(canImport ? [{ key: `${BASE}/import`, label: t('registry.tabs.import') }] : []),
  ];
  const active = pathname.replace(/\/+$/, '');

  return (
    <Card title={t('modules.registry')} tabList={tabs} activeTabKey={active} onTabChange={(key) => void navigate(key)}>
      <Routes>
        <Route index element={<RegionCountsView />} />
        {/* Keyed, so switching between the two lists starts the other afresh rather than reusing its filters. */}
        <Route path="residents" element={<ResidentBrowser key="all" variant="all" />} />
        <Route path="special-needs" element={<ResidentBrowser key="specialNeeds" variant="specialNeeds" />} />
        <Route path="places" element={<PlaceBrowser />} />
        {canImport && <Route path="import" element={<ImportPage />} />}
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </Card>
  );
}
