import { addDays, localDate, startOfLocalDay } from '../../../core/time/local-time.ts';

const HOUR_MS = 3_600_000;

/**
 * The last check of the day is missed once this local hour has passed (20:00): staff see it the same
 * evening, before the persons sleep. Earlier slots are missed when their part of the day ends (with two
 * checks a day: the morning check by 12:00).
 */
export const LAST_SLOT_DUE_HOUR = 20;

/** One of the day's checks: the part of the day it belongs to and when it counts as missed. */
export interface SlotWindow {
  slot: number;
  startsAt: Date;
  endsAt: Date;
  dueAt: Date;
}

/**
 * The day's check slots when the protocol asks for `perDay` checks: the day cut into equal parts (two
 * checks: morning 00:00–12:00, afternoon 12:00–24:00), each due at its end, the last due at 20:00.
 */
export function slotWindows(day: string, timeZone: string, perDay: number): SlotWindow[] {
  const start = startOfLocalDay(day, timeZone).getTime();
  const end = startOfLocalDay(addDays(day, 1), timeZone).getTime();
  const part = (end - start) / perDay;
  return Array.from({ length: perDay }, (_, slot) => {
    const startsAt = start + slot * part;
    const endsAt = slot === perDay - 1 ? end : start + (slot + 1) * part;
    const lastDue = Math.max(start + LAST_SLOT_DUE_HOUR * HOUR_MS, startsAt + part / 2);
    const dueAt = slot === perDay - 1 ? Math.min(endsAt, lastDue) : endsAt;
    return { slot, startsAt: new Date(startsAt), endsAt: new Date(endsAt), dueAt: new Date(dueAt) };
  });
}

/** The local day and slot a check taken at `at` fills. */
export function slotOf(at: Date, timeZone: string, perDay: number): { day: string; slot: number } {
  return slotClock(timeZone)(at, perDay);
}

/**
 * slotOf for many checks at once: the zone's day boundaries are worked out once per day seen, not per check
 * (each costs several Intl formatter constructions, which dominated a batch of 500).
 */
export function slotClock(timeZone: string): (at: Date, perDay: number) => { day: string; slot: number } {
  const days: { day: string; start: number; end: number }[] = [];
  const windows = new Map<string, SlotWindow[]>();
  return (at, perDay) => {
    const t = at.getTime();
    let known = days.find((d) => d.start <= t && t < d.end);
    if (!known) {
      const day = localDate(at, timeZone);
      known = {
        day,
        start: startOfLocalDay(day, timeZone).getTime(),
        end: startOfLocalDay(addDays(day, 1), timeZone).getTime(),
      };
      days.push(known);
    }
    const key = `${known.day}|${perDay}`;
    const ofDay = windows.get(key) ?? slotWindows(known.day, timeZone, perDay);
    windows.set(key, ofDay);
    return { day: known.day, slot: ofDay.findLast((w) => w.startsAt.getTime() <= t)?.slot ?? 0 };
  };
}
