import type { ReactNode } from 'react';
import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { Route, Routes, useLocation, useNavigate } from 'react-router-dom';
import { NotFoundPage } from '../../app/pages/NotFoundPage';
import { hasPermission } from '../../app/auth/permissions';
import { useAuth } from '../../app/auth/context';
import type { Permission } from '../../app/auth/api';
import { RiskAreasTab } from './areas/RiskAreasTab';
import { PassesTab } from './passes/PassesTab';
import { ProtocolsTab } from './protocols/ProtocolsTab';
import { HealthStatusTab } from './status/HealthStatusTab';

const BASE = '/control';

/** A tab of the control page, labelled from its own folder's translations, shown to those who may use it. */
type ControlTab = {
  path: string;
  label: 'riskAreas.tab' | 'passes.tab' | 'healthStatus.tab' | 'protocols.tab';
  permission: Permission;
  element: ReactNode;
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
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const tabs = TABS.filter((tab) => hasPermission(me, tab.permission));
  const active = tabs.find((tab) => pathname.startsWith(`${BASE}/${tab.path}`)) ?? tabs[0];

  return (
    <Card
      title={t('modules.control')}
      tabList={tabs.map((tab) => ({ key: `${BASE}/${tab.path}`, label: t(tab.label) }))}
      activeTabKey={active ? `${BASE}/${active.path}` : BASE}
      onTabChange={(key) => void navigate(key)}
    >
      <Routes>
        {active && <Route index element={active.element} />}
        {tabs.map((tab) => (
          <Route key={tab.path} path={`${tab.path}/*`} element={tab.element} />
        ))}
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </Card>
  );
}
