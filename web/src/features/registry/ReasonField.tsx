import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';

/** Every change to the registry (a resident, a place) says why; the server writes it to the audit log. */
export function ReasonField() {
  const { t } = useTranslation();
  return (
    <Form.Item name="reason" label={t('registry.detail.reason')} rules={[{ required: true, whitespace: true }]}>
      <Input.TextArea rows={2} maxLength={500} showCount />
    </Form.Item>
  );
}
