import { useCallback } from 'react';
import { Checkbox, Form, Select } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFetch } from '../../../app/hooks/useFetch';
import { fetchBoard, fetchSites } from '../sites/api';
import { homeConditionKeys } from './api';
import type { HomeConditionKey, HomeConditions } from './api';

/** The checked home conditions as the server takes them (every one must hold). */
export const toHomeConditions = (checked: HomeConditionKey[] | undefined): HomeConditions =>
  Object.fromEntries(homeConditionKeys.map((key) => [key, checked?.includes(key) ?? false])) as HomeConditions;

/** 居家隔离条件: a checklist, each checked at the door. */
export function HomeConditionsField() {
  const { t } = useTranslation();
  return (
    <Form.Item name="homeConditions" label={t('quarantine.create.conditions')}>
      <Checkbox.Group
        style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
        options={homeConditionKeys.map((key) => ({ value: key, label: t(`quarantine.homeConditions.${key}`) }))}
      />
    </Form.Item>
  );
}

/** Rooms of a site that can take a person: free, or shared with beds to spare. */
function RoomSelect({ siteId, ...props }: { siteId: number; value?: number; onChange?: (id: number) => void }) {
  const { t } = useTranslation();
  const { data } = useFetch(useCallback((signal: AbortSignal) => fetchBoard(siteId, signal), [siteId]));
  const rooms = (data?.floors ?? []).flatMap((f) => f.rooms);
  const options = rooms
    .filter((r) => (r.status === 'free' || r.status === 'occupied') && r.occupants.length < r.beds)
    .map((r) => ({
      value: r.id,
      label: `${r.number} · ${t(`quarantine.roomKinds.${r.kind}`)} · ${t('quarantine.board.bedsOf', { persons: r.occupants.length, beds: r.beds })}`,
    }));
  return <Select {...props} showSearch optionFilterProp="label" options={options} data-testid="room-select" />;
}

/** Site and room of a centralized quarantine; `extra` goes under the room (e.g. the suggestion). */
export function SiteRoomFields({ extra }: { extra?: ReactNode }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const sites = useFetch(fetchSites).data ?? [];
  return (
    <>
      <Form.Item name="siteId" label={t('quarantine.create.site')} rules={[{ required: true }]}>
        <Select
          options={sites.map((s) => ({
            value: s.id,
            label: `${s.name}（${t('quarantine.create.freeBeds', { count: s.occupancy.freeBeds })}）`,
          }))}
          onChange={() => form.setFieldValue('roomId', undefined)}
          data-testid="site-select"
        />
      </Form.Item>
      <Form.Item noStyle dependencies={['siteId']}>
        {({ getFieldValue }) => {
          const siteId = getFieldValue('siteId') as number | undefined;
          return siteId ? (
            <Form.Item name="roomId" label={t('quarantine.create.room')} rules={[{ required: true }]} extra={extra}>
              <RoomSelect key={siteId} siteId={siteId} />
            </Form.Item>
          ) : null;
        }}
      </Form.Item>
    </>
  );
}
