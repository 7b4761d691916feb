import { App, Flex, Form, Input, InputNumber, Radio, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../app/components/FormModal';
import { createKeypostGroup } from './api';
import type { KeypostGroup } from './api';

type Frequency = 'daily' | 'twiceWeekly' | 'everyNDays';
type Values = { name: string; frequency: Frequency; days?: number | null; graceHours?: number | null };

const DEFAULT_GRACE_HOURS = 12;
// The server takes intervals of up to 1,440 hours (60 days).
const MAX_DAYS = 60;

/** The interval the chosen frequency means, in hours. */
function intervalHoursOf({ frequency, days }: Pick<Values, 'frequency' | 'days'>): number {
  if (frequency === 'daily') return 24;
  if (frequency === 'twiceWeekly') return 84;
  return (days ?? 1) * 24;
}

/** The number of days, asked for only when the frequency is every N days. */
function DaysField() {
  const { t } = useTranslation();
  const frequency = Form.useWatch<Frequency | undefined>('frequency');
  if (frequency !== 'everyNDays') return null;
  return (
    <Form.Item name="days" label={t('testing.keypost.days')} rules={[{ required: true }]}>
      <InputNumber min={1} max={MAX_DAYS} precision={0} suffix={t('testing.keypost.daysUnit')} style={{ width: 160 }} />
    </Form.Item>
  );
}

/** What the chosen frequency comes to, in hours, as the server keeps it. */
function IntervalHint() {
  const { t } = useTranslation();
  const frequency = Form.useWatch<Frequency | undefined>('frequency') ?? 'daily';
  const days = Form.useWatch<number | null | undefined>('days');
  return (
    <Flex>
      <Typography.Text type="secondary">
        {t('testing.keypost.intervalHint', { hours: intervalHoursOf({ frequency, days }) })}
      </Typography.Text>
    </Flex>
  );
}

type Props = { open: boolean; onClose: () => void; onCreated: (group: KeypostGroup) => void };

/** Creates a group of key-post workers with how often they are to be tested and the grace after that. */
export function CreateGroupModal({ open, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();

  const submit = async (values: Values) => {
    const group = await createKeypostGroup({
      name: values.name.trim(),
      intervalHours: intervalHoursOf(values),
      graceHours: values.graceHours ?? DEFAULT_GRACE_HOURS,
    });
    void message.success(t('testing.keypost.groupCreated', { name: group.name }));
    onCreated(group);
  };

  return (
    <FormModal<Values>
      open={open}
      name="keypostGroup"
      title={t('testing.keypost.createGroupTitle')}
      okTestId="keypost-group-submit"
      initialValues={{ frequency: 'daily', days: 3, graceHours: DEFAULT_GRACE_HOURS }}
      onClose={onClose}
      onSubmit={submit}
    >
      <Form.Item name="name" label={t('testing.keypost.groupName')} rules={[{ required: true, whitespace: true }]}>
        <Input maxLength={50} placeholder={t('testing.keypost.groupNamePlaceholder')} />
      </Form.Item>
      <Form.Item name="frequency" label={t('testing.keypost.frequency')} rules={[{ required: true }]}>
        <Radio.Group
          optionType="button"
          options={(['daily', 'twiceWeekly', 'everyNDays'] as const).map((frequency) => ({
            value: frequency,
            label: t(`testing.keypost.frequencies.${frequency}`),
          }))}
        />
      </Form.Item>
      <DaysField />
      <Form.Item
        name="graceHours"
        label={t('testing.keypost.graceHours')}
        extra={t('testing.keypost.graceHint')}
        rules={[{ required: true }]}
      >
        <InputNumber min={0} max={168} precision={0} suffix={t('testing.keypost.hoursUnit')} style={{ width: 160 }} />
      </Form.Item>
      <IntervalHint />
    </FormModal>
  );
}
