import { useCallback } from 'react';
import type { ReactNode } from 'react';
import { App, Button, Card, Flex, Form, Input, InputNumber, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAction } from '../../../app/hooks/useAction';
import { useFetch } from '../../../app/hooks/useFetch';
import { type UnitNamespace, unitKinds } from './kinds';

type Item = { ledger: { id: number; name: string }; today: object | null };

type Props<I extends Item, B extends object> = {
  ns: UnitNamespace;
  /** The report form's name, which its fields' ids start with (with the unit's id). */
  formName: string;
  fetchMine: (signal: AbortSignal) => Promise<{ day: string; items: I[] }>;
  fileReport: (placeId: number, body: B) => Promise<unknown>;
  /** The figures the liaison counts, in the order of the form. */
  figures: readonly (keyof B & string)[];
  /** The form's values before the liaison types: today's report, or the kind's defaults. */
  initial: (item: I) => B;
  /** What the card says above the form: the day, and what the kind shows of its ledger. */
  summary: (item: I, day: string) => ReactNode;
  onFiled: () => void;
};

type FormProps<I extends Item, B extends object> = Props<I, B> & { item: I; day: string };

/** One unit's report form: one column of big fields, usable on a 360 px phone. */
function UnitReportForm<I extends Item, B extends object>(props: FormProps<I, B>) {
  const { ns, item, onFiled } = props;
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { run, busy } = useAction();
  const [form] = Form.useForm<B>();
  const { ledger, today } = item;
  return (
    <Card
      size="small"
      title={t(`${ns}.mine.title`, { name: ledger.name })}
      extra={<Tag color={today ? 'green' : 'orange'}>{today ? t(`${ns}.reported`) : t(`${ns}.notReported`)}</Tag>}
      data-testid={`my-${unitKinds[ns].testId}-${ledger.id}`}
    >
      {props.summary(item, props.day)}
      <Form<B>
        form={form}
        name={`${props.formName}-${ledger.id}`}
        layout="vertical"
        initialValues={props.initial(item)}
        onFinish={(values) =>
          void run(async () => {
            await props.fileReport(ledger.id, values);
            void message.success(t(`${ns}.mine.done`));
            onFiled();
          }, form)
        }
      >
        {props.figures.map((key: string) => (
          <Form.Item key={key} name={key} label={t(`${ns}.field.${key}`, key)} rules={[{ required: true }]}>
            <InputNumber min={0} precision={0} inputMode="numeric" style={{ width: '100%' }} size="large" />
          </Form.Item>
        ))}
        <Form.Item name="note" label={t(`${ns}.field.note`)}>
          <Input.TextArea maxLength={500} autoSize={{ minRows: 1, maxRows: 4 }} />
        </Form.Item>
        <Button type="primary" htmlType="submit" block size="large" loading={busy} data-testid="my-report-submit">
          {t(`${ns}.mine.submit`)}
        </Button>
      </Form>
    </Card>
  );
}

/** For a unit's liaison: today's report of each unit of the kind they belong to, at the top of the tab. */
export function MyUnitReports<I extends Item, B extends object>(props: Props<I, B>) {
  const { fetchMine, onFiled } = props;
  const load = useCallback((signal: AbortSignal) => fetchMine(signal), [fetchMine]);
  const { data, reload } = useFetch(load);
  if (!data || data.items.length === 0) return null;
  return (
    <Flex vertical gap={12} style={{ marginBottom: 16, maxWidth: 480 }}>
      {data.items.map((item) => (
        <UnitReportForm
          key={item.ledger.id}
          {...props}
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
