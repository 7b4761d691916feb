import type { ReactNode } from 'react';
import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { Route, Routes, useLocation, useNavigate } from 'react-router-dom';
import { NotFoundPage } from '../../app/pages/NotFoundPage';
import { AdmissionsTab } from './admissions/AdmissionsTab';
import { AdmissionView } from './detail/AdmissionView';
import { HospitalsTab } from './hospitals/HospitalsTab';
import type { treatmentZhCN } from './i18n/zh-CN';
import { RatesTab } from './rates/RatesTab';

const BASE = '/treatment';

type TreatmentTab = { key: keyof typeof treatmentZhCN.tabs; path: string; element: ReactNode };

// In tab order; the first is the page's own address.
const TABS: TreatmentTab[] = [
  { key: 'admissions', path: '', element: <AdmissionsTab /> },
  { key: 'hospitals', path: 'hospitals', element: <HospitalsTab /> },
  { key: 'rates', path: 'rates', element: <RatesTab /> },
];

const fullPath = (tab: TreatmentTab) => (tab.path ? `${BASE}/${tab.path}` : BASE);

/**
 * 医疗救治: patients admitted to designated hospitals (each with its own page under admissions/:id), the
 * hospitals with their beds by level, and the four rates. Writes are offered to treatment.manage only.
 */
export function TreatmentPage() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  // A patient's page belongs under the admissions tab.
  const active = TABS.find((tab) => tab.path && pathname.startsWith(fullPath(tab))) ?? TABS[0];

  return (
    <Card
      title={t('modules.treatment')}
      tabList={TABS.map((tab) => ({ key: fullPath(tab), label: t(`treatment.tabs.${tab.key}`) }))}
      activeTabKey={active ? fullPath(active) : BASE}
      onTabChange={(key) => void navigate(key)}
    >
      <Routes>
        {TABS.map((tab) =>
          tab.path ? (
            <Route key={tab.key} path={tab.path} element={tab.element} />
          ) : (
            <Route key={tab.key} index element={tab.element} />
          ),
        )}
        <Route path="admissions/:admissionId" element={<AdmissionView />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </Card>
  );
}
