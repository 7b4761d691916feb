import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { roomKinds, settableRoomStatuses, staffRoles } from './api';
import type { RoomStatus } from './api';

/** Tile and tag colours of room statuses: free green, occupied blue, cleaning amber, out of service grey. */
export const ROOM_STATUS_COLORS: Record<RoomStatus, { tag: string; fill: string; border: string }> = {
  free: { tag: 'green', fill: '#f6ffed', border: '#95de64' },
  occupied: { tag: 'blue', fill: '#e6f4ff', border: '#69b1ff' },
  cleaning: { tag: 'gold', fill: '#fffbe6', border: '#ffd666' },
  out_of_service: { tag: 'default', fill: '#f5f5f5', border: '#d9d9d9' },
};

export function RoomStatusTag({ status }: { status: RoomStatus }) {
  const { t } = useTranslation();
  return <Tag color={ROOM_STATUS_COLORS[status].tag}>{t(`quarantine.roomStatuses.${status}`)}</Tag>;
}

/** Select options for the site vocabularies, labelled in the user's language. */
export function useSiteOptions() {
  const { t } = useTranslation();
  return {
    kindOptions: roomKinds.map((value) => ({ value, label: t(`quarantine.roomKinds.${value}`) })),
    statusOptions: settableRoomStatuses.map((value) => ({ value, label: t(`quarantine.roomStatuses.${value}`) })),
    roleOptions: staffRoles.map((value) => ({ value, label: t(`quarantine.staffRoles.${value}`) })),
  };
}
