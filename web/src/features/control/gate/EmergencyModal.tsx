import { Alert, Form, Input, Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../app/components/FormModal';

export type Emergency = { reason: string; name?: string; direction: 'exit' | 'return' };

/** 九不准: a medical emergency goes through at once, pass or not; the keeper only writes down why. */
export function EmergencyModal({
  open,
  onClose,
  onSubmit,
}: {
  open: boolean;
  onClose: () => void;
  onSubmit: (emergency: Emergency) => Promise<void>;
}) {
  const { t } = useTranslation();
  return (
    <FormModal<Emergency>
      open={open}
      title={t('passes.gate.emergencyTitle')}
      onClose={onClose}
      onSubmit={(values) => onSubmit({ ...values, name: values.name?.trim() || undefined })}
      initialValues={{ direction: 'exit' }}
      name="emergency"
      okText={t('passes.gate.emergencyTitle')}
      okTestId="emergency-submit"
      danger
    >
      <Alert type="warning" showIcon title={t('passes.gate.emergencyHint')} style={{ marginBottom: 16 }} />
      <Form.Item name="direction" label={t('passes.gate.emergencyDirection')}>
        <Segmented
          block
          options={[
            { value: 'exit', label: t('passes.gate.direction.exit') },
            { value: 'return', label: t('passes.gate.direction.return') },
          ]}
        />
      </Form.Item>
      <Form.Item
        name="reason"
        label={t('passes.gate.emergencyReason')}
        rules={[{ required: true, whitespace: true, max: 500 }]}
      >
        <Input.TextArea rows={2} data-testid="emergency-reason" />
      </Form.Item>
      <Form.Item name="name" label={t('passes.gate.emergencyName')} rules={[{ max: 50 }]}>
        <Input data-testid="emergency-name" />
      </Form.Item>
    </FormModal>
  );
}
