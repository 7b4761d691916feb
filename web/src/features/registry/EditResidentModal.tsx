import { App, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../app/components/FormModal';
import { updateResident } from './api';
import type { Resident, ResidentChange, SpecialNeedsTag } from './api';
import { ReasonField } from './ReasonField';
import { useTagLabels } from './useTagLabels';

type Values = { name: string; phone?: string; tags: SpecialNeedsTag[]; reason: string };

const sameTags = (a: SpecialNeedsTag[], b: SpecialNeedsTag[]) => [...a].sort().join() === [...b].sort().join();

/** Only what the form actually changed, so the audit log records exactly that. */
function changesOf(resident: Resident, values: Values): Omit<ResidentChange, 'reason'> {
  const change: Omit<ResidentChange, 'reason'> = {};
  const name = values.name.trim();
  const phone = values.phone?.trim() || null;
  if (name !== resident.name) change.name = name;
  // A masked number is not in the box, so an empty box keeps it rather than clearing it.
  if (resident.unmasked ? phone !== resident.phone : phone !== null) change.phone = phone;
  if (!sameTags(values.tags, resident.tags)) change.tags = values.tags;
  return change;
}

type Props = { open: boolean; resident: Resident; onClose: () => void; onSaved: (resident: Resident) => void };

export function EditResidentModal({ open, resident, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { tagOptions } = useTagLabels();

  const submit = async (values: Values) => {
    const change = changesOf(resident, values);
    if (Object.keys(change).length === 0) {
      onClose();
      return;
    }
    const updated = await updateResident(resident.id, { ...change, reason: values.reason.trim() });
    void message.success(t('registry.detail.saved'));
    onSaved(updated);
  };

  return (
    <FormModal<Values>
      open={open}
      name="editResident"
      title={t('registry.detail.editTitle', { name: resident.name })}
      initialValues={{
        name: resident.name,
        phone: resident.unmasked ? (resident.phone ?? '') : '',
        tags: resident.tags,
      }}
      onClose={onClose}
      onSubmit={submit}
    >
      <Form.Item name="name" label={t('registry.resident.name')} rules={[{ required: true, whitespace: true }]}>
        <Input maxLength={50} />
      </Form.Item>
      <Form.Item
        name="phone"
        label={t('registry.resident.phone')}
        extra={resident.unmasked ? undefined : t('registry.detail.phoneMaskedHint')}
      >
        <Input maxLength={20} placeholder={resident.unmasked ? undefined : (resident.phone ?? undefined)} />
      </Form.Item>
      <Form.Item name="tags" label={t('registry.resident.tags')}>
        <Select mode="multiple" allowClear options={tagOptions} />
      </Form.Item>
      <ReasonField />
    </FormModal>
  );
}
