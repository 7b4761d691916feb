import { useState } from 'react';
import { App, Button, DatePicker, Drawer, Flex, Form, Radio, Select, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useAction } from '../../../app/hooks/useAction';
import type { ResidentListItem } from '../../registry/api';
import type { Contact } from '../../tracing/api';
import { MINUTE_PICKER, optionalInstant } from '../../tracing/time';
import { createQuarantine, fetchRoomSuggestions } from './api';
import type { HomeConditionKey, QuarantineDetail, QuarantineGroup, QuarantineMode, RoomSuggestion } from './api';
import { HomeConditionsField, SiteRoomFields, toHomeConditions } from './PlacementFields';
import { PersonPicker, type PickBy } from './PersonPicker';
import { useQuarantineOptions } from './vocabulary';

type Values = {
  by: PickBy;
  idNumber?: string;
  name?: string;
  phone?: string;
  regionId?: number;
  contactId?: number;
  group: QuarantineGroup;
  mode: QuarantineMode;
  siteId?: number;
  roomId?: number;
  homeConditions?: HomeConditionKey[];
  startsAt?: Dayjs | null;
};

type Props = { open: boolean; onClose: () => void; onCreated: (created: QuarantineDetail) => void };

const INITIAL: Partial<Values> = { by: 'idNumber', group: 'close_contact', mode: 'centralized' };

/** The person as the server takes them: resident, contact, or ID number with name and region. */
function personOf(values: Values, resident: ResidentListItem | null | undefined) {
  if (values.by === 'contact') return { contactId: values.contactId ?? 0 };
  if (resident) return { residentId: resident.id };
  return {
    idNumber: (values.idNumber ?? '').trim().toUpperCase(),
    name: (values.name ?? '').trim(),
    phone: values.phone?.trim() || undefined,
    regionId: values.regionId,
  };
}

/** 隔离登记: puts one person under quarantine, in a room (with a suggestion) or at home (conditions checked). */
export function PutUnderQuarantineDrawer({ open, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { groupOptions } = useQuarantineOptions();
  const [form] = Form.useForm<Values>();
  const { run, busy } = useAction();
  const [resident, setResident] = useState<ResidentListItem | null | undefined>(undefined);
  const [contact, setContact] = useState<Contact | undefined>(undefined);
  const [suggestion, setSuggestion] = useState<RoomSuggestion | null>(null);

  const suggest = () =>
    void run(async () => {
      const siteId = form.getFieldValue('siteId') as number | undefined;
      const who = contact ? { contactIds: [contact.id] } : resident ? { residentIds: [resident.id] } : null;
      if (!siteId || !who) return;
      const [found] = await fetchRoomSuggestions(siteId, who);
      setSuggestion(found ?? null);
      if (found?.room) form.setFieldValue('roomId', found.room.id);
      else void message.warning(t('quarantine.create.noSuggestion'));
    });

  const submit = (values: Values) =>
    void run(async () => {
      const centralized = values.mode === 'centralized';
      const created = await createQuarantine({
        person: personOf(values, resident),
        group: values.group,
        mode: values.mode,
        ...(centralized ? { siteId: values.siteId, roomId: values.roomId } : {}),
        ...(centralized ? {} : { homeConditions: toHomeConditions(values.homeConditions) }),
        startsAt: optionalInstant(values.startsAt),
      });
      void message.success(t('quarantine.create.done', { code: created.code }));
      form.resetFields();
      setResident(undefined);
      setSuggestion(null);
      onCreated(created);
    }, form);

  const suggestionNote = suggestion?.room && (
    <Flex gap={4} wrap align="center">
      <Typography.Text type="secondary">
        {t('quarantine.create.suggested', { room: suggestion.room.number })}
      </Typography.Text>
      {suggestion.notes.map((note) => (
        <Tag key={note}>{t(`quarantine.notes.${note}`)}</Tag>
      ))}
    </Flex>
  );

  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={t('quarantine.create.title')}
      size={520}
      styles={{ wrapper: { maxWidth: '100vw' } }}
      extra={
        <Button type="primary" loading={busy} onClick={() => form.submit()} data-testid="quarantine-create-submit">
          {t('quarantine.create.submit')}
        </Button>
      }
    >
      <Form<Values> form={form} name="putUnderQuarantine" layout="vertical" initialValues={INITIAL} onFinish={submit}>
        <PersonPicker resident={resident} onResident={setResident} onContact={setContact} />
        <Form.Item name="group" label={t('quarantine.create.group')} rules={[{ required: true }]}>
          <Select options={groupOptions} />
        </Form.Item>
        <Form.Item name="mode" label={t('quarantine.create.mode')} rules={[{ required: true }]}>
          <Radio.Group optionType="button" buttonStyle="solid">
            <Radio.Button value="centralized">{t('quarantine.modes.centralized')}</Radio.Button>
            <Radio.Button value="home">{t('quarantine.modes.home')}</Radio.Button>
          </Radio.Group>
        </Form.Item>
        <Form.Item noStyle dependencies={['mode']}>
          {({ getFieldValue }) =>
            getFieldValue('mode') === 'home' ? (
              <HomeConditionsField />
            ) : (
              <SiteRoomFields
                extra={
                  <Flex vertical gap={4} style={{ marginTop: 4 }}>
                    <Button size="small" onClick={suggest} disabled={!resident && !contact} data-testid="suggest-room">
                      {t('quarantine.create.suggest')}
                    </Button>
                    {suggestionNote}
                  </Flex>
                }
              />
            )
          }
        </Form.Item>
        <Form.Item name="startsAt" label={t('quarantine.create.startsAt')} extra={t('quarantine.create.startsAtHint')}>
          <DatePicker {...MINUTE_PICKER} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
