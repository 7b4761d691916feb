import { App, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../app/components/FormModal';
import { classifyCase } from '../api';
import type { CaseDetail, Classification } from '../api';
import { useVocabularyOptions } from '../vocabulary';

type Values = { classification: Classification; reason: string };

type Props = { open: boolean; detail: CaseDetail; onClose: () => void; onChanged: (detail: CaseDetail) => void };

/** Changes the case's classification (a suspected case confirmed, a case excluded), with the reason. */
export function ClassifyModal({ open, detail, onClose, onChanged }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { classificationOptions } = useVocabularyOptions();

  const submit = async ({ classification, reason }: Values) => {
    const next = await classifyCase(detail.id, { classification, reason: reason.trim() });
    void message.success(t('tracing.detail.classified'));
    onChanged(next);
  };

  return (
    <FormModal<Values>
      open={open}
      name="classify"
      title={t('tracing.detail.classifyTitle')}
      okTestId="classify-submit"
      onClose={onClose}
      onSubmit={submit}
    >
      <Form.Item name="classification" label={t('tracing.case.classification')} rules={[{ required: true }]}>
        <Select
          options={classificationOptions.filter(({ value }) => value !== detail.classification)}
          data-testid="classify-to"
        />
      </Form.Item>
      <Form.Item name="reason" label={t('tracing.detail.reason')} rules={[{ required: true, whitespace: true }]}>
        <Input.TextArea rows={2} maxLength={500} showCount />
      </Form.Item>
    </FormModal>
  );
}
