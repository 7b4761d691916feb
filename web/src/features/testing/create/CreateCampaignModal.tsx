import { App, DatePicker, Flex, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../app/components/FormModal';
import { RegionTreeSelect } from '../../regions/RegionTreeSelect';
import { createCampaign, poolSizes } from '../api';
import type { Campaign, NewCampaign } from '../api';
import { usePoolLabel } from '../CampaignStatusTag';
import { beijingHourNow, beijingInstant } from '../time';
import { CapacityPanel } from './CapacityPanel';
import { PointsField } from './PointsField';
import type { PointRow } from './PointsField';

type Values = {
  name: string;
  regionIds: number[];
  poolSize: NewCampaign['poolSize'];
  window: [Dayjs, Dayjs];
  points: PointRow[];
};

const NONE: never[] = [];

function newCampaignOf(values: Values): NewCampaign {
  return {
    name: values.name.trim(),
    regionIds: values.regionIds,
    poolSize: values.poolSize,
    startsAt: beijingInstant(values.window[0]),
    endsAt: beijingInstant(values.window[1]),
    points: values.points.map(({ placeId, tables, opensAt, closesAt }) => ({ placeId, tables, opensAt, closesAt })),
  };
}

/** The planner, inside the form so it follows what is filled in. */
function WatchedCapacity() {
  const regionIds = Form.useWatch<number[] | undefined>('regionIds') ?? NONE;
  const window = Form.useWatch<[Dayjs, Dayjs] | null | undefined>('window') ?? null;
  const points = Form.useWatch<PointRow[] | undefined>('points') ?? NONE;
  return <CapacityPanel regionIds={regionIds} window={window} points={points} />;
}

type Props = { open: boolean; onClose: () => void; onCreated: (campaign: Campaign) => void };

/** Plans a round: its areas, pooling, window and sampling points, with the capacity it needs. */
export function CreateCampaignModal({ open, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const poolLabel = usePoolLabel();

  const submit = async (values: Values) => {
    const campaign = await createCampaign(newCampaignOf(values));
    void message.success(t('testing.campaign.created'));
    onCreated(campaign);
  };

  const start = beijingHourNow();
  return (
    <FormModal<Values>
      open={open}
      name="createCampaign"
      title={t('testing.campaign.createTitle')}
      width={880}
      okTestId="campaign-create-submit"
      initialValues={{ poolSize: 10, window: [start, start.add(24, 'hour')], points: [] }}
      onClose={onClose}
      onSubmit={submit}
    >
      <Form.Item name="name" label={t('testing.form.name')} rules={[{ required: true, whitespace: true }]}>
        <Input maxLength={100} placeholder={t('testing.form.namePlaceholder')} />
      </Form.Item>
      <Form.Item name="regionIds" label={t('testing.form.areas')} rules={[{ required: true, type: 'array', min: 1 }]}>
        <RegionTreeSelect multiple placeholder={t('testing.form.areasPlaceholder')} />
      </Form.Item>
      <Flex wrap gap={16}>
        <Form.Item name="poolSize" label={t('testing.form.poolSize')} rules={[{ required: true }]}>
          <Select options={poolSizes.map((size) => ({ value: size, label: poolLabel(size) }))} style={{ width: 140 }} />
        </Form.Item>
        <Form.Item name="window" label={t('testing.form.window')} rules={[{ required: true }]} style={{ flex: 1 }}>
          <DatePicker.RangePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
        </Form.Item>
      </Flex>
      <Form.Item
        name="points"
        label={t('testing.form.points')}
        rules={[{ required: true, type: 'array', min: 1, message: t('testing.form.pointsRequired') }]}
      >
        <PointsField />
      </Form.Item>
      <WatchedCapacity />
    </FormModal>
  );
}
