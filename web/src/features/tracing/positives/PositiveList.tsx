import { useCallback, useState } from 'react';
import { Button, Flex, Select, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useMe } from '../../../app/auth/context';
import { hasPermission } from '../../../app/auth/permissions';
import { useFetch } from '../../../app/hooks/useFetch';
import { orDash } from '../../registry/orDash';
import { fetchPositives } from '../api';
import type { Positive } from '../api';
import { formatMinute } from '../time';
import { OpenCaseModal } from './OpenCaseModal';

const DAY_CHOICES = [3, 7, 14, 30];

/**
 * Persons of positive tubes of mass testing (alone in a tube, or members of a positive pool awaiting their
 * single-tube re-test), each with their case once opened; the tracing group opens one in one action (立案).
 */
export function PositiveList() {
  const { t } = useTranslation();
  const canManage = hasPermission(useMe(), 'tracing.manage');
  const [days, setDays] = useState(7);
  const load = useCallback((signal: AbortSignal) => fetchPositives(days, signal), [days]);
  const { data, loading, reload } = useFetch(load);
  const [chosen, setChosen] = useState<Positive | null>(null);
  const [open, setOpen] = useState(false);

  const caseCell = (positive: Positive) =>
    positive.caseId !== null ? (
      <Link to={`/tracing/cases/${positive.caseId}`} data-testid={`positive-case-${positive.resident.id}`}>
        {t('tracing.positives.viewCase')}
      </Link>
    ) : canManage ? (
      <Button
        type="link"
        size="small"
        onClick={() => {
          setChosen(positive);
          setOpen(true);
        }}
        data-testid={`positive-open-${positive.resident.id}`}
      >
        {t('tracing.positives.open')}
      </Button>
    ) : (
      orDash(null)
    );

  const columns: TableColumnsType<Positive> = [
    { key: 'name', title: t('tracing.positives.name'), render: (_, { resident }) => resident.name },
    { key: 'idNumber', title: t('tracing.positives.idNumber'), render: (_, { resident }) => resident.idNumber },
    { key: 'grid', title: t('tracing.positives.grid'), render: (_, { resident }) => resident.grid.name },
    {
      key: 'kind',
      title: t('tracing.positives.kind'),
      render: (_, { kind }) => (
        <Tag color={kind === 'single_positive' ? 'red' : 'orange'}>{t(`tracing.positives.${kind}`)}</Tag>
      ),
    },
    { key: 'tube', title: t('tracing.positives.tube'), dataIndex: 'tube' },
    { key: 'campaign', title: t('tracing.positives.campaign'), render: (_, { campaign }) => campaign.name },
    { key: 'sampledAt', title: t('tracing.positives.sampledAt'), render: (_, p) => formatMinute(p.sampledAt) },
    { key: 'resultAt', title: t('tracing.positives.resultAt'), render: (_, p) => formatMinute(p.resultAt) },
    { key: 'case', title: t('tracing.positives.case'), fixed: 'right', render: (_, p) => caseCell(p) },
  ];

  return (
    <>
      <Flex justify="end" style={{ marginBottom: 12 }}>
        <Select<number>
          value={days}
          onChange={setDays}
          options={DAY_CHOICES.map((value) => ({ value, label: t('tracing.positives.days', { days: value }) }))}
          style={{ width: 140 }}
          data-testid="positives-days"
        />
      </Flex>
      <Table<Positive>
        rowKey={(positive) => `${positive.tube}-${positive.resident.id}`}
        size="small"
        loading={loading}
        dataSource={data ?? []}
        columns={columns}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Typography.Text type="secondary">{t('tracing.positives.empty')}</Typography.Text> }}
        data-testid="positive-table"
      />
      {chosen && (
        <OpenCaseModal
          open={open}
          positive={chosen}
          onClose={() => setOpen(false)}
          onOpened={() => {
            setOpen(false);
            reload();
          }}
        />
      )}
    </>
  );
}
