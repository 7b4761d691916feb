import { useState } from 'react';
import { Card, Flex, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { usePagedQuery } from '../../../app/hooks/usePagedQuery';
import { fetchImportRun, fetchImportRuns } from './api';
import type { ImportRun } from './api';
import { MappingForm } from './MappingForm';
import { RunPanel } from './RunPanel';
import { SourceForm } from './SourceForm';
import type { SourceChoice } from './SourceForm';
import { usePreview } from './usePreview';
import { useRunColumns } from './useRunColumns';
import { useWatchedRun } from '../useWatchedRun';

const NO_FILTERS = {};

/** Ledger import: choose a file, map its columns, start, watch the run; recent runs below. */
export function ImportPage() {
  const { t } = useTranslation();
  const [choice, setChoice] = useState<SourceChoice>({ kind: 'residents', encoding: 'auto', file: null });
  const { preview, reading } = usePreview(choice);
  const runs = usePagedQuery(fetchImportRuns, NO_FILTERS);
  const { run, watch } = useWatchedRun(fetchImportRun, runs.reload);
  const columns = useRunColumns(watch);

  const started = (next: ImportRun) => {
    watch(next);
    runs.reload();
    // The upload now belongs to the run; another import starts from another file.
    setChoice({ ...choice, file: null });
  };

  return (
    <Flex vertical gap={16}>
      <Card type="inner" size="small" title={t('registry.import.source')}>
        <SourceForm value={choice} onChange={setChoice} reading={reading} />
        {preview && <MappingForm key={preview.uploadId} kind={choice.kind} preview={preview} onStarted={started} />}
      </Card>
      {run && <RunPanel run={run} />}
      <Card type="inner" size="small" title={t('registry.import.recent')}>
        <Table<ImportRun>
          {...runs.tableProps}
          rowKey="id"
          size="small"
          columns={columns}
          scroll={{ x: 'max-content' }}
        />
      </Card>
    </Flex>
  );
}
