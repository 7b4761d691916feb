import { DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../app/components/FormModal';
import { RegionTreeSelect } from '../../regions/RegionTreeSelect';
import { createCase } from '../api';
import type { CaseDetail, Classification, FoundVia } from '../api';
import { MINUTE_PICKER, dateOnly, optionalInstant } from '../time';
import { useVocabularyOptions } from '../vocabulary';

type Values = {
  idNumber: string;
  name: string;
  phone?: string;
  regionId?: number;
  classification: Classification;
  foundVia: FoundVia;
  onsetDate?: Dayjs | null;
  sampledAt?: Dayjs | null;
  foundAt?: Dayjs | null;
  note?: string;
};

/** Who the case is, when they came from a contact record (a contact found positive). */
export type CaseSeed = Partial<Pick<Values, 'idNumber' | 'name' | 'phone' | 'foundVia'>> & { fromContactId?: number };

type Props = {
  open: boolean;
  onClose: () => void;
  onCreated: (created: CaseDetail) => void;
  seed?: CaseSeed;
};

const text = (value: string | undefined) => value?.trim() || undefined;

/** Opens a case by hand (fever clinic, screening, self-report, a contact found positive). */
export function CreateCaseModal({ open, onClose, onCreated, seed }: Props) {
  const { t } = useTranslation();
  const { classificationOptions, foundViaOptions } = useVocabularyOptions();
  const { fromContactId, ...initial } = seed ?? {};

  const submit = async ({ onsetDate, sampledAt, foundAt, phone, note, ...values }: Values) => {
    const created = await createCase({
      ...values,
      idNumber: values.idNumber.trim().toUpperCase(),
      name: values.name.trim(),
      phone: text(phone),
      note: text(note),
      onsetDate: onsetDate ? dateOnly(onsetDate) : undefined,
      sampledAt: optionalInstant(sampledAt),
      foundAt: optionalInstant(foundAt),
      fromContactId,
    });
    onCreated(created);
  };

  return (
    <FormModal<Values>
      open={open}
      name="createCase"
      title={t('tracing.case.createTitle')}
      initialValues={{ classification: 'confirmed', foundVia: 'fever_clinic', ...initial }}
      okTestId="case-create-submit"
      onClose={onClose}
      onSubmit={submit}
    >
      <Form.Item
        name="idNumber"
        label={t('tracing.case.idNumber')}
        rules={[
          { required: true },
          { pattern: /^\s*[0-9A-Za-z]{6,20}\s*$/, message: t('tracing.case.idNumberInvalid') },
        ]}
      >
        <Input maxLength={20} />
      </Form.Item>
      <Form.Item name="name" label={t('tracing.case.name')} rules={[{ required: true, whitespace: true }]}>
        <Input maxLength={50} />
      </Form.Item>
      <Form.Item name="phone" label={t('tracing.case.phone')}>
        <Input maxLength={20} />
      </Form.Item>
      <Form.Item name="regionId" label={t('tracing.case.region')} extra={t('tracing.case.regionHint')}>
        <RegionTreeSelect allowClear />
      </Form.Item>
      <Form.Item name="classification" label={t('tracing.case.classification')} rules={[{ required: true }]}>
        <Select options={classificationOptions} />
      </Form.Item>
      <Form.Item name="foundVia" label={t('tracing.case.foundVia')} rules={[{ required: true }]}>
        <Select options={foundViaOptions} />
      </Form.Item>
      <Form.Item name="onsetDate" label={t('tracing.case.onsetDate')}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="sampledAt" label={t('tracing.case.sampledAt')}>
        <DatePicker {...MINUTE_PICKER} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="foundAt" label={t('tracing.case.foundAt')} extra={t('tracing.case.foundAtHint')}>
        <DatePicker {...MINUTE_PICKER} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="note" label={t('tracing.case.note')}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}
