import { App, DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../app/components/FormModal';
import { changeContactStatus, contactStatuses } from '../api';
import type { Contact, ContactDetail, ContactStatus } from '../api';
import { MINUTE_PICKER, optionalInstant } from '../time';

type Values = { status: ContactStatus; basis: string; at?: Dayjs | null };

type Props = {
  open: boolean;
  contact: Pick<Contact, 'id' | 'name' | 'status'>;
  onClose: () => void;
  onChanged: (contact: ContactDetail) => void;
};

/** The statuses a contact may move on to: forward only, a step may be skipped. */
export const nextStatuses = (status: ContactStatus) => contactStatuses.slice(contactStatuses.indexOf(status) + 1);

/** Moves a contact's control status forward, with the basis (a notice served, an order, a release). */
export function ContactStatusModal({ open, contact, onClose, onChanged }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const choices = nextStatuses(contact.status);

  const submit = async ({ status, basis, at }: Values) => {
    const changed = await changeContactStatus(contact.id, { status, basis: basis.trim(), at: optionalInstant(at) });
    void message.success(t('tracing.status.changed'));
    onChanged(changed);
  };

  return (
    <FormModal<Values>
      open={open}
      name="contactStatus"
      title={t('tracing.status.title', { name: contact.name })}
      initialValues={{ status: choices[0] }}
      okTestId="contact-status-submit"
      onClose={onClose}
      onSubmit={submit}
    >
      <Form.Item name="status" label={t('tracing.status.to')} rules={[{ required: true }]}>
        <Select options={choices.map((value) => ({ value, label: t(`tracing.statuses.${value}`) }))} />
      </Form.Item>
      <Form.Item name="basis" label={t('tracing.status.basis')} rules={[{ required: true, whitespace: true }]}>
        <Input.TextArea rows={2} maxLength={500} showCount placeholder={t('tracing.status.basisPlaceholder')} />
      </Form.Item>
      <Form.Item name="at" label={t('tracing.status.at')}>
        <DatePicker {...MINUTE_PICKER} style={{ width: '100%' }} />
      </Form.Item>
    </FormModal>
  );
}
