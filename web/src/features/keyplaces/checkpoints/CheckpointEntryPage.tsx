import { useEffect, useState } from 'react';
import { App, Button, Collapse, Flex, Form, Input, InputNumber, Radio, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../../app/components/LanguageSwitch';
import { useFetch } from '../../../app/hooks/useFetch';
import { useSyncLoop } from '../../../app/offline/useSyncLoop';
import { prepareOffline } from '../../testing/sampling/pwa';
import {
  type CheckpointAction,
  checkpointActions,
  type EntryInput,
  fetchCheckpoints,
  type HealthCode,
  healthCodes,
  parsePlate,
  platedKinds,
  type TestProof,
  testProofs,
  type VehicleKind,
  vehicleKinds,
} from './api';
import { EntryStatusBar } from './EntryStatusBar';
import { logEntry, pruneOld } from './entrylog';
import { PeopleFields } from './PeopleFields';
import { RecentEntries } from './RecentEntries';
import { checkpointEntries } from './sync';

const REMEMBERED_KEY = 'fangkong-checkpoint-last';

/** What the keeper chose last: most vehicles at a checkpoint come the same way with the same papers. */
type Remembered = {
  checkpointId?: number;
  direction: 'in' | 'out';
  vehicleKind: VehicleKind;
  origin?: string;
  destination?: string;
  healthCode: HealthCode;
  testProof: TestProof;
  action: CheckpointAction;
  /** The province character and letter of the last plate (粤B), to type only the rest. */
  platePrefix?: string;
};
type Values = Remembered & { plate?: string; persons: number; people?: EntryInput['people']; note?: string };

const defaults: Remembered = {
  direction: 'in',
  vehicleKind: 'car',
  healthCode: 'green',
  testProof: 'h48',
  action: 'passed',
};

function remembered(): Remembered {
  try {
    return { ...defaults, ...(JSON.parse(localStorage.getItem(REMEMBERED_KEY) ?? '{}') as Partial<Remembered>) };
  } catch {
    return defaults;
  }
}

const big = { size: 'large' as const, style: { width: '100%' } };
const buttons = <T extends string>(values: readonly T[], label: (value: T) => string) =>
  values.map((value) => ({ value, label: label(value) }));

/**
 * A checkpoint's fast entry (/checkpoint), full screen on a phone: every vehicle or walk-in is written to
 * the phone first and sent in batches when the network allows, each with its own entry id so nothing is
 * stored twice.
 */
export function CheckpointEntryPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { loop, state } = useSyncLoop(checkpointEntries);
  const { data: places } = useFetch(fetchCheckpoints);
  const [form] = Form.useForm<Values>();
  const [last] = useState(remembered);
  const kind = Form.useWatch('vehicleKind', form) ?? last.vehicleKind;
  const recordable = (places ?? []).filter((p) => p.canRecord);

  useEffect(() => {
    void prepareOffline();
    void pruneOld().catch(() => undefined);
  }, []);
  useEffect(() => {
    const only = recordable.length === 1 ? recordable[0] : undefined;
    if (only && !form.getFieldValue('checkpointId')) form.setFieldValue('checkpointId', only.id);
  }, [recordable, form]);

  const submit = async (values: Values) => {
    const plate = kind === 'pedestrian' || !values.plate?.trim() ? null : parsePlate(values.plate);
    const { plate: _typed, people, persons, note, platePrefix: _prefix, ...kept } = values;
    await logEntry({
      ...kept,
      checkpointId: Number(values.checkpointId),
      at: new Date().toISOString(),
      plate,
      persons,
      ...(people?.length ? { people } : {}),
      ...(note?.trim() ? { note: note.trim() } : {}),
    });
    const next: Remembered = { ...kept, ...(plate ? { platePrefix: plate.slice(0, 2) } : {}) };
    localStorage.setItem(REMEMBERED_KEY, JSON.stringify(next));
    void message.success(t('checkpoints.recorded', { plate: plate ?? t('checkpoints.walkIn') }));
    form.setFieldsValue({
      plate: next.platePrefix ?? '',
      platePrefix: next.platePrefix,
      persons: 1,
      people: [],
      note: '',
    });
    loop.kick(true);
  };

  const plateRule = {
    validator: async (_: unknown, value?: string) => {
      if (kind === 'pedestrian') return;
      if (!value?.trim() || value.trim() === form.getFieldValue('platePrefix')) {
        if (platedKinds.includes(kind)) throw new Error(t('checkpoints.plateRequired'));
        return;
      }
      if (!parsePlate(value)) throw new Error(t('checkpoints.plateInvalid'));
    },
  };

  return (
    <Flex vertical style={{ minHeight: '100dvh', background: '#f5f5f5' }}>
      <div style={{ position: 'sticky', top: 0, zIndex: 10 }}>
        <Flex align="center" justify="space-between" style={{ padding: '8px 12px', background: '#1d4ed8' }}>
          <Typography.Text strong style={{ color: '#fff', fontSize: 18 }}>
            {t('checkpoints.entryTitle')}
          </Typography.Text>
          <LanguageSwitch />
        </Flex>
        <EntryStatusBar state={state} loop={loop} />
      </div>
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ ...last, plate: last.platePrefix ?? '', persons: 1 }}
        onFinish={(values) => void submit(values)}
        style={{ padding: 12, width: '100%', maxWidth: 560, margin: '0 auto', boxSizing: 'border-box' }}
      >
        <Form.Item name="checkpointId" label={t('checkpoints.checkpoint')} rules={[{ required: true }]}>
          <Select
            {...big}
            placeholder={
              places && recordable.length === 0 ? t('checkpoints.noCheckpoint') : t('checkpoints.chooseCheckpoint')
            }
            options={recordable.map((p) => ({ value: p.id, label: p.name }))}
            data-testid="checkpoint-place"
          />
        </Form.Item>
        <Form.Item name="platePrefix" hidden>
          <Input />
        </Form.Item>
        <Form.Item name="direction" label={t('checkpoints.direction')}>
          <Radio.Group
            {...big}
            optionType="button"
            buttonStyle="solid"
            options={buttons(['in', 'out'] as const, (d) => t(`checkpoints.directions.${d}`))}
            data-testid="checkpoint-direction"
          />
        </Form.Item>
        <Form.Item name="vehicleKind" label={t('checkpoints.vehicleKind')}>
          <Radio.Group
            size="large"
            optionType="button"
            options={buttons(vehicleKinds, (k) => t(`checkpoints.vehicleKinds.${k}`))}
            data-testid="checkpoint-kind"
          />
        </Form.Item>
        {kind !== 'pedestrian' && (
          <Form.Item
            name="plate"
            label={t('checkpoints.plate')}
            rules={[plateRule]}
            normalize={(v: string) => v.toUpperCase()}
          >
            <Input
              size="large"
              autoCapitalize="characters"
              autoComplete="off"
              placeholder={t('checkpoints.platePlaceholder')}
              style={{ fontSize: 22, letterSpacing: 2 }}
              data-testid="checkpoint-plate"
            />
          </Form.Item>
        )}
        <Flex gap={8}>
          <Form.Item name="origin" label={t('checkpoints.origin')} style={{ flex: 1 }}>
            <Input size="large" maxLength={100} data-testid="checkpoint-origin" />
          </Form.Item>
          <Form.Item name="destination" label={t('checkpoints.destination')} style={{ flex: 1 }}>
            <Input size="large" maxLength={100} data-testid="checkpoint-destination" />
          </Form.Item>
        </Flex>
        <Form.Item name="persons" label={t('checkpoints.persons')}>
          <InputNumber {...big} min={1} max={200} inputMode="numeric" data-testid="checkpoint-persons" />
        </Form.Item>
        <Form.Item name="healthCode" label={t('checkpoints.healthCode')}>
          <Radio.Group
            size="large"
            optionType="button"
            options={buttons(healthCodes, (c) => t(`checkpoints.healthCodes.${c}`))}
          />
        </Form.Item>
        <Form.Item name="testProof" label={t('checkpoints.testProof')}>
          <Radio.Group
            size="large"
            optionType="button"
            options={buttons(testProofs, (p) => t(`checkpoints.testProofs.${p}`))}
          />
        </Form.Item>
        <Form.Item name="action" label={t('checkpoints.action')}>
          <Radio.Group
            size="large"
            optionType="button"
            options={buttons(checkpointActions, (a) => t(`checkpoints.actions.${a}`))}
            data-testid="checkpoint-action"
          />
        </Form.Item>
        <Collapse
          size="small"
          style={{ marginBottom: 16 }}
          items={[
            {
              key: 'more',
              label: `${t('checkpoints.people')} / ${t('checkpoints.note')}`,
              forceRender: true,
              children: (
                <>
                  <PeopleFields />
                  <Form.Item name="note" label={t('checkpoints.note')} style={{ marginTop: 12 }}>
                    <Input.TextArea rows={2} maxLength={500} />
                  </Form.Item>
                </>
              ),
            },
          ]}
        />
        <Button
          type="primary"
          htmlType="submit"
          size="large"
          block
          style={{ height: 56, fontSize: 20 }}
          data-testid="checkpoint-submit"
        >
          {t('checkpoints.submit')}
        </Button>
        <div style={{ marginTop: 16, background: '#fff' }}>
          <RecentEntries />
        </div>
      </Form>
    </Flex>
  );
}
