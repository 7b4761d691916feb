import { Alert, App, DatePicker, Form, Input, Radio } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../app/components/FormModal';
import { beijingInstant } from '../../testing/time';
import { proposeOverride } from './api';
import type { Colour } from './api';
import { ColourTag } from './ColourTag';

type Values = { colour: Colour; reason: string; expiresAt?: Dayjs | null };

const COLOURS: Colour[] = ['green', 'yellow', 'red'];

/** Proposes a colour for a resident with a reason; it waits for a second person's approval. */
export function ProposeOverrideModal({
  open,
  residentId,
  onClose,
  onProposed,
}: {
  open: boolean;
  residentId: number;
  onClose: () => void;
  onProposed: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const submit = async ({ colour, reason, expiresAt }: Values) => {
    await proposeOverride({
      residentId,
      colour,
      reason,
      ...(expiresAt ? { expiresAt: beijingInstant(expiresAt) } : {}),
    });
    void message.success(t('healthStatus.override.proposed'));
    onProposed();
  };
  return (
    <FormModal<Values>
      open={open}
      title={t('healthStatus.override.title')}
      onClose={onClose}
      onSubmit={submit}
      okTestId="override-submit"
    >
      <Alert type="warning" showIcon title={t('healthStatus.override.notice')} style={{ marginBottom: 16 }} />
      <Form.Item name="colour" label={t('healthStatus.override.colour')} rules={[{ required: true }]}>
        <Radio.Group options={COLOURS.map((colour) => ({ value: colour, label: <ColourTag colour={colour} /> }))} />
      </Form.Item>
      <Form.Item name="reason" label={t('healthStatus.override.reason')} rules={[{ required: true, whitespace: true }]}>
        <Input.TextArea rows={3} maxLength={500} showCount />
      </Form.Item>
      <Form.Item name="expiresAt" label={t('healthStatus.override.expiresAt')}>
        <DatePicker
          showTime={{ format: 'HH:mm' }}
          format="YYYY-MM-DD HH:mm"
          needConfirm={false}
          style={{ width: '100%' }}
        />
      </Form.Item>
    </FormModal>
  );
}
