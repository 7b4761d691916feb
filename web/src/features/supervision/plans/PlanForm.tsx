import { useCallback } from 'react';
import { Button, DatePicker, Drawer, Form, Input, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useAction } from '../../../app/hooks/useAction';
import { useKindLabel } from '../inspections/tags';
import { createPlan, searchInspectors, searchTargets } from './api';
import type { PlanDetail } from './api';
import { type Option, RemoteMultiSelect } from './RemoteMultiSelect';

type Values = {
  title: string;
  unannounced: boolean;
  dates: [Dayjs, Dayjs];
  targets: Option[];
  members?: Option[];
  note?: string;
};

type Props = { open: boolean; onClose: () => void; onCreated: (plan: PlanDetail) => void };

// A target option's value says what it is: "p:12" a place, "r:7" a region node.
const idsOf = (targets: Option[], prefix: 'p' | 'r') =>
  targets.filter((o) => o.value.startsWith(`${prefix}:`)).map((o) => Number(o.value.slice(2)));

function PlanFields({ onCreated }: Pick<Props, 'onCreated'>) {
  const { t } = useTranslation();
  const kindLabel = useKindLabel();
  const { run, busy } = useAction();
  const [form] = Form.useForm<Values>();
  const findTargets = useCallback(
    async (q: string) =>
      (await searchTargets(q)).map((o) => ({
        value: o.placeId ? `p:${o.placeId}` : `r:${o.regionId}`,
        label: `${o.name}（${kindLabel(o.kind)}）`,
      })),
    [kindLabel],
  );
  const findInspectors = useCallback(
    async (q: string) => (await searchInspectors(q)).map((u) => ({ value: String(u.id), label: u.name })),
    [],
  );

  const submit = (values: Values) =>
    run(async () => {
      onCreated(
        await createPlan({
          title: values.title,
          unannounced: values.unannounced,
          startsOn: values.dates[0].format('YYYY-MM-DD'),
          endsOn: values.dates[1].format('YYYY-MM-DD'),
          placeIds: idsOf(values.targets, 'p'),
          regionIds: idsOf(values.targets, 'r'),
          memberIds: (values.members ?? []).map((o) => Number(o.value)),
          note: values.note?.trim() || undefined,
        }),
      );
    }, form);

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      onFinish={(values) => void submit(values)}
      initialValues={{ unannounced: true, dates: [dayjs(), dayjs()] }}
    >
      <Form.Item name="title" label={t('supervision.plan.title')} rules={[{ required: true, whitespace: true }]}>
        <Input maxLength={100} data-testid="plan-title" />
      </Form.Item>
      <Form.Item name="unannounced" label={t('supervision.plan.unannounced')} valuePropName="checked">
        <Switch />
      </Form.Item>
      <Form.Item name="dates" label={t('supervision.plan.dates')} rules={[{ required: true }]}>
        <DatePicker.RangePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="targets" label={t('supervision.plan.targets')} rules={[{ required: true }]}>
        <RemoteMultiSelect search={findTargets} placeholder={t('supervision.plan.targetsHint')} testId="plan-targets" />
      </Form.Item>
      <Form.Item name="members" label={t('supervision.plan.team')}>
        <RemoteMultiSelect search={findInspectors} placeholder={t('supervision.plan.teamHint')} testId="plan-team" />
      </Form.Item>
      <Form.Item name="note" label={t('supervision.plan.note')}>
        <Input.TextArea maxLength={2000} autoSize={{ minRows: 2 }} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={busy} block data-testid="plan-save">
        {t('supervision.plan.new')}
      </Button>
    </Form>
  );
}

/** Creates a plan: targets picked from the places and areas of the jurisdiction, and a team. */
export function PlanForm({ open, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={t('supervision.plan.new')}
      size={480}
      styles={{ wrapper: { maxWidth: '100vw' } }}
      destroyOnHidden
    >
      <PlanFields onCreated={onCreated} />
    </Drawer>
  );
}
