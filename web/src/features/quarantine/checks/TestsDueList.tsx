import { useCallback } from 'react';
import { Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../app/format';
import { useFetch } from '../../../app/hooks/useFetch';
import { BasisText } from '../sites/BasisText';
import { fetchTestsDue, type SiteDay, type TestDue } from './api';

/** A test's state: its result, a sample awaiting one, or not sampled yet. */
function TestState({ test }: { test: TestDue }) {
  const { t } = useTranslation();
  if (test.result) {
    return (
      <Tag color={test.result === 'positive' ? 'red' : 'green'}>{t(`healthChecks.tests.result.${test.result}`)}</Tag>
    );
  }
  if (test.sampledAt) {
    return (
      <Tag color="blue">{`${t('healthChecks.tests.result.pending')} ${formatDateTime(test.sampledAt).slice(11, 16)}`}</Tag>
    );
  }
  return <Tag color="orange">{t('healthChecks.tests.result.notSampled')}</Tag>;
}

/** Tests due on the day by each person's protocol, with whether they are sampled and what came back. */
export function TestsDueList({ where }: { where: SiteDay }) {
  const { t } = useTranslation();
  const load = useCallback((signal: AbortSignal) => fetchTestsDue(where, signal), [where]);
  const tests = useFetch(load);
  const columns: ColumnsType<TestDue> = [
    { title: t('healthChecks.tests.name'), dataIndex: 'name' },
    {
      title: t('healthChecks.tests.place'),
      key: 'place',
      render: (_, d) => (d.site ? `${d.site.name} ${d.room ?? ''}` : t('healthChecks.missed.home')),
    },
    {
      title: t('healthChecks.tests.test'),
      key: 'day',
      render: (_, d) => t('healthChecks.tests.day', { stage: t(`healthChecks.tests.stage.${d.stage}`), day: d.day }),
    },
    { title: t('healthChecks.tests.state'), key: 'state', render: (_, d) => <TestState test={d} /> },
    { title: t('healthChecks.tests.basis'), key: 'basis', render: (_, d) => <BasisText basis={d.basis} /> },
  ];
  return (
    <Table<TestDue>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={tests.data ?? []}
      loading={tests.loading}
      pagination={{ pageSize: 50, hideOnSinglePage: true }}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('healthChecks.tests.empty') }}
      data-testid="tests-due-table"
    />
  );
}
