import { useCallback, useState } from 'react';
import { Alert, Button, Card, Descriptions, Flex, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { ApiError } from '../../../app/api/client';
import { useMe } from '../../../app/auth/context';
import { hasPermission } from '../../../app/auth/permissions';
import { useFetch } from '../../../app/hooks/useFetch';
import { RecordNotFound } from '../../../app/pages/NotFoundPage';
import { formatMinute } from '../../tracing/time';
import { ClassificationTag } from '../../tracing/vocabulary';
import { fetchAdmission } from '../api';
import type { AdmissionDetail } from '../api';
import { OutcomeTag, SeverityTag } from '../vocabulary';
import { DischargeModal } from './DischargeModal';
import { PlanCard } from './PlanCard';
import { SeverityModal } from './SeverityModal';
import { SeverityTimeline } from './SeverityTimeline';

const dash = (value: string | null) => value ?? '—';

function Facts({ admission }: { admission: AdmissionDetail }) {
  const { t } = useTranslation();
  const { patient } = admission;
  const items = [
    { key: 'code', label: t('treatment.admission.caseCode'), children: admission.case.code },
    { key: 'idNumber', label: t('treatment.admission.idNumber'), children: admission.case.idNumber },
    { key: 'phone', label: t('treatment.detail.phone'), children: dash(patient.phone) },
    { key: 'region', label: t('treatment.detail.region'), children: dash(patient.region?.name ?? null) },
    { key: 'foundAt', label: t('treatment.detail.foundAt'), children: formatMinute(patient.foundAt) },
    {
      key: 'treatedAt',
      label: t('treatment.detail.treatedAt'),
      children: patient.treatedAt ? formatMinute(patient.treatedAt) : '—',
    },
    {
      key: 'bedLevel',
      label: t('treatment.admission.bedLevel'),
      children: t(`treatment.bedLevels.${admission.bedLevel}`),
    },
    { key: 'admittedAt', label: t('treatment.admission.admittedAt'), children: formatMinute(admission.admittedAt) },
    { key: 'admittedBy', label: t('treatment.detail.admittedBy'), children: dash(admission.admittedBy) },
    ...(admission.outcome
      ? [
          {
            key: 'dischargedAt',
            label: t('treatment.admission.dischargedAt'),
            children: admission.dischargedAt ? formatMinute(admission.dischargedAt) : '—',
          },
          { key: 'dischargeNote', label: t('treatment.detail.dischargeNote'), children: dash(admission.dischargeNote) },
          { key: 'dischargedBy', label: t('treatment.detail.dischargedBy'), children: dash(admission.dischargedBy) },
        ]
      : []),
  ];
  return <Descriptions size="small" bordered column={{ xs: 1, sm: 2, lg: 3 }} items={items} />;
}

function Admission({ admissionId }: { admissionId: number }) {
  const { t } = useTranslation();
  const canManage = hasPermission(useMe(), 'treatment.manage');
  const load = useCallback((signal: AbortSignal) => fetchAdmission(admissionId, signal), [admissionId]);
  const { data, error, reload } = useFetch(load);
  const [dialog, setDialog] = useState<'severity' | 'discharge' | null>(null);
  if (error instanceof ApiError && error.status === 404) return <NotFound />;
  if (!data) return <Skeleton active />;
  const active = data.outcome === null;
  const changed = () => {
    setDialog(null);
    reload();
  };

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Flex gap={8} align="center" wrap>
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="admission-title">
            {t('treatment.detail.title', { name: data.case.name, hospital: data.hospital.name })}
          </Typography.Title>
          <ClassificationTag classification={data.case.classification} />
          <SeverityTag severity={data.severity} />
          <span data-testid="admission-outcome">
            <OutcomeTag outcome={data.outcome} />
          </span>
        </Flex>
        {canManage && active && (
          <Flex gap={8} wrap>
            <Button onClick={() => setDialog('severity')} data-testid="severity-open">
              {t('treatment.detail.recordSeverity')}
            </Button>
            <Button danger onClick={() => setDialog('discharge')} data-testid="discharge-open">
              {t('treatment.detail.discharge')}
            </Button>
          </Flex>
        )}
      </Flex>
      {!active && <Alert type="info" showIcon title={t('treatment.detail.ended')} />}
      {data.transferId !== null && (
        <Typography.Text type="secondary">{t('treatment.detail.fromTransfer')}</Typography.Text>
      )}
      <Facts admission={data} />
      <Card size="small" title={t('treatment.detail.severityTimeline')}>
        <SeverityTimeline entries={data.severities} />
      </Card>
      <PlanCard admission={data} editable={canManage && active} onSaved={reload} />
      <SeverityModal open={dialog === 'severity'} admission={data} onClose={() => setDialog(null)} onSaved={changed} />
      <DischargeModal
        open={dialog === 'discharge'}
        admission={data}
        onClose={() => setDialog(null)}
        onSaved={changed}
      />
    </Flex>
  );
}

const NotFound = () => <RecordNotFound backTo="/treatment" backLabel="treatment.admission.back" />;

/** A patient's page: the admission, severity over time, the plan's versions, and discharge. */
export function AdmissionView() {
  const admissionId = Number(useParams().admissionId);
  if (!Number.isInteger(admissionId) || admissionId < 1) return <NotFound />;
  // Keyed, so another patient's page starts afresh.
  return <Admission key={admissionId} admissionId={admissionId} />;
}
