import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);
dayjs.extend(timezone);

/** The command centre works on Beijing time, wherever the browser happens to be set. */
export const TIME_ZONE = 'Asia/Shanghai';

export function formatDateTime(iso: string): string {
  return dayjs(iso).tz(TIME_ZONE).format('YYYY-MM-DD HH:mm:ss');
}

/** The instant a calendar day (as picked in a date picker) begins or ends in Beijing. */
export function dayBoundary(day: Dayjs, edge: 'start' | 'end'): string {
  const start = dayjs.tz(day.format('YYYY-MM-DD'), TIME_ZONE);
  return (edge === 'start' ? start : start.endOf('day')).toISOString();
}
