import { useCallback, useState } from 'react';
import { App, Button, Collapse, Flex, Input, Popconfirm, Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useAction } from '../../../app/hooks/useAction';
import { useFetch } from '../../../app/hooks/useFetch';
import { formatMinute } from '../../tracing/time';
import { answer, fetchInspection, submitInspection, uploadInspectionPhoto } from './api';
import type { InspectionDetail } from './api';
import { FindingCard } from './FindingCard';
import { HandFindingForm } from './HandFindingForm';
import { ItemCard } from './ItemCard';
import { PhotoButton } from './PhotoButton';
import { PhotoStrip } from './PhotoStrip';

/** The items to answer, photos, notes and hand-added findings of an open inspection, then submission. */
function OpenInspection({ detail, onChange }: { detail: InspectionDetail; onChange: (d: InspectionDetail) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { run, busy } = useAction();
  const [note, setNote] = useState(detail.note ?? '');
  const answers = new Map(detail.answers.map((a) => [a.itemKey, a]));
  const { items } = detail.checklist;
  const send = (itemKey: string, value: boolean | number | string) =>
    void run(async () => onChange(await answer(detail.id, [{ itemKey, value }])));
  return (
    <Flex vertical gap={12}>
      <Progress
        percent={Math.round((100 * answers.size) / items.length)}
        format={() => t('supervision.inspection.progress', { done: answers.size, total: items.length })}
      />
      {items.map((item, index) => (
        <ItemCard
          key={item.key}
          item={item}
          index={index}
          value={answers.get(item.key)?.value}
          passed={answers.get(item.key)?.passed}
          disabled={busy}
          onAnswer={(value) => send(item.key, value)}
        />
      ))}
      <Typography.Title level={5}>{t('supervision.inspection.photos')}</Typography.Title>
      <Flex gap={8} wrap align="center">
        <PhotoStrip photos={detail.photos} />
        <PhotoButton
          label={t('supervision.inspection.takePhoto')}
          upload={(file) => uploadInspectionPhoto(detail.id, file)}
          onUploaded={() => void fetchInspection(detail.id).then(onChange)}
          testId="inspection-photo"
        />
      </Flex>
      <Input.TextArea
        value={note}
        onChange={(e) => setNote(e.target.value)}
        placeholder={t('supervision.inspection.notePlaceholder')}
        autoSize={{ minRows: 2 }}
        maxLength={2000}
        data-testid="inspection-note"
      />
      {detail.findings.map((finding) => (
        <FindingCard
          key={finding.id}
          finding={finding}
          onChanged={() => void fetchInspection(detail.id).then(onChange)}
        />
      ))}
      <Collapse
        items={[
          {
            key: 'finding',
            label: t('supervision.inspection.addFinding'),
            children: <HandFindingForm inspectionId={detail.id} onAdded={onChange} />,
          },
        ]}
      />
      <Popconfirm
        title={t('supervision.inspection.submit')}
        description={t('supervision.inspection.submitConfirm')}
        onConfirm={() =>
          void run(async () => {
            const submitted = await submitInspection(detail.id, note.trim() || undefined);
            void message.success(t('supervision.inspection.submittedDone', { count: submitted.findings.length }));
            onChange(submitted);
          })
        }
      >
        <Button type="primary" size="large" block loading={busy} data-testid="inspection-submit">
          {t('supervision.inspection.submit')}
        </Button>
      </Popconfirm>
    </Flex>
  );
}

/** After submission: the findings, each open one fixable on the spot. */
function SubmittedInspection({
  detail,
  onChange,
}: {
  detail: InspectionDetail;
  onChange: (d: InspectionDetail) => void;
}) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={12} data-testid="inspection-submitted">
      <Typography.Title level={5}>
        {detail.findings.length ? t('supervision.inspection.findings') : t('supervision.inspection.noFindings')}
      </Typography.Title>
      {detail.findings.map((finding) => (
        <FindingCard
          key={finding.id}
          finding={finding}
          onChanged={() => void fetchInspection(detail.id).then(onChange)}
        />
      ))}
      <Link to={`/supervision/inspections/${detail.id}`}>{t('supervision.inspection.viewDetail')}</Link>
    </Flex>
  );
}

/** 现场检查 on a phone: answer the checklist, take photos, note findings, submit; then fix what can be fixed. */
export function InspectionRun() {
  const { t } = useTranslation();
  const inspectionId = Number(useParams().inspectionId);
  const load = useCallback((signal: AbortSignal) => fetchInspection(inspectionId, signal), [inspectionId]);
  const { data } = useFetch(load);
  // Each change answers with the whole inspection: it replaces what was loaded.
  const [latest, setLatest] = useState<InspectionDetail | null>(null);
  const detail = latest?.id === inspectionId ? latest : data;
  if (!detail) return null;
  return (
    <Flex vertical gap={12} style={{ maxWidth: 640, margin: '0 auto' }} data-testid="inspection-run">
      <div>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {detail.target.name}
        </Typography.Title>
        <Typography.Text type="secondary">
          {`${detail.checklist.name} · ${t('supervision.inspection.version', { version: detail.checklist.version })} · ${formatMinute(detail.checkedInAt)}`}
        </Typography.Text>
      </div>
      {detail.submittedAt ? (
        <SubmittedInspection detail={detail} onChange={setLatest} />
      ) : (
        <OpenInspection detail={detail} onChange={setLatest} />
      )}
    </Flex>
  );
}
