import { useTranslation } from 'react-i18next';
import { Route } from 'react-router-dom';
import { type PageTab, TabbedPage } from '../../app/components/TabbedPage';
import { AdmissionsTab } from './admissions/AdmissionsTab';
import { AdmissionView } from './detail/AdmissionView';
import { HospitalsTab } from './hospitals/HospitalsTab';
import type { treatmentZhCN } from './i18n/zh-CN';
import { RatesTab } from './rates/RatesTab';

type TreatmentTab = Omit<PageTab, 'label'> & { key: keyof typeof treatmentZhCN.tabs };

// In tab order; the first is the page's own address.
const TABS: TreatmentTab[] = [
  { key: 'admissions', path: '', element: <AdmissionsTab /> },
  { key: 'hospitals', path: 'hospitals', element: <HospitalsTab /> },
  { key: 'rates', path: 'rates', element: <RatesTab /> },
];

/**
 * 医疗救治: patients admitted to designated hospitals (each with its own page under admissions/:id), the
 * hospitals with their beds by level, and the four rates. Writes are offered to treatment.manage only.
 */
export function TreatmentPage() {
  const { t } = useTranslation();
  // A patient's page belongs under the admissions tab, the first.
  return (
    <TabbedPage
      base="/treatment"
      title={t('modules.treatment')}
      tabs={TABS.map((tab) => ({ ...tab, label: t(`treatment.tabs.${tab.key}`) }))}
    >
      <Route path="admissions/:admissionId" element={<AdmissionView />} />
    </TabbedPage>
  );
}
