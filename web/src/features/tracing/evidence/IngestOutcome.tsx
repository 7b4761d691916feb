import { Alert, Flex, Statistic, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatCount } from '../../registry/formatCount';
import type { EvidenceRejection, IngestResult } from './api';

type Figure = 'stored' | 'duplicate' | 'rejectedCount';

type Props = { file: string; result: IngestResult; testId: string };

/** What an imported file came to: rows stored, rows already there, and each row refused with its column and why. */
export function IngestOutcome({ file, result, testId }: Props) {
  const { t } = useTranslation();
  const columns: TableColumnsType<EvidenceRejection> = [
    { key: 'row', title: t('tracingEvidence.row'), dataIndex: 'row', align: 'right' },
    { key: 'field', title: t('tracingEvidence.field'), render: (_, { field }) => t(`tracingEvidence.fields.${field}`) },
    {
      key: 'reason',
      title: t('tracingEvidence.reason'),
      render: (_, { reason }) => t(`tracingEvidence.reasons.${reason}`),
    },
  ];
  const figures: [Figure, number][] = [
    ['stored', result.stored],
    ['duplicate', result.duplicate],
    ['rejectedCount', result.rejected.length],
  ];
  return (
    <Flex vertical gap={12} data-testid={`${testId}-outcome`}>
      <Alert
        type={result.rejected.length > 0 ? 'warning' : 'success'}
        showIcon
        title={t('tracingEvidence.outcome', { file })}
      />
      <Flex wrap gap={32}>
        {figures.map(([key, value]) => (
          <Statistic
            key={key}
            title={t(`tracingEvidence.${key}`)}
            value={formatCount(value)}
            data-testid={`${testId}-${key}`}
          />
        ))}
      </Flex>
      {result.rejected.length > 0 && (
        <>
          <Typography.Text strong>{t('tracingEvidence.rejected')}</Typography.Text>
          <Table<EvidenceRejection>
            rowKey={(rejection) => `${rejection.row}-${rejection.field}`}
            size="small"
            columns={columns}
            dataSource={result.rejected}
            pagination={result.rejected.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
            data-testid={`${testId}-rejected`}
          />
        </>
      )}
    </Flex>
  );
}
