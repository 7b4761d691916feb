import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Room } from './api';
import { ROOM_STATUS_COLORS } from './vocabulary';

type Props = { room: Room; onOpen: (room: Room) => void };

/** One room of the board: its number, beds taken and status colour; a tap opens it. */
export function RoomTile({ room, onOpen }: Props) {
  const { t } = useTranslation();
  const colors = ROOM_STATUS_COLORS[room.status];
  return (
    <button
      type="button"
      onClick={() => onOpen(room)}
      data-testid={`room-${room.number}`}
      data-status={room.status}
      title={t(`quarantine.roomStatuses.${room.status}`)}
      style={{
        width: 76,
        minHeight: 64,
        padding: 6,
        border: `2px solid ${colors.border}`,
        borderRadius: 8,
        background: colors.fill,
        cursor: 'pointer',
        textAlign: 'left',
      }}
    >
      <Typography.Text strong style={{ display: 'block' }}>
        {room.number}
      </Typography.Text>
      <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
        {t(`quarantine.roomKinds.${room.kind}`)}
      </Typography.Text>
      <Typography.Text style={{ fontSize: 12 }}>
        {t('quarantine.board.bedsOf', { persons: room.occupants.length, beds: room.beds })}
      </Typography.Text>
    </button>
  );
}
