import { useCallback, useState } from 'react';
import { Button, Card, Empty, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { useMe } from '../../../app/auth/context';
import { hasPermission } from '../../../app/auth/permissions';
import { useFetch } from '../../../app/hooks/useFetch';
import { fetchBoard } from './api';
import type { Room } from './api';
import { BulkRoomsModal } from './BulkRoomsModal';
import { OccupancyFigures } from './OccupancyFigures';
import { RoomModal } from './RoomModal';
import { RoomTile } from './RoomTile';
import { StaffDrawer } from './StaffDrawer';
import { RoomStatusTag } from './vocabulary';
import { roomStatuses } from './api';

/** 房态: a site's rooms as coloured tiles floor by floor; a tap opens a room (its status for site staff). */
export function SiteBoard() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const siteId = Number(useParams().siteId);
  const canManage = hasPermission(useMe(), 'quarantine.manage');
  const { data, reload } = useFetch(useCallback((signal: AbortSignal) => fetchBoard(siteId, signal), [siteId]));
  // Kept after the dialog closes, so it does not go blank mid-animation.
  const [room, setRoom] = useState<Room | null>(null);
  const [dialog, setDialog] = useState<'room' | 'bulk' | 'staff' | null>(null);

  if (!data) return null;
  const { site, floors } = data;
  const open = (next: Room) => {
    setRoom(next);
    setDialog('room');
  };

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Flex align="center" gap={8} wrap>
          <Button onClick={() => void navigate('/quarantine/sites')}>{t('quarantine.board.back')}</Button>
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="board-title">
            {site.name}
          </Typography.Title>
        </Flex>
        <Flex gap={8} wrap>
          <Button onClick={() => setDialog('staff')}>{t('quarantine.board.staff')}</Button>
          {canManage && (
            <Button type="primary" onClick={() => setDialog('bulk')} data-testid="bulk-rooms">
              {t('quarantine.board.addRooms')}
            </Button>
          )}
        </Flex>
      </Flex>
      <OccupancyFigures occupancy={site.occupancy} />
      <Flex gap={4} wrap>
        {roomStatuses.map((status) => (
          <RoomStatusTag key={status} status={status} />
        ))}
        {canManage && <Typography.Text type="secondary">{t('quarantine.board.tapHint')}</Typography.Text>}
      </Flex>
      {floors.length === 0 && <Empty description={t('quarantine.board.empty')} />}
      {floors.map(({ floor, rooms }) => (
        <Card key={floor} size="small" title={t('quarantine.board.floor', { floor })}>
          <Flex wrap gap={8}>
            {rooms.map((r) => (
              <RoomTile key={r.id} room={r} onOpen={open} />
            ))}
          </Flex>
        </Card>
      ))}
      {room && (
        <RoomModal
          open={dialog === 'room'}
          room={room}
          canManage={canManage}
          onClose={() => setDialog(null)}
          onChanged={() => {
            setDialog(null);
            reload();
          }}
        />
      )}
      <BulkRoomsModal
        open={dialog === 'bulk'}
        siteId={siteId}
        onClose={() => setDialog(null)}
        onCreated={() => {
          setDialog(null);
          reload();
        }}
      />
      <StaffDrawer
        open={dialog === 'staff'}
        site={site}
        canManage={canManage}
        onClose={() => setDialog(null)}
        onChanged={reload}
      />
    </Flex>
  );
}
