import { DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../app/components/FormModal';
import { MINUTE_PICKER, optionalInstant } from '../../tracing/time';
import { discharge } from '../api';
import type { AdmissionDetail, Outcome } from '../api';
import { useTreatmentOptions } from '../vocabulary';

type Values = { outcome: Outcome; at?: Dayjs; note?: string };
type Props = { open: boolean; admission: AdmissionDetail; onClose: () => void; onSaved: () => void };

/** Ends the admission with its outcome; a death needs a note, here and on the server. */
export function DischargeModal({ open, admission, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const { outcomeOptions } = useTreatmentOptions();
  return (
    <FormModal<Values>
      open={open}
      name="discharge"
      title={t('treatment.discharge.title')}
      initialValues={{ outcome: 'cured' }}
      okText={t('treatment.discharge.submit')}
      okTestId="discharge-submit"
      danger
      onClose={onClose}
      onSubmit={async ({ outcome, at, note }) => {
        await discharge(admission.id, { outcome, at: optionalInstant(at), note: note?.trim() || undefined });
        onSaved();
      }}
    >
      <Form.Item name="outcome" label={t('treatment.discharge.outcome')} rules={[{ required: true }]}>
        <Select options={outcomeOptions} data-testid="discharge-outcome" />
      </Form.Item>
      <Form.Item name="at" label={t('treatment.discharge.at')}>
        <DatePicker {...MINUTE_PICKER} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item noStyle dependencies={['outcome']}>
        {({ getFieldValue }) => (
          <Form.Item
            name="note"
            label={t('treatment.discharge.note')}
            rules={[
              {
                required: getFieldValue('outcome') === 'died',
                whitespace: true,
                message: t('treatment.discharge.noteRequired'),
              },
            ]}
          >
            <Input.TextArea autoSize={{ minRows: 2 }} maxLength={2000} data-testid="discharge-note" />
          </Form.Item>
        )}
      </Form.Item>
    </FormModal>
  );
}
