import { Button, DatePicker, Drawer, Form, Input, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useAction } from '../../../app/hooks/useAction';
import { findingSeverities } from '../inspections/api';
import type { FindingSeverity } from '../inspections/api';
import { issueOrder } from './api';
import type { OrderDetail } from './api';

/** The finding an order is issued for, as the inspection screens hold it. */
export type FindingToOrder = { id: number; description: string; severity: FindingSeverity; targetName?: string };

type Values = {
  responsibleName: string;
  responsiblePhone?: string;
  severity: FindingSeverity;
  requirement: string;
  deadline?: Dayjs;
};

type Props = { finding: FindingToOrder | null; onClose: () => void; onIssued: (order: OrderDetail) => void };

/**
 * Issues a 交办单 for an open finding to the inspected unit; other screens open it for their finding. The deadline
 * defaults on the server by severity (critical 24 h, major 3 days, minor 7 days).
 */
export function IssueOrderDrawer({ finding, onClose, onIssued }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { run, busy } = useAction();
  const submit = (values: Values) =>
    void run(async () => {
      if (!finding) return;
      const order = await issueOrder({
        findingId: finding.id,
        responsibleName: values.responsibleName.trim(),
        ...(values.responsiblePhone?.trim() ? { responsiblePhone: values.responsiblePhone.trim() } : {}),
        severity: values.severity,
        requirement: values.requirement.trim(),
        ...(values.deadline ? { deadline: values.deadline.toISOString() } : {}),
      });
      form.resetFields();
      onIssued(order);
    }, form);
  return (
    <Drawer
      open={finding !== null}
      onClose={onClose}
      title={t('rectification.issue.title')}
      width={480}
      destroyOnHidden
      data-testid="issue-order-drawer"
    >
      {finding && (
        <Form<Values>
          form={form}
          layout="vertical"
          initialValues={{ severity: finding.severity }}
          onFinish={submit}
          data-testid="issue-order-form"
        >
          <Form.Item label={t('rectification.issue.finding')}>
            <Typography.Text>{finding.description}</Typography.Text>
          </Form.Item>
          <Form.Item label={t('rectification.list.unit')} extra={t('rectification.issue.unit')}>
            <Typography.Text>{finding.targetName ?? '—'}</Typography.Text>
          </Form.Item>
          <Form.Item
            name="responsibleName"
            label={t('rectification.issue.responsibleName')}
            rules={[{ required: true, whitespace: true }]}
          >
            <Input maxLength={50} data-testid="issue-responsible" />
          </Form.Item>
          <Form.Item name="responsiblePhone" label={t('rectification.issue.responsiblePhone')}>
            <Input inputMode="tel" maxLength={20} />
          </Form.Item>
          <Form.Item name="severity" label={t('rectification.issue.severity')}>
            <Select<FindingSeverity>
              options={findingSeverities.map((value) => ({ value, label: t(`supervision.severities.${value}`) }))}
            />
          </Form.Item>
          <Form.Item
            name="requirement"
            label={t('rectification.issue.requirement')}
            rules={[{ required: true, whitespace: true }]}
          >
            <Input.TextArea autoSize={{ minRows: 3 }} maxLength={2000} data-testid="issue-requirement" />
          </Form.Item>
          <Form.Item
            name="deadline"
            label={t('rectification.issue.deadline')}
            extra={t('rectification.issue.deadlineHint')}
          >
            <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
          </Form.Item>
          <Button type="primary" htmlType="submit" block size="large" loading={busy} data-testid="issue-submit">
            {t('rectification.issue.submit')}
          </Button>
        </Form>
      )}
    </Drawer>
  );
}
