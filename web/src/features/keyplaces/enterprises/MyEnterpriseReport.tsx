import { useCallback } from 'react';
import { App, Button, Card, Flex, Form, Input, InputNumber, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAction } from '../../../app/hooks/useAction';
import { useFetch } from '../../../app/hooks/useFetch';
import { fetchMyEnterprises, fileEnterpriseReport, rateText } from './api';
import type { EnterpriseReportBody, MyEnterprises } from './api';

type Item = MyEnterprises['items'][number];
const counts = ['onDuty', 'workersBack', 'inClosedLoop', 'symptomatic', 'tested'] as const;

/** One unit's report form: one column of big fields, usable on a 360 px phone. */
function UnitReportForm({ item, day, onFiled }: { item: Item; day: string; onFiled: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { run, busy } = useAction();
  const [form] = Form.useForm<EnterpriseReportBody>();
  const { ledger, today } = item;
  const initial = today ?? {
    onDuty: ledger.onDuty,
    workersBack: ledger.workersBack,
    inClosedLoop: 0,
    symptomatic: 0,
    tested: 0,
  };
  return (
    <Card
      size="small"
      title={t('enterprises.mine.title', { name: ledger.name })}
      extra={
        <Tag color={today ? 'green' : 'orange'}>{today ? t('enterprises.reported') : t('enterprises.notReported')}</Tag>
      }
      data-testid={`my-enterprise-${ledger.id}`}
    >
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {t('enterprises.mine.today', { day })} · {t('enterprises.field.headcount')} {ledger.headcount} ·{' '}
        {t('enterprises.field.attendanceRate')} {rateText(ledger.attendanceRate)}
      </Typography.Paragraph>
      {today && <Typography.Paragraph type="success">{t('enterprises.mine.filed')}</Typography.Paragraph>}
      <Form<EnterpriseReportBody>
        form={form}
        name={`myReport-${ledger.id}`}
        layout="vertical"
        initialValues={initial}
        onFinish={(values) =>
          void run(async () => {
            await fileEnterpriseReport(ledger.id, values);
            void message.success(t('enterprises.mine.done'));
            onFiled();
          }, form)
        }
      >
        {counts.map((key) => (
          <Form.Item key={key} name={key} label={t(`enterprises.field.${key}`)} rules={[{ required: true }]}>
            <InputNumber min={0} precision={0} inputMode="numeric" style={{ width: '100%' }} size="large" />
          </Form.Item>
        ))}
        <Form.Item name="note" label={t('enterprises.field.note')}>
          <Input.TextArea maxLength={500} autoSize={{ minRows: 1, maxRows: 4 }} />
        </Form.Item>
        <Button type="primary" htmlType="submit" block size="large" loading={busy} data-testid="my-report-submit">
          {t('enterprises.mine.submit')}
        </Button>
      </Form>
    </Card>
  );
}

/** For a unit's liaison: today's report of each enterprise they belong to, at the top of the tab. */
export function MyEnterpriseReport({ onFiled }: { onFiled: () => void }) {
  const load = useCallback((signal: AbortSignal) => fetchMyEnterprises(signal), []);
  const { data, reload } = useFetch(load);
  if (!data || data.items.length === 0) return null;
  return (
    <Flex vertical gap={12} style={{ marginBottom: 16, maxWidth: 480 }}>
      {data.items.map((item) => (
        <UnitReportForm
          key={item.ledger.id}
          item={item}
          day={data.day}
          onFiled={() => {
            reload();
            onFiled();
          }}
        />
      ))}
    </Flex>
  );
}
