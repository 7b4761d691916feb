import { Button, Flex } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../app/format';
import type { ImportRun } from './api';
import { ReportLink } from './ReportLink';
import { RUN_COUNTS } from './RunCounts';
import { RunStatusTag } from '../RunStatusTag';

export function useRunColumns(onView: (run: ImportRun) => void): TableColumnsType<ImportRun> {
  const { t } = useTranslation();
  return [
    {
      key: 'startedAt',
      title: t('registry.import.startedAt'),
      width: 170,
      render: (_, run) => formatDateTime(run.startedAt),
    },
    { key: 'kind', title: t('registry.import.kind'), render: (_, run) => t(`registry.kinds.${run.kind}`) },
    { key: 'fileName', title: t('registry.import.fileName'), dataIndex: 'fileName' },
    { key: 'status', title: t('registry.import.status'), render: (_, run) => <RunStatusTag status={run.status} /> },
    ...RUN_COUNTS.map((key) => ({ key, title: t(`registry.import.${key}`), dataIndex: key, align: 'right' as const })),
    {
      key: 'actions',
      title: t('common.actions'),
      render: (_, run) => (
        <Flex wrap gap={8} align="center">
          <Button type="link" size="small" onClick={() => onView(run)}>
            {t('registry.import.view')}
          </Button>
          <ReportLink run={run} />
        </Flex>
      ),
    },
  ];
}
