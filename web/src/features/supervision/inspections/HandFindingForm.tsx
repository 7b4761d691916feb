import { Button, Form, Input, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAction } from '../../../app/hooks/useAction';
import { addFinding, findingSeverities } from './api';
import type { FindingSeverity, InspectionDetail } from './api';

type Values = { description: string; severity: FindingSeverity; mustFixNow: boolean };

/** A problem seen on site that no checklist item covers. */
export function HandFindingForm({
  inspectionId,
  onAdded,
}: {
  inspectionId: number;
  onAdded: (d: InspectionDetail) => void;
}) {
  const { t } = useTranslation();
  const { run, busy } = useAction();
  const [form] = Form.useForm<Values>();
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      initialValues={{ severity: 'minor', mustFixNow: false }}
      onFinish={(values) =>
        void run(async () => {
          onAdded(await addFinding(inspectionId, { ...values, description: values.description.trim() }));
          form.resetFields();
        }, form)
      }
    >
      <Form.Item
        name="description"
        label={t('supervision.inspection.findingDescription')}
        rules={[{ required: true, whitespace: true }]}
      >
        <Input.TextArea maxLength={1000} autoSize={{ minRows: 2 }} data-testid="hand-finding-description" />
      </Form.Item>
      <Form.Item name="severity" label={t('supervision.inspection.severity')}>
        <Select
          size="large"
          options={findingSeverities.map((value) => ({ value, label: t(`supervision.severities.${value}`) }))}
        />
      </Form.Item>
      <Form.Item name="mustFixNow" label={t('supervision.inspection.mustFixNow')} valuePropName="checked">
        <Switch />
      </Form.Item>
      <Button htmlType="submit" size="large" block loading={busy} data-testid="hand-finding-add">
        {t('supervision.inspection.addFinding')}
      </Button>
    </Form>
  );
}
