import { useTranslation } from 'react-i18next';
import { type PageTab, TabbedPage } from '../../app/components/TabbedPage';
import { ChecksTab } from './checks/ChecksTab';
import { PersonsTab } from './persons/PersonsTab';
import { SitesTab } from './sites/SitesTab';

/** A tab of the quarantine page, labelled from its own folder's translations. */
type QuarantineTab = Omit<PageTab, 'key' | 'label' | 'nested'> & {
  label: 'quarantine.tab' | 'quarantine.personsTab' | 'healthChecks.tab';
};

const TABS: QuarantineTab[] = [
  { path: 'sites', label: 'quarantine.tab', element: <SitesTab /> },
  { path: 'persons', label: 'quarantine.personsTab', element: <PersonsTab /> },
  { path: 'checks', label: 'healthChecks.tab', element: <ChecksTab /> },
];

/** 隔离管控: isolation sites, rooms and persons under quarantine; daily health checks, tests and release. */
export function QuarantinePage() {
  const { t } = useTranslation();
  // The page's own address shows the sites, the first tab.
  return (
    <TabbedPage
      base="/quarantine"
      title={t('modules.quarantine')}
      tabs={TABS.map((tab) => ({ ...tab, key: tab.path, label: t(tab.label), nested: true }))}
    />
  );
}
