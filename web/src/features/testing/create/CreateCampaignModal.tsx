import { App, DatePicker, Flex, Form, Input, Select, Switch } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../app/components/FormModal';
import { RegionTreeSelect } from '../../regions/RegionTreeSelect';
import { createCampaign, poolSizes } from '../api';
import type { Campaign, NewCampaign, TargetKind } from '../api';
import { usePoolLabel } from '../CampaignStatusTag';
import { beijingHourNow, beijingInstant } from '../time';
import { CapacityPanel } from './CapacityPanel';
import { parseIdList } from './idList';
import type { ListedId, ListRejection } from './idList';
import { PointsField } from './PointsField';
import type { PointRow } from './PointsField';
import { PoolingRulesField } from './PoolingRulesField';
import { SingleTubeGroupsField } from './SingleTubeGroupsField';
import type { PoolingRuleRow } from './PoolingRulesField';
import { TargetFields } from './TargetFields';
import { useShowTargetRejected } from './TargetRejected';

type Values = {
  name: string;
  regionIds: number[];
  targetKind: TargetKind;
  groupIds?: number[];
  idList?: string;
  poolSize: NewCampaign['poolSize'];
  window: [Dayjs, Dayjs];
  poolingRules?: PoolingRuleRow[];
  singleTubeGroupIds?: number[];
  resampleHouseholds: boolean;
  points: PointRow[];
};

const NONE: never[] = [];

function targetOf(values: Values, listed: ListedId[]): NewCampaign['target'] {
  if (values.targetKind === 'keypost')
    return values.groupIds?.length ? { kind: 'keypost', groupIds: values.groupIds } : { kind: 'keypost' };
  if (values.targetKind === 'list') return { kind: 'list', idNumbers: listed.map((entry) => entry.idNumber) };
  return { kind: 'residents' };
}

function newCampaignOf(values: Values, listed: ListedId[]): NewCampaign {
  return {
    name: values.name.trim(),
    regionIds: values.regionIds,
    target: targetOf(values, listed),
    poolSize: values.poolSize,
    startsAt: beijingInstant(values.window[0]),
    endsAt: beijingInstant(values.window[1]),
    poolingRules: (values.poolingRules ?? []).map(({ regionId, pooling }) => ({ regionId, pooling })),
    singleTubeGroupIds: values.singleTubeGroupIds ?? [],
    resampleHouseholds: values.resampleHouseholds,
    points: values.points.map(({ placeId, tables, opensAt, closesAt }) => ({ placeId, tables, opensAt, closesAt })),
  };
}

/** The planner, inside the form so it follows what is filled in. */
function WatchedCapacity() {
  const regionIds = Form.useWatch<number[] | undefined>('regionIds') ?? NONE;
  const kind = Form.useWatch<TargetKind | undefined>('targetKind') ?? 'residents';
  const groupIds = Form.useWatch<number[] | undefined>('groupIds') ?? NONE;
  const idList = Form.useWatch<string | undefined>('idList') ?? '';
  const window = Form.useWatch<[Dayjs, Dayjs] | null | undefined>('window') ?? null;
  const points = Form.useWatch<PointRow[] | undefined>('points') ?? NONE;
  const target = { kind, groupIds, idList };
  return <CapacityPanel regionIds={regionIds} target={target} window={window} points={points} />;
}

type Props = { open: boolean; onClose: () => void; onCreated: (campaign: Campaign) => void };

/** Plans a round: its areas and target, pooling, window and sampling points, with the capacity it needs. */
export function CreateCampaignModal({ open, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const poolLabel = usePoolLabel();
  const showRejected = useShowTargetRejected();

  const submit = async (values: Values) => {
    const { listed, invalid } =
      values.targetKind === 'list' ? parseIdList(values.idList ?? '') : { listed: [], invalid: [] };
    const { campaign, targetRejected } = await createCampaign(newCampaignOf(values, listed));
    // The server counts rows of what it was sent; the user counts lines of what they pasted.
    const rejected: ListRejection[] = [
      ...invalid,
      ...targetRejected.map(({ row, reason }) => ({ line: listed[row - 1]?.line ?? row, reason })),
    ].sort((a, b) => a.line - b.line);
    if (rejected.length > 0) showRejected(rejected);
    else void message.success(t('testing.campaign.created'));
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
      initialValues={{
        targetKind: 'residents',
        poolSize: 10,
        window: [start, start.add(24, 'hour')],
        poolingRules: [],
        resampleHouseholds: false,
        points: [],
      }}
      onClose={onClose}
      onSubmit={submit}
    >
      <Form.Item name="name" label={t('testing.form.name')} rules={[{ required: true, whitespace: true }]}>
        <Input maxLength={100} placeholder={t('testing.form.namePlaceholder')} />
      </Form.Item>
      <Form.Item name="regionIds" label={t('testing.form.areas')} rules={[{ required: true, type: 'array', min: 1 }]}>
        <RegionTreeSelect multiple placeholder={t('testing.form.areasPlaceholder')} />
      </Form.Item>
      <TargetFields />
      <Flex wrap gap={16}>
        <Form.Item name="poolSize" label={t('testing.form.poolSize')} rules={[{ required: true }]}>
          <Select options={poolSizes.map((size) => ({ value: size, label: poolLabel(size) }))} style={{ width: 140 }} />
        </Form.Item>
        <Form.Item name="window" label={t('testing.form.window')} rules={[{ required: true }]} style={{ flex: 1 }}>
          <DatePicker.RangePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
        </Form.Item>
      </Flex>
      <PoolingRulesField />
      <SingleTubeGroupsField />
      <Form.Item
        name="resampleHouseholds"
        label={t('testing.form.resampleHouseholds')}
        extra={t('testing.form.resampleHouseholdsHint')}
        valuePropName="checked"
      >
        <Switch />
      </Form.Item>
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
