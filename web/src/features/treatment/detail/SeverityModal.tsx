import { DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../app/components/FormModal';
import { MINUTE_PICKER, optionalInstant } from '../../tracing/time';
import { recordSeverity } from '../api';
import type { AdmissionDetail, BedLevel, Severity } from '../api';
import { useTreatmentOptions } from '../vocabulary';

type Values = { severity: Severity; at?: Dayjs; note?: string; bedLevel?: BedLevel };
type Props = { open: boolean; admission: AdmissionDetail; onClose: () => void; onSaved: () => void };

/** Records an assessment of severity; moving to a bed of another level needs a free one (the server checks). */
export function SeverityModal({ open, admission, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const { severityOptions, bedLevelOptions } = useTreatmentOptions();
  return (
    <FormModal<Values>
      open={open}
      name="severity"
      title={t('treatment.severity.title')}
      initialValues={{ severity: admission.severity }}
      okText={t('treatment.severity.submit')}
      okTestId="severity-submit"
      onClose={onClose}
      onSubmit={async ({ severity, at, note, bedLevel }) => {
        await recordSeverity(admission.id, {
          severity,
          at: optionalInstant(at),
          note: note?.trim() || undefined,
          bedLevel: bedLevel === admission.bedLevel ? undefined : bedLevel,
        });
        onSaved();
      }}
    >
      <Form.Item name="severity" label={t('treatment.admit.severity')} rules={[{ required: true }]}>
        <Select options={severityOptions} />
      </Form.Item>
      <Form.Item name="bedLevel" label={t('treatment.severity.bedLevel')}>
        <Select allowClear placeholder={t('treatment.severity.keepBed')} options={bedLevelOptions} />
      </Form.Item>
      <Form.Item name="at" label={t('treatment.severity.at')}>
        <DatePicker {...MINUTE_PICKER} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="note" label={t('treatment.severity.note')}>
        <Input.TextArea autoSize={{ minRows: 2 }} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}
