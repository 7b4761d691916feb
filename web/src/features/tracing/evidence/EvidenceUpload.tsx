import { useState } from 'react';
import { Card, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { FileButton } from '../../../app/components/FileButton';
import { useMe } from '../../../app/auth/context';
import { hasPermission } from '../../../app/auth/permissions';
import { useAction } from '../../../app/hooks/useAction';
import { importEvidence } from './api';
import type { EvidenceKind, IngestResult } from './api';
import type { tracingEvidenceZhCN } from './i18n/zh-CN';
import { IngestOutcome } from './IngestOutcome';

type Column = { header: string; note: keyof typeof tracingEvidenceZhCN.columns; required: boolean };

// The first header the server accepts for each column (evidence.file.ts); the notes name the others.
const COLUMNS: Record<EvidenceKind, Column[]> = {
  venueScans: [
    { header: '场所编码', note: 'place', required: true },
    { header: '扫码时间', note: 'scannedAt', required: true },
    { header: '身份证号', note: 'idNumber', required: true },
    { header: '姓名', note: 'name', required: false },
    { header: '手机号', note: 'phone', required: false },
  ],
  locations: [
    { header: '手机号', note: 'locationPhone', required: true },
    { header: '基站/网格编码', note: 'cell', required: true },
    { header: '时间', note: 'seenAt', required: true },
  ],
};

function ColumnList({ kind }: { kind: EvidenceKind }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={4}>
      <Typography.Text strong>{t('tracingEvidence.columns.title')}</Typography.Text>
      {COLUMNS[kind].map(({ header, note, required }) => (
        <Typography.Text key={note}>
          <Typography.Text code>{header}</Typography.Text>
          <Tag color={required ? 'blue' : 'default'} style={{ marginInline: 4 }}>
            {t(required ? 'tracingEvidence.columns.required' : 'tracingEvidence.columns.optional')}
          </Tag>
          <Typography.Text type="secondary">{t(`tracingEvidence.columns.${note}`)}</Typography.Text>
        </Typography.Text>
      ))}
    </Flex>
  );
}

/** One kind of evidence: the columns its file takes, the upload (tracing.manage), and what the last file came to. */
export function EvidenceUpload({ kind }: { kind: EvidenceKind }) {
  const { t } = useTranslation();
  const canManage = hasPermission(useMe(), 'tracing.manage');
  const { run, busy } = useAction();
  const [outcome, setOutcome] = useState<{ file: string; result: IngestResult } | null>(null);
  const testId = `evidence-${kind}`;

  const upload = (file: File) =>
    void run(async () => {
      setOutcome({ file: file.name, result: await importEvidence(kind, file) });
    });

  return (
    <Card size="small" title={t(`tracingEvidence.${kind}.title`)} style={{ height: '100%' }} data-testid={testId}>
      <Flex vertical gap={16}>
        <Typography.Text type="secondary">{t(`tracingEvidence.${kind}.hint`)}</Typography.Text>
        <ColumnList kind={kind} />
        {canManage ? (
          <Flex vertical gap={4}>
            <FileButton label={t('tracingEvidence.upload')} onFile={upload} busy={busy} testId={`${testId}-upload`} />
            <Typography.Text type="secondary">{t('tracingEvidence.fileHint')}</Typography.Text>
          </Flex>
        ) : (
          <Typography.Text type="secondary">{t('tracingEvidence.manageOnly')}</Typography.Text>
        )}
        {outcome && <IngestOutcome {...outcome} testId={testId} />}
      </Flex>
    </Card>
  );
}
