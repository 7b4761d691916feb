import { Button, DatePicker, Drawer, Form, Input, Radio, Select, Typography } from 'antd';
import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { TIME_ZONE } from '../../../app/format';
import { useAction } from '../../../app/hooks/useAction';
import { useFetch } from '../../../app/hooks/useFetch';
import { RegionTreeSelect } from '../../regions/RegionTreeSelect';
import { beijingInstant } from '../../testing/time';
import { MINUTE_PICKER } from '../../tracing/time';
import { designateArea, fetchLevels } from './api';
import type { AreaDetail, AreaGeometry, AreaKind } from './api';
import { BuildingSelect } from './BuildingSelect';
import { PolygonInput } from './lazyMaps';
import { useLevelName } from './LevelTag';

type Values = {
  level: string;
  kind: AreaKind;
  regionId?: number;
  buildingId?: number;
  polygon?: AreaGeometry | null;
  name?: string;
  startsAt: Dayjs;
  reason: string;
};

const KINDS: AreaKind[] = ['region', 'building', 'polygon'];
const loadActiveLevels = (signal: AbortSignal) => fetchLevels(undefined, signal);

/** The target part of the body: exactly one of a region, a building, or a polygon with the region holding it. */
function targetOf({ kind, regionId, buildingId, polygon }: Values) {
  if (kind === 'building') return { buildingId };
  if (kind === 'polygon') return { regionId, polygon: polygon ?? undefined };
  return { regionId };
}

function DesignateForm({ onCreated }: { onCreated: (area: AreaDetail) => void }) {
  const { t } = useTranslation();
  const levelName = useLevelName();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form);
  const regionId = Form.useWatch('regionId', form);
  const { run, busy } = useAction();
  const levels = useFetch(loadActiveLevels).data;

  const submit = (values: Values) =>
    void run(async () => {
      const area = await designateArea({
        level: values.level,
        name: values.name?.trim() || undefined,
        startsAt: beijingInstant(values.startsAt),
        reason: values.reason.trim(),
        ...targetOf(values),
      });
      onCreated(area);
    }, form);

  return (
    <Form<Values>
      form={form}
      name="designate"
      layout="vertical"
      initialValues={{ kind: 'region', startsAt: dayjs(dayjs().tz(TIME_ZONE).format('YYYY-MM-DDTHH:mm')) }}
      onFinish={submit}
    >
      <Form.Item
        name="level"
        label={t('riskAreas.designate.level')}
        rules={[{ required: true }]}
        extra={levels && t('riskAreas.designate.protocol', levels.protocol)}
      >
        <Select
          data-testid="designate-level"
          options={(levels?.levels ?? []).map((level) => ({ value: level.key, label: levelName(level.label) }))}
        />
      </Form.Item>
      <Form.Item name="kind" label={t('riskAreas.designate.target')}>
        <Radio.Group
          optionType="button"
          options={KINDS.map((value) => ({ value, label: t(`riskAreas.kind.${value}`) }))}
        />
      </Form.Item>
      {kind !== 'building' && (
        <Form.Item
          name="regionId"
          label={t(kind === 'polygon' ? 'riskAreas.designate.regionForPolygon' : 'riskAreas.designate.region')}
          extra={kind === 'polygon' ? t('riskAreas.designate.regionForPolygonHint') : undefined}
          rules={[{ required: true }]}
        >
          <RegionTreeSelect data-testid="designate-region" />
        </Form.Item>
      )}
      {kind === 'building' && (
        <Form.Item name="buildingId" label={t('riskAreas.designate.building')} rules={[{ required: true }]}>
          <BuildingSelect />
        </Form.Item>
      )}
      {kind === 'polygon' && (
        <Form.Item
          name="polygon"
          label={t('riskAreas.designate.polygon')}
          rules={[{ required: true, message: t('riskAreas.designate.polygonRequired') }]}
        >
          <PolygonInput regionId={regionId} />
        </Form.Item>
      )}
      <Form.Item name="name" label={t('riskAreas.designate.name')} extra={t('riskAreas.designate.nameHint')}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="startsAt" label={t('riskAreas.designate.startsAt')} rules={[{ required: true }]}>
        <DatePicker {...MINUTE_PICKER} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="reason" label={t('riskAreas.designate.reason')} rules={[{ required: true, whitespace: true }]}>
        <Input.TextArea rows={3} maxLength={500} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={busy} data-testid="designate-submit">
        {t('riskAreas.designate.submit')}
      </Button>
    </Form>
  );
}

type Props = { open: boolean; onClose: () => void; onCreated: (area: AreaDetail) => void };

/** Proposes a risk area: level, what it is drawn on, start and reason; a second person approves it. */
export function DesignateDrawer({ open, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={t('riskAreas.designate.title')}
      size={720}
      styles={{ wrapper: { maxWidth: '100vw' } }}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
        {t('riskAreas.detail.ownProposal')}
      </Typography.Paragraph>
      <DesignateForm onCreated={onCreated} />
    </Drawer>
  );
}
