import { useState } from 'react';
import { Alert, App, Button, Flex, Form, InputNumber, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../../app/auth/context';
import { hasPermission } from '../../../app/auth/permissions';
import { useAction } from '../../../app/hooks/useAction';
import { useFetch } from '../../../app/hooks/useFetch';
import { fetchRules, reviseRules } from '../api';
import type { RulesReply, TracingRules } from '../api';

type Unit = 'hours' | 'days' | 'minutes';
type Companion = keyof TracingRules['companion'];
/** A rule's field: its key (a companion threshold sits under `companion`), unit, whether it is whole, its least. */
type Field = { name: Exclude<keyof TracingRules, 'companion'> | Companion; unit?: Unit; whole?: boolean; min?: number };

const GROUPS: { fields: Field[]; companion?: true }[] = [
  {
    fields: [
      { name: 'reportWithinHours', unit: 'hours' },
      { name: 'onSiteWithinHours', unit: 'hours' },
      { name: 'coreFactsWithinHours', unit: 'hours' },
      { name: 'investigationReportWithinHours', unit: 'hours' },
      { name: 'contactsUnderMeasureWithinHours', unit: 'hours' },
    ],
  },
  {
    fields: [
      { name: 'closeContactLookbackDays', unit: 'days', whole: true },
      { name: 'venueMarginMinutes', unit: 'minutes', whole: true },
      { name: 'clusterMinCases', whole: true, min: 2 },
      { name: 'keyPersonDueHours', unit: 'hours' },
      { name: 'keyPersonEscalateHours', unit: 'hours' },
    ],
  },
  {
    companion: true,
    fields: [
      { name: 'minTogetherMinutes', unit: 'minutes', whole: true },
      { name: 'minCellHours', unit: 'hours' },
      { name: 'windowDays', unit: 'days', whole: true },
      { name: 'resolutionMinutes', unit: 'minutes', whole: true },
    ],
  },
];

function RulesForm({ reply, onSaved }: { reply: RulesReply; onSaved: (next: RulesReply) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  // Changing the rules makes a new protocol version; readers see the same form, read-only.
  const canManage = hasPermission(useMe(), 'tracing.manage');
  const [form] = Form.useForm<TracingRules>();
  const { run, busy } = useAction();

  const save = (rules: TracingRules) =>
    void run(async () => {
      const next = await reviseRules(rules);
      void message.success(t('tracing.rules.saved', { version: next.protocol.version }));
      onSaved(next);
    }, form);

  return (
    <Form<TracingRules>
      form={form}
      name="tracingRules"
      layout="vertical"
      initialValues={reply.rules}
      disabled={!canManage}
      onFinish={save}
      style={{ maxWidth: 720 }}
    >
      {GROUPS.map((group, index) => (
        <div key={index}>
          {group.companion && (
            <Typography.Title level={5} style={{ marginTop: 0 }}>
              {t('tracing.rules.companionTitle')}
            </Typography.Title>
          )}
          <Flex wrap gap={16}>
            {group.fields.map(({ name, unit, whole, min = 0 }) => (
              <Form.Item
                key={name}
                name={group.companion ? ['companion', name] : name}
                label={t(`tracing.rules.${name}`)}
                rules={[{ required: true }]}
                style={{ width: 320, maxWidth: '100%' }}
              >
                <InputNumber
                  min={min}
                  precision={whole ? 0 : 1}
                  suffix={unit && t(`tracing.rules.${unit}`)}
                  style={{ width: '100%' }}
                />
              </Form.Item>
            ))}
          </Flex>
        </div>
      ))}
      {canManage ? (
        <Button type="primary" htmlType="submit" loading={busy} data-testid="rules-save">
          {t('tracing.rules.save')}
        </Button>
      ) : (
        <Typography.Text type="secondary">{t('tracing.rules.readOnly')}</Typography.Text>
      )}
    </Form>
  );
}

/** The tracing rules of the active protocol: limits and thresholds as data, revised as a new version. */
export function RulesView() {
  const { t } = useTranslation();
  const { data } = useFetch(fetchRules);
  const [saved, setSaved] = useState<RulesReply | null>(null);
  const reply = saved ?? data;
  if (!reply) return <Skeleton active />;
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={5} style={{ margin: 0 }} data-testid="rules-protocol">
        {t('tracing.rules.protocol', { name: reply.protocol.name, version: reply.protocol.version })}
      </Typography.Title>
      <Alert type="info" showIcon title={t('tracing.rules.hint')} />
      {/* Keyed, so a saved version starts the form from its own values. */}
      <RulesForm key={reply.protocol.id} reply={reply} onSaved={setSaved} />
    </Flex>
  );
}
