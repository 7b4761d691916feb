import { useTranslation } from 'react-i18next';
import { Route } from 'react-router-dom';
import { type PageTab, TabbedPage } from '../../app/components/TabbedPage';
import { CaseList } from './cases/CaseList';
import { ClustersTab } from './clusters/ClustersTab';
import { ContactList } from './contacts/ContactList';
import { CaseDetail } from './detail/CaseDetail';
import { EvidenceTab } from './evidence/EvidenceTab';
import { Golden24View } from './golden24/Golden24View';
import type { tracingZhCN } from './i18n/zh-CN';
import { PositiveList } from './positives/PositiveList';
import { RulesView } from './rules/RulesView';

/** A tab of the tracing page: its path under /tracing ('' for the first), its label, and what it shows. */
type TracingTab = Omit<PageTab, 'key' | 'label'> &
  (
    | { key: keyof typeof tracingZhCN.tabs }
    // A tab built in a folder of its own is labelled from that folder's translations.
    | { key: 'clusters' | 'evidence'; label: 'tracingClusters.tab' | 'tracingEvidence.tab' }
  );

// In tab order; a new view of the module is one more entry (and its label under tracing.tabs).
const TABS: TracingTab[] = [
  { key: 'cases', path: '', element: <CaseList /> },
  { key: 'positives', path: 'positives', element: <PositiveList /> },
  { key: 'golden24', path: 'golden24', element: <Golden24View /> },
  { key: 'contacts', path: 'contacts', element: <ContactList /> },
  { key: 'clusters', label: 'tracingClusters.tab', path: 'clusters', element: <ClustersTab /> },
  { key: 'evidence', label: 'tracingEvidence.tab', path: 'evidence', element: <EvidenceTab /> },
  { key: 'rules', path: 'rules', element: <RulesView /> },
];

/**
 * 流调溯源: cases (with their own pages under cases/:caseId), positives of mass testing awaiting a case,
 * the golden 24 hours, contacts, clusters, evidence data and the tracing rules, as tabs. Every write is
 * offered to tracing.manage only.
 */
export function TracingPage() {
  const { t } = useTranslation();
  // A case's page belongs under the cases tab, the first.
  return (
    <TabbedPage
      base="/tracing"
      title={t('modules.tracing')}
      tabs={TABS.map((tab) => ({ ...tab, label: 'label' in tab ? t(tab.label) : t(`tracing.tabs.${tab.key}`) }))}
    >
      <Route path="cases/:caseId" element={<CaseDetail />} />
    </TabbedPage>
  );
}
