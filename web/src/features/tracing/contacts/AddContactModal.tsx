import { App, DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../app/components/FormModal';
import { RegionTreeSelect } from '../../regions/RegionTreeSelect';
import { addContact } from '../api';
import type { ContactKind } from '../api';
import { MINUTE_PICKER, optionalInstant } from '../time';
import { useVocabularyOptions } from '../vocabulary';

type Values = {
  name: string;
  idNumber?: string;
  phone?: string;
  kind: ContactKind;
  lastExposureAt?: Dayjs | null;
  exposure?: string;
  regionId?: number;
};

/** Whose contact the person is: a case's, or (for a secondary contact) a contact's. */
export type ContactSourceRef = { sourceCaseId: number } | { sourceContactId: number };

type Props = { open: boolean; source: ContactSourceRef; onClose: () => void; onAdded: () => void };

const text = (value: string | undefined) => value?.trim() || undefined;

/** Adds a contact found by hand; the same person from the same source twice is refused by the server. */
export function AddContactModal({ open, source, onClose, onAdded }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { kindOptions } = useVocabularyOptions();

  const submit = async ({ name, idNumber, phone, lastExposureAt, exposure, ...rest }: Values) => {
    await addContact({
      ...source,
      ...rest,
      name: name.trim(),
      idNumber: text(idNumber)?.toUpperCase(),
      phone: text(phone),
      exposure: text(exposure),
      lastExposureAt: optionalInstant(lastExposureAt),
    });
    void message.success(t('tracing.contact.added'));
    onAdded();
  };

  // A person is known by ID number, else by phone: one of the two is needed.
  const identity = ({ getFieldValue }: { getFieldValue: (name: string) => unknown }) => ({
    validator: () =>
      text(getFieldValue('idNumber') as string | undefined) || text(getFieldValue('phone') as string | undefined)
        ? Promise.resolve()
        : Promise.reject(new Error(t('tracing.contact.identityRequired'))),
  });

  return (
    <FormModal<Values>
      open={open}
      name="addContact"
      title={t('tracing.contact.addTitle')}
      initialValues={{ kind: 'sourceCaseId' in source ? 'close' : 'secondary' }}
      okTestId="contact-add-submit"
      onClose={onClose}
      onSubmit={submit}
    >
      <Form.Item name="name" label={t('tracing.contact.name')} rules={[{ required: true, whitespace: true }]}>
        <Input maxLength={50} />
      </Form.Item>
      <Form.Item
        name="idNumber"
        label={t('tracing.contact.idNumber')}
        extra={t('tracing.contact.identityHint')}
        dependencies={['phone']}
        rules={[identity, { pattern: /^\s*[0-9A-Za-z]{6,20}\s*$/, message: t('tracing.case.idNumberInvalid') }]}
      >
        <Input maxLength={20} />
      </Form.Item>
      <Form.Item name="phone" label={t('tracing.contact.phone')}>
        <Input maxLength={20} />
      </Form.Item>
      <Form.Item name="kind" label={t('tracing.contact.kind')} rules={[{ required: true }]}>
        <Select options={kindOptions} />
      </Form.Item>
      <Form.Item name="lastExposureAt" label={t('tracing.contact.lastExposureAt')}>
        <DatePicker {...MINUTE_PICKER} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="exposure" label={t('tracing.contact.exposure')}>
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
      <Form.Item name="regionId" label={t('tracing.contact.region')} extra={t('tracing.contact.regionHint')}>
        <RegionTreeSelect allowClear />
      </Form.Item>
    </FormModal>
  );
}
