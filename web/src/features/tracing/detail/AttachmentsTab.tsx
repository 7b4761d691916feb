import { useCallback } from 'react';
import { App, Button, Flex, Table, Typography, Upload } from 'antd';
import type { TableColumnsType } from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../../app/auth/context';
import { hasPermission } from '../../../app/auth/permissions';
import { useAction } from '../../../app/hooks/useAction';
import { useFetch } from '../../../app/hooks/useFetch';
import { formatCount } from '../../registry/formatCount';
import { attachmentUrl, fetchAttachments, uploadAttachment } from '../api';
import type { Attachment } from '../api';
import { formatMinute } from '../time';

const KB = 1024;

/** The case's files (investigation reports, photos of documents): uploaded, listed and downloaded. */
export function AttachmentsTab({ caseId }: { caseId: number }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const canManage = hasPermission(useMe(), 'tracing.manage');
  const load = useCallback((signal: AbortSignal) => fetchAttachments(caseId, signal), [caseId]);
  const { data, loading, reload } = useFetch(load);
  const { run, busy } = useAction();

  const upload = (file: File) =>
    void run(async () => {
      await uploadAttachment(caseId, file);
      void message.success(t('tracing.attachments.uploaded'));
      reload();
    });

  const columns: TableColumnsType<Attachment> = [
    { key: 'filename', title: t('tracing.attachments.filename'), dataIndex: 'filename' },
    {
      key: 'size',
      title: t('tracing.attachments.size'),
      align: 'right',
      render: (_, file) => `${formatCount(Math.max(1, Math.round(file.size / KB)))} KB`,
    },
    { key: 'createdAt', title: t('tracing.attachments.uploadedAt'), render: (_, file) => formatMinute(file.createdAt) },
    {
      key: 'download',
      title: t('common.actions'),
      render: (_, file) => (
        // A plain link: the browser fetches the file with the session cookie and saves it.
        <Button
          type="link"
          size="small"
          icon={<DownloadOutlined />}
          href={attachmentUrl(caseId, file.id)}
          download={file.filename}
          data-testid={`attachment-download-${file.id}`}
        >
          {t('tracing.attachments.download')}
        </Button>
      ),
    },
  ];

  return (
    <Flex vertical gap={8}>
      {canManage && (
        <Flex justify="end">
          <Upload
            showUploadList={false}
            // Sent by the page rather than by antd, through the one API client.
            beforeUpload={(file) => {
              upload(file);
              return false;
            }}
            data-testid="attachment-upload"
          >
            <Button icon={<UploadOutlined />} loading={busy}>
              {t('tracing.attachments.upload')}
            </Button>
          </Upload>
        </Flex>
      )}
      <Table<Attachment>
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={data ?? []}
        columns={columns}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Typography.Text type="secondary">{t('tracing.attachments.empty')}</Typography.Text> }}
        data-testid="attachment-table"
      />
    </Flex>
  );
}
