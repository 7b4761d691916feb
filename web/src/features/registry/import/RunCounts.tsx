import { Flex, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportRun } from './api';

/** The figures of a run, in the order they are shown. */
export const RUN_COUNTS = ['processedRows', 'inserted', 'updated', 'unchanged', 'rejected'] as const;

/** What a run has done so far: rows read, and how each was taken. */
export function RunCounts({ run }: { run: ImportRun }) {
  const { t } = useTranslation();
  return (
    <Flex wrap gap={24}>
      {RUN_COUNTS.map((count) => (
        <Statistic key={count} title={t(`registry.import.${count}`)} value={run[count]} />
      ))}
    </Flex>
  );
}
