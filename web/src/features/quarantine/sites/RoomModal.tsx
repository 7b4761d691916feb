import { App, Descriptions, Form, Input, InputNumber, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../app/components/FormModal';
import { setRoomStatus, updateRoom } from './api';
import type { Room, RoomKind, SettableRoomStatus } from './api';
import { RoomStatusTag, useSiteOptions } from './vocabulary';

type Values = { status: SettableRoomStatus; reason?: string; kind: RoomKind; beds: number };

type Props = { open: boolean; room: Room; canManage: boolean; onClose: () => void; onChanged: () => void };

/**
 * A room of the board: who is in it, and for site staff its status (free after cleaning, to be cleaned,
 * out of service) and its kind and beds. An occupied room's status follows its occupants.
 */
export function RoomModal({ open, room, canManage, onClose, onChanged }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { kindOptions, statusOptions } = useSiteOptions();
  const occupied = room.occupants.length > 0;

  const submit = async ({ status, reason, kind, beds }: Values) => {
    if (kind !== room.kind || beds !== room.beds) await updateRoom(room.id, { kind, beds });
    if (!occupied && status !== room.status)
      await setRoomStatus(room.id, { status, reason: reason?.trim() || undefined });
    void message.success(t('quarantine.room.saved'));
    onChanged();
  };

  const details = (
    <Descriptions size="small" column={1} style={{ marginBottom: 16 }}>
      <Descriptions.Item label={t('quarantine.room.status')}>
        <RoomStatusTag status={room.status} />
      </Descriptions.Item>
      <Descriptions.Item label={t('quarantine.room.occupants')}>
        {occupied ? room.occupants.map((o) => o.name).join('、') : '—'}
      </Descriptions.Item>
    </Descriptions>
  );

  return (
    <FormModal<Values>
      open={open}
      name="room"
      title={t('quarantine.room.title', { number: room.number })}
      initialValues={{
        status: room.status === 'occupied' ? 'free' : room.status,
        kind: room.kind,
        beds: room.beds,
      }}
      okText={canManage ? t('quarantine.room.save') : t('common.ok')}
      okTestId="room-submit"
      onClose={onClose}
      onSubmit={canManage ? submit : async () => onClose()}
    >
      {details}
      {canManage && (
        <>
          {occupied ? (
            <Typography.Paragraph type="secondary">{t('quarantine.room.occupiedHint')}</Typography.Paragraph>
          ) : (
            <>
              <Form.Item name="status" label={t('quarantine.room.setStatus')} rules={[{ required: true }]}>
                <Select options={statusOptions} data-testid="room-status" />
              </Form.Item>
              <Form.Item name="reason" label={t('quarantine.room.reason')}>
                <Input maxLength={500} />
              </Form.Item>
            </>
          )}
          <Form.Item name="kind" label={t('quarantine.room.kind')} rules={[{ required: true }]}>
            <Select options={kindOptions} />
          </Form.Item>
          <Form.Item name="beds" label={t('quarantine.room.beds')} rules={[{ required: true }]}>
            <InputNumber min={Math.max(1, room.occupants.length)} max={20} style={{ width: '100%' }} />
          </Form.Item>
        </>
      )}
    </FormModal>
  );
}
