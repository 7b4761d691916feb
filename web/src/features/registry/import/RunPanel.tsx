import { Alert, Card, Flex, Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatCount } from '../formatCount';
import type { ImportRun } from './api';
import { ReportLink } from './ReportLink';
import { RunCounts } from './RunCounts';
import { RunStatusTag } from '../RunStatusTag';
import { isActive } from '../useWatchedRun';

function useDuration(): (seconds: number) => string {
  const { t } = useTranslation();
  return (seconds) => {
    const total = Math.ceil(seconds);
    const m = Math.floor(total / 60);
    const s = total % 60;
    return m > 0 ? t('registry.import.minutes', { m, s }) : t('registry.import.seconds', { s });
  };
}

function RunProgress({ run }: { run: ImportRun }) {
  const { t } = useTranslation();
  const duration = useDuration();
  return (
    <Card
      type="inner"
      size="small"
      title={run.fileName}
      extra={<RunStatusTag status={run.status} />}
      data-testid="import-progress"
    >
      <Progress percent={Math.floor(run.fraction * 100)} status={run.status === 'running' ? 'active' : 'normal'} />
      <Flex wrap gap={16} style={{ marginBottom: 16 }}>
        {run.status === 'running' && (
          <Typography.Text>
            {t('registry.import.rowsPerSecond', { rate: formatCount(Math.round(run.rowsPerSecond)) })}
          </Typography.Text>
        )}
        {run.secondsLeft !== null && (
          <Typography.Text>{t('registry.import.timeLeft', { time: duration(run.secondsLeft) })}</Typography.Text>
        )}
      </Flex>
      <RunCounts run={run} />
    </Card>
  );
}

function RunResult({ run }: { run: ImportRun }) {
  const { t } = useTranslation();
  const done = run.status === 'done';
  return (
    <Alert
      type={!done ? 'error' : run.rejected > 0 ? 'warning' : 'success'}
      showIcon
      title={t(done ? 'registry.import.done' : 'registry.import.failed', { fileName: run.fileName })}
      description={
        <Flex vertical gap={8}>
          {run.error && <Typography.Text>{run.error}</Typography.Text>}
          <RunCounts run={run} />
          <ReportLink run={run} />
        </Flex>
      }
      data-testid="import-result"
    />
  );
}

/** The run just started (or picked from the list): live progress, then what came of it. */
export function RunPanel({ run }: { run: ImportRun }) {
  return isActive(run.status) ? <RunProgress run={run} /> : <RunResult run={run} />;
}
