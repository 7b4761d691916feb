import { App, DatePicker, Form, Radio } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../app/components/FormModal';
import { caseFromPositive, classifications } from '../api';
import type { Classification, Positive } from '../api';
import { dateOnly } from '../time';

type Values = { classification: Classification; onsetDate?: Dayjs | null };

type Props = { open: boolean; positive: Positive; onClose: () => void; onOpened: () => void };

/** Opens a case for a person of a positive tube (立案): found via mass testing, at the result time. */
export function OpenCaseModal({ open, positive, onClose, onOpened }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();

  const submit = async ({ classification, onsetDate }: Values) => {
    const created = await caseFromPositive({
      residentId: positive.resident.id,
      tube: positive.tube,
      classification,
      onsetDate: onsetDate ? dateOnly(onsetDate) : undefined,
    });
    void message.success(t('tracing.positives.opened', { code: created.code }));
    onOpened();
  };

  return (
    <FormModal<Values>
      open={open}
      name="openCase"
      title={t('tracing.positives.openTitle', { name: positive.resident.name })}
      initialValues={{ classification: 'confirmed' }}
      okTestId="positive-open-submit"
      onClose={onClose}
      onSubmit={submit}
    >
      <Form.Item name="classification" label={t('tracing.case.classification')} rules={[{ required: true }]}>
        <Radio.Group
          options={classifications
            .filter((value) => value !== 'excluded')
            .map((value) => ({ value, label: t(`tracing.classifications.${value}`) }))}
        />
      </Form.Item>
      <Form.Item name="onsetDate" label={t('tracing.case.onsetDate')}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
    </FormModal>
  );
}
