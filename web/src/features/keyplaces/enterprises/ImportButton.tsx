import { useState } from 'react';
import { Alert, Button, Flex, Modal, Table, Typography } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { FileButton } from '../../../app/components/FileButton';
import { useAction } from '../../../app/hooks/useAction';
import { importEnterprises } from './api';
import type { LedgerImportResult } from './api';

/** Import of an enterprise ledger: the file is sent as soon as it is chosen; bad rows are listed. */
export function ImportButton({ onImported }: { onImported: () => void }) {
  const { t } = useTranslation();
  const { run, busy } = useAction();
  const [open, setOpen] = useState(false);
  const [result, setResult] = useState<LedgerImportResult | null>(null);
  const upload = (file: File) =>
    void run(async () => {
      const outcome = await importEnterprises(file);
      setResult(outcome);
      if (outcome.updated > 0) onImported();
    });
  return (
    <>
      <Button icon={<UploadOutlined />} onClick={() => setOpen(true)} data-testid="enterprise-import">
        {t('enterprises.import')}
      </Button>
      <Modal
        open={open}
        title={t('enterprises.import')}
        onCancel={() => setOpen(false)}
        afterClose={() => setResult(null)}
        footer={<Button onClick={() => setOpen(false)}>{t('common.ok')}</Button>}
        width={640}
      >
        <Flex vertical gap={12}>
          <Typography.Text type="secondary">{t('enterprises.importHint')}</Typography.Text>
          <FileButton label={t('enterprises.chooseFile')} onFile={upload} busy={busy} testId="enterprise-upload" />
          {result && result.rejected.length === 0 && (
            <Alert type="success" showIcon title={t('enterprises.imported', result)} />
          )}
          {result && result.rejected.length > 0 && (
            <>
              <Alert type="error" showIcon title={t('enterprises.importRefused', { count: result.rejected.length })} />
              <Table
                size="small"
                rowKey={(r) => `${r.row}-${r.field}`}
                pagination={false}
                dataSource={result.rejected}
                columns={[
                  { key: 'row', title: t('enterprises.row'), dataIndex: 'row' },
                  {
                    key: 'field',
                    title: t('enterprises.column'),
                    render: (_, r) => t(`enterprises.field.${r.field}`, r.field),
                  },
                  {
                    key: 'reason',
                    title: t('enterprises.reason'),
                    render: (_, r) => t(`enterprises.importReasons.${r.reason}`, r.reason),
                  },
                ]}
              />
            </>
          )}
        </Flex>
      </Modal>
    </>
  );
}
