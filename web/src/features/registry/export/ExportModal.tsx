import { Alert, Button, Flex, Modal, Progress, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { formatCount } from '../formatCount';
import { RunStatusTag } from '../RunStatusTag';
import { isActive } from '../useWatchedRun';
import type { ExportRun } from './api';

function ExportProgress({ run }: { run: ExportRun }) {
  const { t } = useTranslation();
  const written = formatCount(run.writtenRows);
  return (
    <Flex vertical gap={8} data-testid="export-progress">
      <RunStatusTag status={run.status} />
      <Progress percent={Math.floor(run.fraction * 100)} status={run.status === 'running' ? 'active' : 'normal'} />
      <Typography.Text type="secondary">
        {run.totalRows === null
          ? t('registry.export.written', { written })
          : t('registry.export.writtenOf', { written, total: formatCount(run.totalRows) })}
      </Typography.Text>
    </Flex>
  );
}

function ExportResult({ run }: { run: ExportRun }) {
  const { t } = useTranslation();
  if (run.status === 'failed') {
    return <Alert type="error" showIcon title={t('registry.export.failed')} description={run.error} />;
  }
  return (
    <Alert
      type="success"
      showIcon
      title={t('registry.export.done', { rows: formatCount(run.writtenRows) })}
      description={
        run.downloadUrl && (
          // A plain link: the browser fetches the .xlsx with the session cookie and saves it.
          <a href={run.downloadUrl} download data-testid="export-download">
            <DownloadOutlined /> {t('registry.export.download')}
          </a>
        )
      }
    />
  );
}

type Props = { open: boolean; run: ExportRun | null; onClose: () => void };

/** The export just started: its progress, then the file to download or why there is none. */
export function ExportModal({ open, run, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal
      open={open}
      title={t('registry.export.title')}
      onCancel={onClose}
      footer={<Button onClick={onClose}>{t('registry.export.close')}</Button>}
    >
      {run && (
        <Flex vertical gap={8}>
          {isActive(run.status) ? <ExportProgress run={run} /> : <ExportResult run={run} />}
          {run.unmasked && <Typography.Text type="warning">{t('registry.export.unmaskedNote')}</Typography.Text>}
        </Flex>
      )}
    </Modal>
  );
}
