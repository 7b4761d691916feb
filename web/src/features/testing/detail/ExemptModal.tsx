import { App, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../app/components/FormModal';
import { exemptResident, exemptionReasons } from '../api';
import type { Exemption, ResidentListItem } from '../api';

type Values = { reason: Exemption['reason']; note?: string };

type Props = {
  open: boolean;
  campaignId: number;
  resident: ResidentListItem;
  onClose: () => void;
  onExempted: () => void;
};

/** Excuses a resident from the round with a reason; they leave the missing list and count. */
export function ExemptModal({ open, campaignId, resident, onClose, onExempted }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();

  const submit = async ({ reason, note }: Values) => {
    const text = note?.trim();
    await exemptResident(campaignId, { residentId: resident.id, reason, ...(text ? { note: text } : {}) });
    void message.success(t('testing.missing.exempted'));
    onExempted();
  };

  return (
    <FormModal<Values>
      open={open}
      name="exempt"
      title={t('testing.missing.exemptTitle', { name: resident.name })}
      initialValues={{ reason: 'away' }}
      okTestId="exempt-submit"
      onClose={onClose}
      onSubmit={submit}
    >
      <Form.Item name="reason" label={t('testing.missing.reason')} rules={[{ required: true }]}>
        <Select
          options={exemptionReasons.map((reason) => ({
            value: reason,
            label: t(`testing.exemptionReasons.${reason}`),
          }))}
        />
      </Form.Item>
      <Form.Item name="note" label={t('testing.missing.note')}>
        <Input.TextArea maxLength={500} rows={3} />
      </Form.Item>
    </FormModal>
  );
}
