import { Flex, InputNumber, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { type CheckSheet, type Symptom, TEMPERATURE_RANGE } from './api';
import { CheckLinkButton } from './CheckLinkButton';
import { useSlotLabel } from './slots';
import { SymptomToggles } from './SymptomToggles';

export type SheetPerson = CheckSheet['rooms'][number]['persons'][number];
/** What staff have typed for a person and not yet saved; the check id is kept until the server has it. */
export type Entry = { checkId: string; temperature: number | null; symptoms: Symptom[] };

/** A person's checks of the day: recorded temperature, missed, or still to come. */
export function SlotTags({ person, perDay }: { person: SheetPerson; perDay: number }) {
  const { t } = useTranslation();
  const slotLabel = useSlotLabel();
  return (
    <Flex gap={4} wrap>
      {person.slots.map(({ slot, check, missed }) => {
        const colour = check ? (check.fever ? 'red' : 'green') : missed ? 'orange' : 'default';
        const text = check
          ? t('healthChecks.rounds.recorded', { temperature: check.temperature })
          : missed
            ? t('healthChecks.rounds.missed')
            : '—';
        return (
          <Tag key={slot} color={colour} data-testid={`slot-${person.quarantineId}-${slot}`}>
            {`${slotLabel(slot, perDay)} ${text}`}
          </Tag>
        );
      })}
    </Flex>
  );
}

type Props = {
  person: SheetPerson;
  perDay: number;
  /** The slot being entered now, or null when the sheet is of another day (read only). */
  slot: number | null;
  entry: Entry | undefined;
  onChange: (change: Pick<Entry, 'temperature' | 'symptoms'>) => void;
};

/** One person in a room round: the day's checks so far and, for the present slot, temperature and symptoms. */
export function PersonEntry({ person, perDay, slot, entry, onChange }: Props) {
  const { t } = useTranslation();
  const open = slot !== null && !person.slots[slot]?.check;
  const symptoms = entry?.symptoms ?? [];
  return (
    <Flex vertical gap={8} style={{ width: '100%' }} data-testid={`person-${person.quarantineId}`}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Text strong style={{ fontSize: 16 }}>
          {person.name}
        </Typography.Text>
        <CheckLinkButton quarantineId={person.quarantineId} name={person.name} />
      </Flex>
      <SlotTags person={person} perDay={perDay} />
      {open && (
        <>
          <InputNumber<number>
            value={entry?.temperature ?? null}
            onChange={(temperature) => onChange({ temperature, symptoms })}
            min={TEMPERATURE_RANGE.min}
            max={TEMPERATURE_RANGE.max}
            step={0.1}
            precision={1}
            inputMode="decimal"
            placeholder={t('healthChecks.rounds.temperature')}
            size="large"
            style={{ width: 160 }}
            data-testid={`temperature-${person.quarantineId}`}
          />
          <SymptomToggles
            value={symptoms}
            onChange={(next) => onChange({ temperature: entry?.temperature ?? null, symptoms: next })}
          />
        </>
      )}
    </Flex>
  );
}
