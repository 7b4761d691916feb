import { App, DatePicker, Form, Input } from 'antd';
import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../app/components/FormModal';
import { updateCase } from '../api';
import type { CaseDetail } from '../api';
import { dateOnly } from '../time';

type Values = { onsetDate?: Dayjs | null; phone?: string; note?: string };

type Props = { open: boolean; detail: CaseDetail; onClose: () => void; onSaved: (detail: CaseDetail) => void };

/** Edits the facts of a case that are neither milestones nor its classification; blank clears a value. */
export function EditCaseModal({ open, detail, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();

  const submit = async ({ onsetDate, phone, note }: Values) => {
    const next = await updateCase(detail.id, {
      onsetDate: onsetDate ? dateOnly(onsetDate) : null,
      // A phone that arrived masked and was left alone is not sent back.
      ...(phone === detail.phone ? {} : { phone: phone?.trim() || null }),
      note: note?.trim() || null,
    });
    void message.success(t('tracing.detail.saved'));
    onSaved(next);
  };

  return (
    <FormModal<Values>
      open={open}
      name="editCase"
      title={t('tracing.detail.editTitle')}
      initialValues={{
        onsetDate: detail.onsetDate ? dayjs(detail.onsetDate) : null,
        phone: detail.phone ?? undefined,
        note: detail.note ?? undefined,
      }}
      okTestId="case-edit-submit"
      onClose={onClose}
      onSubmit={submit}
    >
      <Form.Item name="onsetDate" label={t('tracing.case.onsetDate')}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="phone" label={t('tracing.case.phone')}>
        <Input maxLength={20} />
      </Form.Item>
      <Form.Item name="note" label={t('tracing.case.note')}>
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}
