import { App, Form, InputNumber, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../app/components/FormModal';
import { createRooms } from './api';
import type { BulkRooms } from './api';
import { useSiteOptions } from './vocabulary';

type Props = { open: boolean; siteId: number; onClose: () => void; onCreated: () => void };

const INITIAL: BulkRooms = { fromFloor: 2, toFloor: 2, roomsPerFloor: 10, firstRoom: 1, kind: 'single', beds: 1 };

/** The numbers the rooms will get: floor, then two digits (301 … 320). */
function numbers({ fromFloor, toFloor, roomsPerFloor, firstRoom = 1 }: Partial<BulkRooms>) {
  if (!fromFloor || !toFloor || !roomsPerFloor || toFloor < fromFloor) return null;
  const room = (floor: number, i: number) => `${floor}${String(firstRoom + i).padStart(2, '0')}`;
  return {
    count: (toFloor - fromFloor + 1) * roomsPerFloor,
    first: room(fromFloor, 0),
    last: room(toFloor, roomsPerFloor - 1),
  };
}

/** Creates a site's rooms floor by floor; a number the site already has refuses the whole batch. */
export function BulkRoomsModal({ open, siteId, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { kindOptions } = useSiteOptions();

  const submit = async (values: BulkRooms) => {
    const { created } = await createRooms(siteId, values);
    void message.success(t('quarantine.bulk.created', { count: created }));
    onCreated();
  };

  return (
    <FormModal<BulkRooms>
      open={open}
      title={t('quarantine.bulk.title')}
      initialValues={INITIAL}
      okTestId="bulk-rooms-submit"
      onClose={onClose}
      onSubmit={submit}
    >
      <Form.Item name="fromFloor" label={t('quarantine.bulk.fromFloor')} rules={[{ required: true }]}>
        <InputNumber min={1} max={199} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="toFloor" label={t('quarantine.bulk.toFloor')} rules={[{ required: true }]}>
        <InputNumber min={1} max={199} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="roomsPerFloor" label={t('quarantine.bulk.roomsPerFloor')} rules={[{ required: true }]}>
        <InputNumber min={1} max={99} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="firstRoom" label={t('quarantine.bulk.firstRoom')} rules={[{ required: true }]}>
        <InputNumber min={1} max={99} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="kind" label={t('quarantine.room.kind')} rules={[{ required: true }]}>
        <Select options={kindOptions} />
      </Form.Item>
      <Form.Item name="beds" label={t('quarantine.room.beds')} rules={[{ required: true }]}>
        <InputNumber min={1} max={20} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item noStyle shouldUpdate>
        {({ getFieldsValue }) => {
          const preview = numbers(getFieldsValue() as Partial<BulkRooms>);
          return preview ? (
            <Typography.Text type="secondary">{t('quarantine.bulk.preview', preview)}</Typography.Text>
          ) : null;
        }}
      </Form.Item>
    </FormModal>
  );
}
