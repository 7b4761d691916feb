import { describe, expect, it } from 'vitest';
import { type CheckEntry, judgeChecks, type KnownFacts } from './check-rules.ts';
import { slotOf, slotWindows } from './slots.ts';

const zone = 'Asia/Shanghai';
const at = (local: string) => new Date(`${local}+08:00`);

describe('check slots: the day cut by the protocol, each due at its time', () => {
  it('should give two checks a day a morning due at 12:00 and an afternoon due at 20:00', () => {
    const [morning, afternoon] = slotWindows('2022-05-03', zone, 2);
    expect(morning).toEqual({
      slot: 0,
      startsAt: at('2022-05-03T00:00:00'),
      endsAt: at('2022-05-03T12:00:00'),
      dueAt: at('2022-05-03T12:00:00'),
    });
    expect(afternoon).toMatchObject({ slot: 1, startsAt: at('2022-05-03T12:00:00'), dueAt: at('2022-05-03T20:00:00') });
  });

  it('should put a check into the slot of its local time, across the UTC day boundary', () => {
    expect(slotOf(at('2022-05-03T07:30:00'), zone, 2)).toEqual({ day: '2022-05-03', slot: 0 });
    expect(slotOf(at('2022-05-03T12:00:00'), zone, 2)).toEqual({ day: '2022-05-03', slot: 1 });
    // 01:00 in Shanghai is still the previous day in UTC.
    expect(slotOf(at('2022-05-04T01:00:00'), zone, 2)).toEqual({ day: '2022-05-04', slot: 0 });
    expect(slotOf(at('2022-05-03T23:59:00'), zone, 3)).toEqual({ day: '2022-05-03', slot: 2 });
  });

  it('should never make a late slot due before it starts', () => {
    for (const perDay of [1, 2, 3, 4, 6]) {
      for (const w of slotWindows('2022-05-03', zone, perDay)) expect(w.dueAt > w.startsAt).toBe(true);
    }
  });
});

describe('judging a batch of checks', () => {
  const now = at('2022-05-03T16:00:00');
  const known = (): KnownFacts => ({
    quarantines: new Map([
      [1, { active: true, startsAt: at('2022-05-01T10:00:00'), checksPerDay: 2, feverCelsius: 37.3 }],
      [2, { active: false, startsAt: at('2022-05-01T10:00:00'), checksPerDay: 2, feverCelsius: 37.3 }],
    ]),
    storedCheckIds: new Set(['stored']),
    recordedSlots: new Set(['1|2022-05-02|0']),
  });
  const entry = (checkId: string, local: string, temperature = 36.5, quarantineId = 1): CheckEntry => ({
    checkId,
    quarantineId,
    at: at(local),
    temperature,
    symptoms: [],
  });

  it('should store, refuse with a reason, or recognise duplicates, one outcome per check', () => {
    const { outcomes, accepted } = judgeChecks(
      [
        entry('a', '2022-05-03T08:00:00', 37.3),
        entry('stored', '2022-05-03T13:00:00'),
        entry('a', '2022-05-03T13:00:00'),
        entry('b', '2022-05-03T09:00:00'),
        entry('c', '2022-05-02T08:00:00'),
        entry('d', '2022-05-03T17:00:00'),
        entry('e', '2022-05-01T09:00:00'),
        entry('f', '2022-05-03T13:00:00', 33.9),
        entry('g', '2022-05-03T13:00:00', 36.5, 2),
        entry('h', '2022-05-03T13:00:00', 36.5, 3),
        entry('i', '2022-05-03T16:04:00', 36.84),
      ],
      known(),
      now,
      zone,
    );
    expect(outcomes.map((o) => (o.status === 'rejected' ? o.reason : o.status))).toEqual([
      'stored',
      'duplicate',
      'duplicate',
      'slot_recorded',
      'slot_recorded',
      'in_future',
      'before_start',
      'temperature_out_of_range',
      'quarantine_ended',
      'not_found',
      'stored',
    ]);
    expect(accepted).toMatchObject([
      { checkId: 'a', day: '2022-05-03', slot: 0, fever: true },
      { checkId: 'i', slot: 1, temperature: 36.8, fever: false },
    ]);
  });
});
