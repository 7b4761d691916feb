import { useState } from 'react';
import { Alert, Button, Flex, Form, Modal, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { FileButton } from '../../../app/components/FileButton';
import { useAction } from '../../../app/hooks/useAction';
import { RegionTreeSelect } from '../../regions/RegionTreeSelect';
import type { tracingZhCN } from '../i18n/zh-CN';
import { importLedger } from './api';
import type { LedgerImportResult, LedgerKind } from './api';

type Rejection = LedgerImportResult['rejected'][number];
type Outcome = { file: string; result: LedgerImportResult };

function OutcomePanel({ outcome: { file, result } }: { outcome: Outcome }) {
  const { t } = useTranslation();
  // A field or reason this page does not know yet is shown as the server sent it.
  const columns: TableColumnsType<Rejection> = [
    { key: 'row', title: t('tracing.ledger.row'), dataIndex: 'row', align: 'right' },
    {
      key: 'field',
      title: t('tracing.ledger.field'),
      render: (_, { field }) =>
        t(`tracing.ledgerFields.${field as keyof typeof tracingZhCN.ledgerFields}`, { defaultValue: field }),
    },
    {
      key: 'reason',
      title: t('tracing.ledger.reason'),
      render: (_, { reason }) =>
        t(`tracing.ledgerReasons.${reason as keyof typeof tracingZhCN.ledgerReasons}`, { defaultValue: reason }),
    },
  ];
  return (
    <Flex vertical gap={8} data-testid="ledger-outcome">
      <Alert
        type={result.rejected.length > 0 ? 'warning' : 'success'}
        showIcon
        title={file}
        description={t('tracing.ledger.outcome', { ...result, rejected: result.rejected.length })}
      />
      {result.rejected.length > 0 && (
        <Table<Rejection>
          rowKey={(rejection) => `${rejection.row}-${rejection.field}`}
          size="small"
          columns={columns}
          dataSource={result.rejected}
          pagination={result.rejected.length > 10 ? { pageSize: 10 } : false}
        />
      )}
    </Flex>
  );
}

type Props = { kind: LedgerKind; open: boolean; onClose: () => void; onImported: () => void };

/** Uploads a case or contact ledger as soon as it is chosen, then shows what was stored and what was not. */
export function LedgerImportModal({ kind, open, onClose, onImported }: Props) {
  const { t } = useTranslation();
  const { run, busy } = useAction();
  const [regionId, setRegionId] = useState<number | undefined>();
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const upload = (file: File) =>
    void run(async () => {
      const result = await importLedger(kind, file, regionId);
      setOutcome({ file: file.name, result });
      if (result.created > 0) onImported();
    });

  return (
    <Modal
      open={open}
      title={t(kind === 'cases' ? 'tracing.ledger.importCasesTitle' : 'tracing.ledger.importContactsTitle')}
      onCancel={onClose}
      afterClose={() => setOutcome(null)}
      footer={<Button onClick={onClose}>{t('common.ok')}</Button>}
      width={640}
    >
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">
          {t(kind === 'cases' ? 'tracing.ledger.casesHint' : 'tracing.ledger.contactsHint')}
        </Typography.Text>
        <Form layout="vertical" component="div">
          <Form.Item label={t('tracing.ledger.region')} style={{ marginBottom: 0 }}>
            <RegionTreeSelect allowClear value={regionId} onChange={setRegionId} style={{ width: '100%' }} />
          </Form.Item>
        </Form>
        <FileButton label={t('tracing.ledger.chooseFile')} onFile={upload} busy={busy} testId="ledger-upload" />
        {outcome && <OutcomePanel outcome={outcome} />}
      </Flex>
    </Modal>
  );
}
