import { useTranslation } from 'react-i18next';
import { type PageTab, TabbedPage } from '../../app/components/TabbedPage';
import { hasPermission } from '../../app/auth/permissions';
import { useAuth } from '../../app/auth/context';
import type { Permission } from '../../app/auth/api';
import { RiskAreasTab } from './areas/RiskAreasTab';
import { PassesTab } from './passes/PassesTab';
import { ProtocolsTab } from './protocols/ProtocolsTab';
import { HealthStatusTab } from './status/HealthStatusTab';

/** A tab of the control page, labelled from its own folder's translations, shown to those who may use it. */
type ControlTab = Omit<PageTab, 'key' | 'label' | 'nested'> & {
  label: 'riskAreas.tab' | 'passes.tab' | 'healthStatus.tab' | 'protocols.tab';
  permission: Permission;
};

const TABS: ControlTab[] = [
  { path: 'areas', label: 'riskAreas.tab', permission: 'riskarea.read', element: <RiskAreasTab /> },
  { path: 'passes', label: 'passes.tab', permission: 'pass.issue', element: <PassesTab /> },
  { path: 'status', label: 'healthStatus.tab', permission: 'healthstatus.read', element: <HealthStatusTab /> },
  { path: 'protocols', label: 'protocols.tab', permission: 'riskarea.read', element: <ProtocolsTab /> },
];

/** 管控措施: risk areas, closed-area passes, health status and the protocols in force, as tabs. */
export function ControlPage() {
  const { t } = useTranslation();
  const { me } = useAuth();
  // The page's own address shows the first tab the user may use.
  const tabs = TABS.filter((tab) => hasPermission(me, tab.permission));
  return (
    <TabbedPage
      base="/control"
      title={t('modules.control')}
      tabs={tabs.map((tab) => ({ ...tab, key: tab.path, label: t(tab.label), nested: true }))}
    />
  );
}
