import { useCallback } from 'react';
import { App, Button, Card, Flex, Form, Input, InputNumber, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAction } from '../../../app/hooks/useAction';
import { useFetch } from '../../../app/hooks/useFetch';
import { fetchMySchools, fileSchoolReport } from './api';
import type { MySchools, SchoolReportBody } from './api';

type Item = MySchools['items'][number];
const counts = ['present', 'absentIll', 'fever'] as const;

function SchoolReportForm({ item, day, onFiled }: { item: Item; day: string; onFiled: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { run, busy } = useAction();
  const [form] = Form.useForm<SchoolReportBody>();
  const { ledger, today } = item;
  return (
    <Card
      size="small"
      title={t('schools.mine.title', { name: ledger.name })}
      extra={<Tag color={today ? 'green' : 'orange'}>{today ? t('schools.reported') : t('schools.notReported')}</Tag>}
    >
      <p>{t('schools.mine.today', { day })}</p>
      <Form<SchoolReportBody>
        form={form}
        name={`mySchoolReport-${ledger.id}`}
        layout="vertical"
        initialValues={today ?? { present: 0, absentIll: 0, fever: 0 }}
        onFinish={(values) =>
          void run(async () => {
            await fileSchoolReport(ledger.id, values);
            void message.success(t('schools.mine.done'));
            onFiled();
          }, form)
        }
      >
        {counts.map((key) => (
          <Form.Item key={key} name={key} label={t(`schools.field.${key}`)} rules={[{ required: true }]}>
            <InputNumber min={0} precision={0} inputMode="numeric" size="large" style={{ width: '100%' }} />
          </Form.Item>
        ))}
        <Form.Item name="note" label={t('schools.field.note')}>
          <Input.TextArea maxLength={500} autoSize={{ minRows: 1, maxRows: 4 }} />
        </Form.Item>
        <Button type="primary" htmlType="submit" block size="large" loading={busy}>
          {t('schools.mine.submit')}
        </Button>
      </Form>
    </Card>
  );
}

/** For a school's liaison: today's health report of each school they belong to, at the top of the tab. */
export function MySchoolReport({ onFiled }: { onFiled: () => void }) {
  const load = useCallback((signal: AbortSignal) => fetchMySchools(signal), []);
  const { data, reload } = useFetch(load);
  if (!data || data.items.length === 0) return null;
  return (
    <Flex vertical gap={12} style={{ marginBottom: 16, maxWidth: 480 }}>
      {data.items.map((item) => (
        <SchoolReportForm
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
