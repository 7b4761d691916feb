import { useState } from 'react';
import { Alert, Flex, Statistic, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { FileButton } from '../../../app/components/FileButton';
import { useAction } from '../../../app/hooks/useAction';
import { formatCount } from '../../registry/formatCount';
import { uploadResults } from '../api';
import type { ResultBatchResult } from '../api';
import type { testingZhCN } from '../i18n/zh-CN';

type Rejection = ResultBatchResult['rejected'][number];
type KnownReason = keyof typeof testingZhCN.rejections;
type Outcome = { file: string; result: ResultBatchResult };

type Figure = 'recorded' | 'unchanged' | 'rejectedCount' | 'positivePools' | 'resampleTasks';

function OutcomePanel({ outcome: { file, result } }: { outcome: Outcome }) {
  const { t } = useTranslation();
  const columns: TableColumnsType<Rejection> = [
    { key: 'row', title: t('testing.lab.row'), dataIndex: 'row', align: 'right' },
    { key: 'tube', title: t('testing.lab.tube'), dataIndex: 'tube' },
    {
      key: 'reason',
      title: t('testing.lab.reason'),
      // A reason this page does not know yet is shown as the server sent it.
      render: (_, rejection) =>
        t(`testing.rejections.${rejection.reason as KnownReason}`, { defaultValue: rejection.reason }),
    },
  ];
  const figures: [Figure, number][] = [
    ['recorded', result.recorded],
    ['unchanged', result.unchanged],
    ['rejectedCount', result.rejected.length],
    ['positivePools', result.positivePools],
    ['resampleTasks', result.resampleTasks],
  ];
  return (
    <Flex vertical gap={12} data-testid="results-outcome">
      <Alert
        type={result.rejected.length > 0 ? 'warning' : 'success'}
        showIcon
        title={t('testing.lab.outcome', { file })}
      />
      <Flex wrap gap={32}>
        {figures.map(([key, value]) => (
          <Statistic
            key={key}
            title={t(`testing.lab.${key}`)}
            value={formatCount(value)}
            styles={{
              content: { color: key === 'resampleTasks' && value > 0 ? '#cf1322' : undefined },
            }}
            data-testid={`results-${key}`}
          />
        ))}
      </Flex>
      {result.rejected.length > 0 && (
        <>
          <Typography.Text strong>{t('testing.lab.rejected')}</Typography.Text>
          <Table<Rejection>
            rowKey="row"
            size="small"
            columns={columns}
            dataSource={result.rejected}
            pagination={result.rejected.length > 20 ? { pageSize: 20 } : false}
            data-testid="results-rejected"
          />
        </>
      )}
    </Flex>
  );
}

/** Uploads a lab's result file as soon as it is chosen, then shows what was recorded and what was not. */
export function ResultUpload() {
  const { t } = useTranslation();
  const { run, busy } = useAction();
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const upload = (file: File) =>
    void run(async () => {
      setOutcome({ file: file.name, result: await uploadResults(file) });
    });

  return (
    <Flex vertical gap={16}>
      <Flex vertical gap={4}>
        <FileButton label={t('testing.lab.upload')} onFile={upload} busy={busy} testId="results-upload" />
        <Typography.Text type="secondary">{t('testing.lab.uploadHint')}</Typography.Text>
      </Flex>
      {outcome && <OutcomePanel outcome={outcome} />}
    </Flex>
  );
}
