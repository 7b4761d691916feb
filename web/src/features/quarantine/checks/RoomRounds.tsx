import { useCallback, useState } from 'react';
import { App, Alert, Button, Card, Empty, Flex, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAction } from '../../../app/hooks/useAction';
import { useFetch } from '../../../app/hooks/useFetch';
import { newScanId } from '../../../app/offline/queue';
import { type CheckSheet, fetchCheckSheet, recordChecks } from './api';
import { type Entry, PersonEntry } from './PersonEntry';
import { useSlotLabel } from './slots';

type Room = CheckSheet['rooms'][number];

/** Whether everyone in the room has the present check in (or, for another day, none is missed). */
const roomDone = (room: Room, slot: number | null) =>
  room.persons.every((p) => (slot === null ? p.slots.every((s) => !s.missed) : p.slots[slot]?.check));
const roomFever = (room: Room) => room.persons.some((p) => p.slots.some((s) => s.check?.fever));

/** The rooms as tags to jump between: green when done, red with a fever, orange still to do. */
function RoomTags({
  rooms,
  slot,
  index,
  onPick,
}: {
  rooms: Room[];
  slot: number | null;
  index: number;
  onPick: (i: number) => void;
}) {
  return (
    <Flex wrap gap={6}>
      {rooms.map((room, i) => (
        <Tag
          key={room.id}
          color={roomFever(room) ? 'red' : roomDone(room, slot) ? 'green' : 'orange'}
          style={{ cursor: 'pointer', fontWeight: i === index ? 700 : 400, padding: '2px 8px' }}
          onClick={() => onPick(i)}
          data-testid={`room-tag-${room.number}`}
        >
          {room.number}
        </Tag>
      ))}
    </Flex>
  );
}

/**
 * 逐房录入: a site's round on a phone, one room at a time. Temperatures and symptoms for the present check
 * are saved room by room; an entry keeps its check id until the server has it, so a save repeated after a
 * lost answer never records twice.
 */
export function RoomRounds({ siteId, date }: { siteId: number; date: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const slotLabel = useSlotLabel();
  const { run, busy } = useAction();
  const load = useCallback((signal: AbortSignal) => fetchCheckSheet(siteId, date, signal), [siteId, date]);
  const sheet = useFetch(load);
  const [index, setIndex] = useState(0);
  const [entries, setEntries] = useState<Record<number, Entry>>({});
  const rooms = sheet.data?.rooms ?? [];
  const room = rooms[Math.min(index, rooms.length - 1)];
  const slot = sheet.data?.currentSlot ?? null;
  const perDay = sheet.data?.slots.length ?? 0;

  const edit = (quarantineId: number, change: Pick<Entry, 'temperature' | 'symptoms'>) =>
    setEntries((all) => ({
      ...all,
      [quarantineId]: { checkId: all[quarantineId]?.checkId ?? newScanId(), ...change },
    }));

  const save = (advance: boolean) =>
    run(async () => {
      const ready = (room?.persons ?? []).flatMap((p) => {
        const entry = entries[p.quarantineId];
        const open = slot !== null && !p.slots[slot]?.check;
        return open && entry && entry.temperature !== null
          ? [{ person: p, entry, temperature: entry.temperature }]
          : [];
      });
      if (ready.length > 0) {
        const reply = await recordChecks(
          ready.map(({ person, entry, temperature }) => ({
            checkId: entry.checkId,
            quarantineId: person.quarantineId,
            temperature,
            symptoms: entry.symptoms,
          })),
        );
        const settled = new Set(reply.outcomes.filter((o) => o.status !== 'rejected').map((o) => o.checkId));
        for (const [i, outcome] of reply.outcomes.entries()) {
          const name = ready[i]?.person.name ?? '';
          if (outcome.reason)
            void message.warning(
              t('healthChecks.rounds.refused', { name, reason: t(`healthChecks.rejection.${outcome.reason}`) }),
            );
        }
        void message.success(t('healthChecks.rounds.saved', { stored: reply.stored }));
        setEntries((all) => Object.fromEntries(Object.entries(all).filter(([, e]) => !settled.has(e.checkId))));
        sheet.reload();
      }
      if (advance) setIndex((i) => Math.min(i + 1, rooms.length - 1));
    });

  if (sheet.data && rooms.length === 0) return <Empty description={t('healthChecks.rounds.empty')} />;
  return (
    <Flex vertical gap={12} style={{ maxWidth: 640 }}>
      {slot === null ? (
        <Alert type="info" showIcon message={t('healthChecks.rounds.readOnly')} />
      ) : (
        <Typography.Text strong data-testid="current-slot">
          {t('healthChecks.rounds.currentSlot', { slot: slotLabel(slot, perDay) })}
        </Typography.Text>
      )}
      <RoomTags rooms={rooms} slot={slot} index={index} onPick={setIndex} />
      {room && (
        <Card
          title={`${t('healthChecks.rounds.room', { number: room.number })} · ${t('healthChecks.rounds.floor', { floor: room.floor })}`}
          extra={t('healthChecks.rounds.progress', {
            index: Math.min(index, rooms.length - 1) + 1,
            total: rooms.length,
          })}
          loading={sheet.loading && !sheet.data}
          data-testid="room-card"
        >
          <List
            dataSource={room.persons}
            renderItem={(person) => (
              <List.Item>
                <PersonEntry
                  person={person}
                  perDay={perDay}
                  slot={slot}
                  entry={entries[person.quarantineId]}
                  onChange={(change) => edit(person.quarantineId, change)}
                />
              </List.Item>
            )}
          />
          <Flex gap={8} justify="space-between" wrap style={{ marginTop: 12 }}>
            <Button disabled={index === 0} onClick={() => setIndex((i) => Math.max(0, i - 1))}>
              {t('healthChecks.rounds.previous')}
            </Button>
            {slot !== null && (
              <Button
                type="primary"
                size="large"
                loading={busy}
                onClick={() => void save(true)}
                data-testid="save-next"
              >
                {t('healthChecks.rounds.saveNext')}
              </Button>
            )}
            <Button disabled={index >= rooms.length - 1} onClick={() => setIndex((i) => i + 1)}>
              {t('healthChecks.rounds.next')}
            </Button>
          </Flex>
        </Card>
      )}
    </Flex>
  );
}
