import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import { TIME_ZONE } from '../../app/format';

/** A moment to the minute on Beijing time, as rounds are planned. */
export function formatMinute(iso: string): string {
  return dayjs(iso).tz(TIME_ZONE).format('YYYY-MM-DD HH:mm');
}

/** A round's window, start to end. */
export function formatWindow(startsAt: string, endsAt: string): string {
  return `${formatMinute(startsAt)} ~ ${formatMinute(endsAt)}`;
}

/**
 * The instant a date-time picked on the wall clock means in Beijing, whatever the browser's own zone
 * (as `dayBoundary` does for whole days).
 */
export function beijingInstant(picked: Dayjs): string {
  return dayjs.tz(picked.format('YYYY-MM-DDTHH:mm'), TIME_ZONE).toISOString();
}

/** The current Beijing hour as a picker value (the wall-clock time, not the instant). */
export function beijingHourNow(): Dayjs {
  return dayjs(dayjs().tz(TIME_ZONE).format('YYYY-MM-DDTHH:00'));
}
