import { Alert, Button, DatePicker, Drawer, Form, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useAction } from '../../../app/hooks/useAction';
import { useFetch } from '../../../app/hooks/useFetch';
import { MINUTE_PICKER, optionalInstant } from '../../tracing/time';
import { admit, bedLevels, fetchHospitalsPage } from '../api';
import type { AdmissionDetail, BedLevel, Hospital, PendingTransfer, Severity } from '../api';
import { useTreatmentOptions } from '../vocabulary';
import { CaseSelect } from './CaseSelect';

type Values = { caseId: number; hospitalId: number; bedLevel: BedLevel; severity: Severity; admittedAt?: Dayjs };

type Props = {
  open: boolean;
  /** Admitting a quarantined person sent to hospital: their case and hospital are set. */
  transfer?: PendingTransfer | undefined;
  onClose: () => void;
  onAdmitted: (admission: AdmissionDetail) => void;
};

const loadDesignated = (signal: AbortSignal) =>
  fetchHospitalsPage({ designated: true, page: 1, pageSize: 200 }, signal);

function useHospitalLabel() {
  const { t } = useTranslation();
  return (h: Hospital) =>
    `${h.name}（${bedLevels
      .map((level) =>
        t('treatment.admit.freeBeds', { level: t(`treatment.bedLevels.${level}`), free: h.beds[level].free }),
      )
      .join('，')}）`;
}

/** The form of one opening of the drawer, fresh each time. */
function AdmitForm({ transfer, onAdmitted }: Pick<Props, 'transfer' | 'onAdmitted'>) {
  const { t } = useTranslation();
  const { run, busy } = useAction();
  const [form] = Form.useForm<Values>();
  const { bedLevelOptions, severityOptions } = useTreatmentOptions();
  const { data: hospitals } = useFetch(loadDesignated);
  const hospitalLabel = useHospitalLabel();
  const transferCase = transfer?.case;

  const submit = (values: Values) =>
    run(async () => {
      onAdmitted(
        await admit({
          caseId: values.caseId,
          hospitalId: values.hospitalId,
          bedLevel: values.bedLevel,
          severity: values.severity,
          admittedAt: optionalInstant(values.admittedAt),
          transferId: transfer?.id,
        }),
      );
    }, form);

  return (
    <Form<Values>
      form={form}
      name="admit"
      layout="vertical"
      initialValues={{
        caseId: transferCase?.id,
        hospitalId: transfer?.hospital.id,
        bedLevel: 'general',
        severity: 'mild',
      }}
      onFinish={(values) => void submit(values)}
    >
      {transfer && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('treatment.admit.transfer', { name: transfer.name, reason: transfer.reason })}
        />
      )}
      <Form.Item name="caseId" label={t('treatment.admit.case')} rules={[{ required: true }]}>
        <CaseSelect
          known={transferCase ? { id: transferCase.id, label: `${transfer.name} · ${transferCase.code}` } : undefined}
        />
      </Form.Item>
      <Form.Item name="hospitalId" label={t('treatment.admit.hospital')} rules={[{ required: true }]}>
        <Select<number>
          disabled={transfer !== undefined}
          placeholder={t('treatment.admit.hospitalPlaceholder')}
          options={(hospitals?.items ?? []).map((h) => ({ value: h.id, label: hospitalLabel(h) }))}
          data-testid="admit-hospital"
        />
      </Form.Item>
      <Form.Item name="bedLevel" label={t('treatment.admit.bedLevel')} rules={[{ required: true }]}>
        <Select options={bedLevelOptions} data-testid="admit-bed-level" />
      </Form.Item>
      <Form.Item name="severity" label={t('treatment.admit.severity')} rules={[{ required: true }]}>
        <Select options={severityOptions} data-testid="admit-severity" />
      </Form.Item>
      <Form.Item name="admittedAt" label={t('treatment.admit.admittedAt')}>
        <DatePicker {...MINUTE_PICKER} style={{ width: '100%' }} />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={busy} data-testid="admit-submit">
        {t('treatment.admit.submit')}
      </Button>
    </Form>
  );
}

/** Admits a case (searched by name, code or ID number) to a designated hospital's bed, on a side drawer. */
export function AdmitDrawer({ open, transfer, onClose, onAdmitted }: Props) {
  const { t } = useTranslation();
  return (
    <Drawer
      open={open}
      title={t('treatment.admit.title')}
      onClose={onClose}
      size={480}
      styles={{ wrapper: { maxWidth: '100vw' } }}
      destroyOnHidden
    >
      <AdmitForm transfer={transfer} onAdmitted={onAdmitted} />
    </Drawer>
  );
}
