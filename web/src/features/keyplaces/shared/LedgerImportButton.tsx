import { useState } from 'react';
import { Alert, Button, Flex, Modal, Table, Typography } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { FileButton } from '../../../app/components/FileButton';
import { useAction } from '../../../app/hooks/useAction';
import type { LedgerImportResult } from './api';
import { type UnitNamespace, unitKinds } from './kinds';

type Props = {
  ns: UnitNamespace;
  importLedger: (file: File) => Promise<LedgerImportResult>;
  onImported: () => void;
};

/** Import of a kind's ledger: the file is sent as soon as it is chosen; bad rows are listed, translated. */
export function LedgerImportButton({ ns, importLedger, onImported }: Props) {
  const { t } = useTranslation();
  const { run, busy } = useAction();
  const [open, setOpen] = useState(false);
  const [result, setResult] = useState<LedgerImportResult | null>(null);
  const { testId } = unitKinds[ns];
  const upload = (file: File) =>
    void run(async () => {
      const outcome = await importLedger(file);
      setResult(outcome);
      if (outcome.updated > 0) onImported();
    });
  return (
    <>
      <Button icon={<UploadOutlined />} onClick={() => setOpen(true)} data-testid={`${testId}-import`}>
        {t(`${ns}.import`)}
      </Button>
      <Modal
        open={open}
        title={t(`${ns}.import`)}
        onCancel={() => setOpen(false)}
        afterClose={() => setResult(null)}
        footer={<Button onClick={() => setOpen(false)}>{t('common.ok')}</Button>}
        width={640}
      >
        <Flex vertical gap={12}>
          <Typography.Text type="secondary">{t(`${ns}.importHint`)}</Typography.Text>
          <FileButton label={t(`${ns}.chooseFile`)} onFile={upload} busy={busy} testId={`${testId}-upload`} />
          {result && result.rejected.length === 0 && (
            <Alert type="success" showIcon title={t(`${ns}.imported`, result)} />
          )}
          {result && result.rejected.length > 0 && (
            <>
              <Alert type="error" showIcon title={t(`${ns}.importRefused`, { count: result.rejected.length })} />
              <Table
                size="small"
                rowKey={(r) => `${r.row}-${r.field}`}
                pagination={false}
                dataSource={result.rejected}
                columns={[
                  { key: 'row', title: t(`${ns}.row`), dataIndex: 'row' },
                  { key: 'field', title: t(`${ns}.column`), render: (_, r) => t(`${ns}.field.${r.field}`, r.field) },
                  {
                    key: 'reason',
                    title: t(`${ns}.reason`),
                    render: (_, r) => t(`${ns}.importReasons.${r.reason}`, r.reason),
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
