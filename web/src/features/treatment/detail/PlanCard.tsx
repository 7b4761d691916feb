import { App, Button, Card, Collapse, Flex, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAction } from '../../../app/hooks/useAction';
import { formatMinute } from '../../tracing/time';
import { revisePlan } from '../api';
import type { AdmissionDetail } from '../api';

type Plan = AdmissionDetail['plans'][number];
type Props = { admission: AdmissionDetail; editable: boolean; onSaved: () => void };

function PlanText({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={4}>
      <Typography.Text type="secondary">
        {t('treatment.detail.planVersion', {
          version: plan.version,
          author: plan.author ?? '—',
          at: formatMinute(plan.at),
        })}
      </Typography.Text>
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{plan.text}</Typography.Paragraph>
    </Flex>
  );
}

/** The revision form, starting from the current text. */
function PlanForm({ admission, onSaved }: Omit<Props, 'editable'>) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { run, busy } = useAction();
  const [form] = Form.useForm<{ text: string }>();
  const submit = ({ text }: { text: string }) =>
    run(async () => {
      const saved = await revisePlan(admission.id, text.trim());
      void message.success(t('treatment.detail.planSaved', { version: saved.plans[0]?.version ?? 1 }));
      onSaved();
    }, form);
  return (
    <Form
      form={form}
      name="plan"
      initialValues={{ text: admission.plans[0]?.text ?? '' }}
      onFinish={(v) => void submit(v)}
    >
      <Form.Item name="text" rules={[{ required: true, whitespace: true }]}>
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 12 }} maxLength={4000} data-testid="plan-text" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={busy} data-testid="plan-save">
        {t('treatment.detail.planSave')}
      </Button>
    </Form>
  );
}

/** 一人一策: the current plan, its earlier versions, and a revision saved as the next version. */
export function PlanCard({ admission, editable, onSaved }: Props) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [current, ...older] = admission.plans;
  return (
    <Card
      size="small"
      title={t('treatment.detail.plan')}
      extra={
        editable &&
        !editing && (
          <Button size="small" onClick={() => setEditing(true)} data-testid="plan-edit">
            {t('treatment.detail.planEdit')}
          </Button>
        )
      }
      data-testid="plan"
    >
      <Flex vertical gap={12}>
        {editing ? (
          <PlanForm
            admission={admission}
            onSaved={() => {
              setEditing(false);
              onSaved();
            }}
          />
        ) : current ? (
          <PlanText plan={current} />
        ) : (
          <Typography.Text type="secondary">{t('treatment.detail.planEmpty')}</Typography.Text>
        )}
        {older.length > 0 && (
          <Collapse
            size="small"
            items={[
              {
                key: 'older',
                label: t('treatment.detail.planOlder', { count: older.length }),
                children: (
                  <Flex vertical gap={12}>
                    {older.map((plan) => (
                      <PlanText key={plan.version} plan={plan} />
                    ))}
                  </Flex>
                ),
              },
            ]}
          />
        )}
      </Flex>
    </Card>
  );
}
