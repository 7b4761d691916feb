import { useCallback, useState } from 'react';
import { Flex, Skeleton, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { useFetch } from '../../../app/hooks/useFetch';
import { RecordNotFound } from '../../../app/pages/NotFoundPage';
import { fetchCase } from '../api';
import type { CaseDetail as Detail } from '../api';
import { SourceContacts } from '../contacts/SourceContacts';
import { HistoryList } from '../HistoryList';
import { SuggestionsTab } from '../suggestions/SuggestionsTab';
import { ClassificationTag } from '../vocabulary';
import { AttachmentsTab } from './AttachmentsTab';
import { CaseHeader } from './CaseHeader';
import { Milestones } from './Milestones';
import { TimerClocks } from './TimerClocks';
import { TrajectoryTab } from './TrajectoryTab';

const NotFound = () => <RecordNotFound backTo="/tracing" backLabel="tracing.case.back" />;

const Section = ({ title }: { title: string }) => (
  <Typography.Title level={5} style={{ margin: 0 }}>
    {title}
  </Typography.Title>
);

function CaseView({ caseId }: { caseId: number }) {
  const { t } = useTranslation();
  const load = useCallback((signal: AbortSignal) => fetchCase(caseId, signal), [caseId]);
  const { data, error, reload } = useFetch(load);
  // A change answers with the new record: shown as is until the next read, rather than read (and audited) again.
  const [saved, setSaved] = useState<{ detail: Detail; over: Detail | undefined } | null>(null);
  const detail = saved && saved.over === data ? saved.detail : data;
  const changed = (next: Detail) => setSaved({ detail: next, over: data });

  if (error && !detail) return <NotFound />;
  if (!detail) return <Skeleton active />;
  const { counts } = detail;
  return (
    <Flex vertical gap={16}>
      <CaseHeader detail={detail} onChanged={changed} />
      <Section title={t('tracing.detail.clocks')} />
      <TimerClocks timers={detail.timers} />
      <Section title={t('tracing.detail.milestones')} />
      <Milestones detail={detail} onRecorded={changed} />
      <Typography.Text type="secondary" data-testid="case-counts">
        {t('tracing.detail.counts', counts)}
      </Typography.Text>
      <Section title={t('tracing.detail.history', { count: detail.history.length })} />
      <HistoryList
        testId="classification-history"
        entries={detail.history.map((entry, index) => ({
          key: `${entry.at}-${index}`,
          at: entry.at,
          tag: <ClassificationTag classification={entry.classification} />,
          by: entry.by,
          // The first classification is the opening of the case; each later one has its reason.
          note: index === 0 ? t('tracing.detail.historyFirst') : entry.reason,
        }))}
      />
      <Tabs
        // Each visit to a tab reads it afresh: a change in one (a confirmed suggestion) shows in the others.
        destroyOnHidden
        items={[
          { key: 'trajectory', label: t('tracing.caseTabs.trajectory'), children: <TrajectoryTab caseId={caseId} /> },
          {
            key: 'contacts',
            label: t('tracing.caseTabs.contacts', { count: counts.contacts }),
            children: <SourceContacts source={{ sourceCaseId: caseId }} onChanged={reload} />,
          },
          {
            key: 'suggestions',
            label: t('tracing.caseTabs.suggestions', { count: counts.openSuggestions }),
            children: <SuggestionsTab caseId={caseId} onChanged={reload} />,
          },
          {
            key: 'attachments',
            label: t('tracing.caseTabs.attachments'),
            children: <AttachmentsTab caseId={caseId} />,
          },
        ]}
      />
    </Flex>
  );
}

/** One case: who and how found, its clocks and milestones, classification history, and its investigation as tabs. */
export function CaseDetail() {
  const caseId = Number(useParams().caseId);
  // Keyed, so another case starts afresh (tabs, dialogs) rather than showing this one's state.
  return Number.isInteger(caseId) && caseId > 0 ? <CaseView key={caseId} caseId={caseId} /> : <NotFound />;
}
